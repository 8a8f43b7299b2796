#!/usr/bin/env bash
# Gazette benchmark: time to the first headlines and to the whole list, measured without
# polling the screen.
#
#   mvn -B -DskipTests package && bench/open.sh && bench/first-frame.sh
#
# The same starts as bench/open.sh, without newsboat and the keys: a quick look at the start.
# Nothing polls the screen: tmux's pipe-pane hands the pane's output, as it arrives, to
# bench/watch.pl, which notes the time the first headline row's text is written (escape
# sequences stripped), and captures the screen once each time the output pauses, to note when
# the header reads "Bench N — N articles" without "loading". The start time is taken by the
# pane's own bash just before it execs the launcher. So the figures are launcher start to
# first headline row written to the terminal, and to the frame with the whole list.
#
# Environment (as in bench/open.sh):
#   GAZETTE_JAR  the jar ./gazette runs (default target/gazette.jar; ./gazette is always the launcher)
#   RUNS         starts per feed; the median is reported (default 7)
#   OUT          where bench/open.sh wrote its generated feeds (default bench/out)
#   SIZES        the generated feeds' sizes to time (default "10000 100000"); the bundled feed always
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

source "$ROOT/bench/median.sh"
# Words quoted for /bin/sh, which runs the pipe-pane command (printf %q may give bash's $'...').
sh_quote() { local w; for w in "$@"; do printf "'%s' " "${w//\'/\'\\\'\'}"; done; }

# first_frame FEED PATTERN [WHOLE]: RUNS starts; prints each time and the median in ms, to
# the first headlines and, given WHOLE (a regex for the screen once the whole list is read), to that.
first_frame() {
    local feed=$1 pattern=$2 whole=${3:-} r times=() wholes=()
    for ((r = 1; r <= RUNS; r++)); do
        local seen="$WORK/seen" t0="$WORK/t0"
        rm -f "$seen".* "$t0"
        # The pane waits for the watcher to be attached, then notes the time and starts Gazette.
        tmux -L "$SOCKET" new-session -d -s ff -x 120 -y 40 \
            "bash --norc -c 'tmux -L $SOCKET wait-for go; printf %s \$EPOCHREALTIME > $t0; exec $(printf '%q ' "$LAUNCHER" "$feed" --comments "$WORK/c.jsonl")'"
        local stages=("text:$pattern")
        [[ -n $whole ]] && stages+=("screen:$whole")
        tmux -L "$SOCKET" pipe-pane -t ff -o "perl $(sh_quote "$ROOT/bench/watch.pl" "$SOCKET" ff "$seen" "${stages[@]}")"
        local i
        for ((i = 0; i < 3000; i++)); do [[ -s $seen.ready ]] && break; sleep 0.01; done   # before the start: costs it nothing
        tmux -L "$SOCKET" wait-for -S go
        # The watcher notes the times; this only waits for its files, seldom: a sleep process
        # every 10 ms (as before 2026-12-02) took CPU from the start measured.
        for ((i = 0; i < 150; i++)); do [[ -s $seen.1 ]] && break; sleep 0.2; done
        [[ -s $seen.1 ]] || { echo "first-frame.sh: no headline within 30 s for $feed" >&2; exit 1; }
        local start
        start=$(tr -d '.,' < "$t0")
        times+=($(( ($(cat "$seen.1") - start) / 1000 )))
        if [[ -n $whole ]]; then
            for ((i = 0; i < 600; i++)); do [[ -s $seen.2 ]] && break; sleep 0.2; done
            [[ -s $seen.2 ]] || { echo "first-frame.sh: no whole list within 2 minutes for $feed" >&2; exit 1; }
            wholes+=($(( ($(cat "$seen.2") - start) / 1000 )))
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
for n in ${SIZES:-10000 100000}; do
    for f in feed-$n.json feed-$n.rss; do
        [[ -f $OUT/$f ]] && first_frame "$OUT/$f" '[0-9]{4}-[0-9]{2}-[0-9]{2}  #[0-9]{6}' "^(?s)(?!.*· loading).*Bench $n — $n articles"
    done
done
exit 0
