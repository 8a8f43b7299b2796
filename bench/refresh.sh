#!/usr/bin/env bash
# Refreshing 50 feeds: Gazette's Refresher (fetch under its limits, cache, load what changed)
# against `newsboat -x reload` on the same 50 URLs from the same local server, then a second
# and a third run of each, which should get a 304 for every feed. Prints one Markdown table.
# (newsboat 2.21 only stores a feed's validators from its second reload on, so its first
# 304s come on the third run.)
#
#   mvn -B -DskipTests package && bench/refresh.sh
#
# The server (dev.gazette.bench.BenchFeedServer) spreads the feeds over HOSTS ports on
# 127.0.0.1 and holds each answer DELAY ms; it serves JSON Feed to Gazette (its Accept asks
# for it) and RSS 2.0 to newsboat, the same items, gzipped, with ETag and Last-Modified.
# Gazette's side is dev.gazette.bench.RefreshBenchmark, a JVM started per run (its start-up
# is in the wall time; "in-process" is the refresh alone), reading newsboat's urls file as is.
#
# Environment (all optional):
#   GAZETTE_JAR        the shaded jar                                 (default target/gazette.jar)
#   OUT                work folder                                    (default bench/out/refresh)
#   FEEDS, ITEMS       feeds, and items in each                       (default 50, 30)
#   HOSTS              servers (ports) the feeds are spread over       (default 10)
#   DELAYS             milliseconds each answer is held, one table row each (default "0 50")
#   RUNS               runs per figure; figures are medians           (default 3)
#   NEWSBOAT_THREADS   newsboat's reload-threads                      (default: newsboat's own, 1)
#   JAVA_OPTS          JVM options for Gazette's runs  (default: ./gazette's, -XX:+UseSerialGC -XX:TieredStopAtLevel=1,
#                      plus a class-data archive written by one untimed run, as ./gazette does)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
abs() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
GAZETTE_JAR=$(abs "${GAZETTE_JAR:-$ROOT/target/gazette.jar}")
OUT=$(abs "${OUT:-$ROOT/bench/out/refresh}")
FEEDS=${FEEDS:-50}
ITEMS=${ITEMS:-30}
HOSTS=${HOSTS:-10}
DELAYS=${DELAYS:-0 50}
RUNS=${RUNS:-3}
NEWSBOAT_THREADS=${NEWSBOAT_THREADS:-}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=off}

[ -f "$GAZETTE_JAR" ] || { echo "refresh.sh: $GAZETTE_JAR: no such file; run mvn -B -DskipTests package first" >&2; exit 2; }
HAVE_NEWSBOAT=yes
command -v newsboat >/dev/null || { HAVE_NEWSBOAT=no; echo "refresh.sh: newsboat is not installed (apt-get install -y newsboat); Gazette only" >&2; }

mkdir -p "$OUT"
rm -rf "$OUT/classes"
javac -d "$OUT/classes" -cp "$GAZETTE_JAR" \
    "$ROOT/src/test/java/dev/gazette/bench/BenchFeedServer.java" \
    "$ROOT/src/test/java/dev/gazette/bench/RefreshBenchmark.java"
# Class-data sharing takes jars only, not folders.
jar cf "$OUT/refresh-bench.jar" -C "$OUT/classes" .
CP="$OUT/refresh-bench.jar:$GAZETTE_JAR"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
source "$ROOT/bench/median.sh"
stat_of() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" <<<"$2"; }

SERVER_PID=
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }
trap stop_server EXIT

