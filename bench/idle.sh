#!/bin/bash
# CPU time Gazette takes while it sits idle on the bundled feed (nobody typing), per thread,
# from the kernel's scheduler counters (/proc/PID/task/TID/schedstat, in nanoseconds).
#   bench/idle.sh [SECONDS]     default 30; run after mvn -B -DskipTests package
# Started with ./gazette in tmux at 100x30, on a copy of feed.json in /tmp/gazette-idle.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_IDLE=${1:-30}
command -v tmux >/dev/null || { echo "idle.sh: tmux is needed" >&2; exit 2; }
dir=/tmp/gazette-idle
mkdir -p "$dir" && cp "$ROOT/feed.json" "$dir/feed.json"
tm() { tmux -L gazette-idle "$@"; }
tm kill-server 2>/dev/null
tm new-session -d -s s -x 100 -y 30 "exec $ROOT/gazette $dir/feed.json"
until tm capture-pane -p -t s 2>/dev/null | grep -q "Welcome to Gazette"; do sleep 0.05; done
sleep 3   # the start's own work (compiling, the read-ahead) settles first
pid=$(tm list-panes -t s -F '#{pane_pid}')
snap() { for t in /proc/"$pid"/task/*; do echo "$(tr ' ' _ < "$t/comm")/$(basename "$t") $(cut -d' ' -f1 "$t/schedstat")"; done | sort; }
snap > "$dir/before"
sleep "$SECONDS_IDLE"
snap > "$dir/after"
tm kill-server
echo "== Gazette idle for $SECONDS_IDLE s on the bundled feed: CPU time by thread"
join "$dir/before" "$dir/after" | awk -v s="$SECONDS_IDLE" '
    { ms = ($3 - $2) / 1e6; total += ms; if (ms >= 0.5) printf "  %-28s %7.1f ms\n", $1, ms }
    END { printf "  total %.1f ms in %d s: %.2f%% of one CPU\n", total, s, total / (s * 10) }'
