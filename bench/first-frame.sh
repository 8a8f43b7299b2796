#!/usr/bin/env bash
# Gazette benchmark: time to the first headlines and to the whole list, measured without
# polling the screen.
#
#   mvn -B -DskipTests package && bench/open.sh && bench/first-frame.sh
#
# bench/open.sh polls the screen (one tmux client process per capture, every 5 ms at the
# start), and on a 2-core machine those processes take CPU from the start they measure.
# Here nothing polls: tmux's pipe-pane hands the pane's output, as it arrives, to a small
# Perl watcher, which notes the time the first headline row's text is written (escape
# sequences stripped). The start time is taken by the pane's own bash just before it execs
# the launcher. So the figure is launcher start to first headline row written to the
# terminal, which tmux draws as it reads it.
# The whole list's frame is a delta refresh (only the header's changed cells are written),
# so it cannot be read from the output; instead, each time output arrives after the first
# headlines, the watcher captures the header row once (one tmux client) and notes the
# arrival time of the output that made it read "Bench N — N articles" without "loading".
# While it loads, Gazette redraws at most four times a second, so a 10,000-item load costs a
# few captures, where polling every 5 ms costs over a hundred.
#
# Environment (as in bench/open.sh):
#   GAZETTE_JAR  the jar ./gazette runs (default target/gazette.jar; ./gazette is always the launcher)
#   RUNS         starts per feed; the median is reported (default 7)
#   OUT          where bench/open.sh wrote its generated feeds (default bench/out)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-7}
OUT=${OUT:-$ROOT/bench/out}
LAUNCHER=$ROOT/gazette
WORK=$(mktemp -d)
SOCKET=gazette-first-frame-$$
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v tmux >/dev/null || { echo "first-frame.sh: needs tmux" >&2; exit 2; }
command -v perl >/dev/null || { echo "first-frame.sh: needs perl" >&2; exit 2; }
[[ -f ${GAZETTE_JAR:-$ROOT/target/gazette.jar} ]] || { echo "first-frame.sh: build the jar first (mvn -B -DskipTests package)" >&2; exit 2; }

# The watcher: reads the pane's output, and at the first match of PATTERN in the text (CSI
# and OSC sequences removed) writes the time (microseconds since the epoch) to FILE. Given
# WHOLE, a tmux socket and a pane, it then captures the pane's first row each time output
# arrives, and writes the arrival time of the output after which that row matches WHOLE to
# FILE.whole. It reads on to the end, so the pane is never held up.
cat > "$WORK/watch.pl" <<'PERL'
use strict;
use warnings;
use Time::HiRes qw(time);
my ($pattern, $file, $whole, $socket, $pane) = @ARGV;
my $re = qr/$pattern/;
my ($text, $seen, $done) = ('', 0, !defined $whole);
sub stamp { my ($name, $t) = @_; open(my $out, '>', $name) or die "$name: $!"; printf $out "%d\n", $t * 1e6; close $out; }
sub header_is_whole {
    open(my $tm, '-|', 'tmux', '-L', $socket, 'capture-pane', '-p', '-t', $pane, '-S', '0', '-E', '0') or return 0;
    my $row = do { local $/; <$tm> } // '';
    close $tm;
    return $row =~ $whole;
}
binmode STDIN;
open(my $ready, '>', "$file.ready") or die "$file.ready: $!";   # loaded: the start may begin
close $ready;
while (sysread(STDIN, my $chunk, 65536)) {
    my $now = time;
    if ($seen) {
        next if $done;
        if (header_is_whole()) { stamp("$file.whole", $now); $done = 1; }
        next;
    }
    $text .= $chunk;
    (my $plain = $text) =~ s/\e\[[0-9;?<=>]*[ -\/]*[@-~]|\e\][^\a\e]*(?:\a|\e\\)|\e[()][0-9A-Za-z]|\e[=>78]//g;
    if ($plain =~ $re) {
        stamp($file, $now);
        $seen = 1;
        $text = '';
        # A small feed may be whole in its first frame.
        if (!$done && header_is_whole()) { stamp("$file.whole", $now); $done = 1; }
    } elsif (length($text) > 1 << 20) {
        $text = substr($text, -4096);   # the row sought is in the first frame; keep a tail only
    }
}
PERL

source "$ROOT/bench/median.sh"

# first_frame FEED PATTERN [WHOLE]: RUNS starts; prints each time and the median in ms, to
# the first headlines and, given WHOLE (the header row once the whole list is read), to that.
first_frame() {
    local feed=$1 pattern=$2 whole=${3:-} r times=() wholes=()
    for ((r = 1; r <= RUNS; r++)); do
        local seen="$WORK/seen" t0="$WORK/t0"
        rm -f "$seen" "$seen.ready" "$seen.whole" "$t0"
        # The pane waits for the watcher to be attached, then notes the time and starts Gazette.
        tmux -L "$SOCKET" new-session -d -s ff -x 120 -y 40 \
            "bash --norc -c 'tmux -L $SOCKET wait-for go; printf %s \$EPOCHREALTIME > $t0; exec $(printf '%q ' "$LAUNCHER" "$feed" --comments "$WORK/c.jsonl")'"
        if [[ -n $whole ]]; then
            tmux -L "$SOCKET" pipe-pane -t ff -o "perl $WORK/watch.pl '$pattern' $seen '$whole' $SOCKET ff"
        else
            tmux -L "$SOCKET" pipe-pane -t ff -o "perl $WORK/watch.pl '$pattern' $seen"
        fi
        local i
        for ((i = 0; i < 3000; i++)); do [[ -e $seen.ready ]] && break; sleep 0.01; done   # before the start: costs it nothing
        tmux -L "$SOCKET" wait-for -S go
        for ((i = 0; i < 3000; i++)); do [[ -s $seen ]] && break; sleep 0.01; done   # after the fact: costs the start nothing
        [[ -s $seen ]] || { echo "first-frame.sh: no headline within 30 s for $feed" >&2; exit 1; }
        local start
        start=$(tr -d '.,' < "$t0")
        times+=($(( ($(cat "$seen") - start) / 1000 )))
        if [[ -n $whole ]]; then
            for ((i = 0; i < 12000; i++)); do [[ -s $seen.whole ]] && break; sleep 0.01; done
            [[ -s $seen.whole ]] || { echo "first-frame.sh: no whole list within 2 minutes for $feed" >&2; exit 1; }
            wholes+=($(( ($(cat "$seen.whole") - start) / 1000 )))
        fi
        tmux -L "$SOCKET" send-keys -t ff q
        for ((i = 0; i < 300; i++)); do tmux -L "$SOCKET" has-session -t ff 2>/dev/null || break; sleep 0.01; done
        tmux -L "$SOCKET" kill-server 2>/dev/null || true
    done
    echo "$(basename "$feed"): first headlines ${times[*]} ms; median $(median "${times[@]}") ms"
    if [[ -n $whole ]]; then
        echo "$(basename "$feed"): whole list ${wholes[*]} ms; median $(median "${wholes[@]}") ms"
    fi
}

"$LAUNCHER" --version >/dev/null   # the class-data archive is written once after a build, not in a start measured
echo "== First headlines and whole list without screen polling ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS starts each)"
first_frame "$ROOT/feed.json" 'Welcome to Gazette'
for n in 10000 100000; do
    for f in feed-$n.json feed-$n.rss; do
        [[ -f $OUT/$f ]] && first_frame "$OUT/$f" '[0-9]{4}-[0-9]{2}-[0-9]{2}  #[0-9]{6}' "^(?!.*loading).*Bench $n — $n articles"
    done
done
exit 0