rows=()
for delay in $DELAYS; do
    rm -f "$OUT/urls"
    "$JAVA" -cp "$CP" dev.gazette.bench.BenchFeedServer "$OUT/urls" "$FEEDS" "$ITEMS" "$HOSTS" "$delay" >"$OUT/server.log" 2>&1 &
    SERVER_PID=$!
    until [ -s "$OUT/urls" ] && grep -q '^stats ' "$OUT/server.log"; do sleep 0.05; done
    STATS=$(sed -n 's/^stats //p' "$OUT/server.log")
    curl -s "$STATS" >/dev/null   # start counting from zero

    # One untimed run writes the class-data archive, as ./gazette's first run does.
    rm -rf "$OUT/gazette-cache" "$OUT/gazette.jsa"
    "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT/gazette.jsa" -cp "$CP" dev.gazette.bench.RefreshBenchmark \
        "$OUT/urls" "$OUT/gazette-cache" >/dev/null
    curl -s "$STATS" >/dev/null
    gazette() { "$JAVA" $JAVA_OPTS -XX:SharedArchiveFile="$OUT/gazette.jsa" -Xshare:auto -cp "$CP" \
        dev.gazette.bench.RefreshBenchmark "$OUT/urls" "$OUT/gazette-cache"; }

    g1=(); g1in=(); g2=(); g2in=(); g3=(); g304=(); g304b=(); n1=(); n2=(); n3=(); n304=(); n304b=()
    for r in $(seq "$RUNS"); do
        rm -rf "$OUT/gazette-cache"
        t0=$(now_ms); line=$(gazette); t1=$(now_ms)
        s=$(curl -s "$STATS")
        [ "$(stat_of updated "$line")" = "$FEEDS" ] && [ "$(stat_of 200 "$s")" = "$FEEDS" ] \
            || echo "run $r: Gazette's first run: $line ($s)" >&2
        g1+=($((t1 - t0))); g1in+=($(stat_of ms "$line"))
        t0=$(now_ms); line=$(gazette); t1=$(now_ms)
        s=$(curl -s "$STATS")
        g2+=($((t1 - t0))); g2in+=($(stat_of ms "$line")); g304+=($(stat_of 304 "$s"))
        t0=$(now_ms); line=$(gazette); t1=$(now_ms)
        s=$(curl -s "$STATS")
        g3+=($((t1 - t0))); g304b+=($(stat_of 304 "$s"))

        if [ "$HAVE_NEWSBOAT" = yes ]; then
            nb="$OUT/newsboat"
            rm -rf "$nb"; mkdir -p "$nb"
            : >"$nb/config"
            [ -n "$NEWSBOAT_THREADS" ] && echo "reload-threads $NEWSBOAT_THREADS" >"$nb/config"
            nbrun() { HOME="$nb" newsboat -u "$OUT/urls" -c "$nb/cache.db" -C "$nb/config" -x reload >"$nb/out.log" 2>&1; }
            t0=$(now_ms); nbrun; t1=$(now_ms)
            s=$(curl -s "$STATS"); n1+=($((t1 - t0)))
            [ "$(stat_of 200 "$s")" = "$FEEDS" ] || echo "run $r: newsboat's first run: $s" >&2
            t0=$(now_ms); nbrun; t1=$(now_ms)
            s=$(curl -s "$STATS"); n2+=($((t1 - t0))); n304+=($(stat_of 304 "$s"))
            t0=$(now_ms); nbrun; t1=$(now_ms)
            s=$(curl -s "$STATS"); n3+=($((t1 - t0))); n304b+=($(stat_of 304 "$s"))
        fi
    done
    stop_server
    nb1="-"; nb2="-"; nb3="-"; nb304="-"
    if [ "$HAVE_NEWSBOAT" = yes ]; then
        nb1="$(median "${n1[@]}") ms"; nb2="$(median "${n2[@]}") ms"; nb3="$(median "${n3[@]}") ms"
        nb304="$(median "${n304[@]}") / $(median "${n304b[@]}")"
    fi
    rows+=("| $delay ms | $(median "${g1[@]}") ms ($(median "${g1in[@]}")) | $nb1 | $(median "${g2[@]}") ms ($(median "${g2in[@]}")) | $nb2 | $(median "${g3[@]}") ms | $nb3 | $(median "${g304[@]}") / $(median "${g304b[@]}") | $nb304 |")
    echo "delay $delay ms: Gazette 1st ${g1[*]} (in-process ${g1in[*]}), 2nd ${g2[*]} (${g2in[*]}), 3rd ${g3[*]}, 304s ${g304[*]} / ${g304b[*]};" \
         "newsboat 1st ${n1[*]:-}, 2nd ${n2[*]:-}, 3rd ${n3[*]:-}, 304s ${n304[*]:-} / ${n304b[*]:-}" >&2
done

echo
echo "Refresh of $FEEDS feeds x $ITEMS items over $HOSTS local servers; medians of $RUNS runs; wall time of the whole"
echo "process (Gazette's refresh alone in brackets). newsboat $(newsboat --version 2>/dev/null | head -1 | cut -d' ' -f2 || echo -)," \
     "reload-threads ${NEWSBOAT_THREADS:-default (1)}; Gazette 8 at once, 2 per host. 304s: 2nd run / 3rd run."
echo
echo "| answer held | Gazette 1st | newsboat 1st | Gazette 2nd | newsboat 2nd | Gazette 3rd | newsboat 3rd | Gazette 304s | newsboat 304s |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
