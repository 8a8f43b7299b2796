# Sourced by the benchmark scripts. median N...: the median of whole numbers (the mean of the
# two middle ones, rounded down, for an even count); nothing for none.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
