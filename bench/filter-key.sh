#!/usr/bin/env bash
# Gazette benchmark: the first letter typed in the headline filter of a big list, in tmux.
# The filter works out every headline's search text once, on the first letter; since the
# filter line's opening asks a worker for it, the time depends on how soon the letter follows /.
#
#   bench/open.sh (for the feeds) && bench/filter-key.sh [FEED] [PAUSE]
#
# FEED   default bench/out/feed-100000.rss (copied to a temporary folder: Gazette writes beside it)
# PAUSE  seconds between / and the letter (default 0.3; 0.05 is typing at once)
# RUNS   starts (default 3); each prints the ms from the letter sent until "/z" is on screen
#
# The letter's frame is found without polling: bench/watch.pl reads the pane's output and
# captures the screen once the output pauses (a capture every 10 ms would take CPU from what
# it times).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FEED=${1:-$ROOT/bench/out/feed-100000.rss}
PAUSE=${2:-0.3}
RUNS=${RUNS:-3}
[[ -f $FEED ]] || { echo "filter-key.sh: no $FEED (run bench/open.sh first)" >&2; exit 2; }
WORK=$(mktemp -d)
SOCKET=gazette-filter-key-$$
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp "$FEED" "$WORK/"
name=$(basename "$FEED")
header() { tmux -L "$SOCKET" capture-pane -p 2>/dev/null | head -1; }
for run in $(seq 1 "$RUNS"); do
    # A socket of its own each start: a new server at once on the socket of one just killed
    # sometimes went down with it ("server exited unexpectedly").
    SOCKET=gazette-filter-key-$$-$run
    rm -f "$WORK"/*.state.json
    tmux -L "$SOCKET" new-session -d -s f -x 120 -y 40 \
        "cd '$WORK' && env XDG_CONFIG_HOME='$WORK/x' XDG_CACHE_HOME='$WORK/x' XDG_DATA_HOME='$WORK/x' '$ROOT/gazette' '$name'"
    for _ in $(seq 1 1200); do
        h=$(header); [[ $h =~ articles,\ [0-9]+\ unread$ && $h != *loading* ]] && break; sleep 0.05
    done
    sleep 2   # the whole list is in; the reader idles, as before a user's first /
    rm -f "$WORK"/watch.*
    tmux -L "$SOCKET" pipe-pane -o "exec perl '$ROOT/bench/watch.pl' '$SOCKET' f '$WORK/watch' 'screen:^[^\n]*/z'"
    until [[ -s $WORK/watch.ready ]]; do sleep 0.05; done
    tmux -L "$SOCKET" send-keys /; sleep "$PAUSE"
    t0=$EPOCHREALTIME; tmux -L "$SOCKET" send-keys z
    for _ in $(seq 1 300); do [[ -s $WORK/watch.1 ]] && break; sleep 0.1; done
    [[ -s $WORK/watch.1 ]] || { echo "filter-key.sh: no /z on screen within 30 s" >&2; exit 1; }
    t0=${t0/[.,]/}
    echo "run $run: first letter $(( ($(<"$WORK/watch.1") - 10#$t0) / 1000 )) ms (/ then ${PAUSE} s then z, $name)"
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
done
