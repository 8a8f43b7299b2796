#!/usr/bin/env bash
# Gazette benchmark: start-up to first headlines, memory and key latency in a real
# terminal (tmux), compared with newsboat on the same items as RSS. See bench/README.md.
#
#   mvn -B -DskipTests package && bench/open.sh
#
# Environment (paths relative to where you run it; defaults relative to the repo root):
#   GAZETTE_JAR   the shaded jar to measure              (default target/gazette.jar)
#   RUNS          runs per figure; medians are reported   (default 5)
#   OUT           generated feeds, work files, results.md (default bench/out)
#   BUNDLED_FEED  the bundled feed                        (default feed.json)
#   JAVA_OPTS     unset: Gazette starts through ./gazette, the launcher users run (its JVM settings
#                 and class-data archive); set (even to ""): java $JAVA_OPTS -jar GAZETTE_JAR instead
#   NEWSBOAT      auto: compare when newsboat is installed; no: skip (default auto)
#   NEWSBOAT_LIMIT  seconds one newsboat reload may take before a size is skipped (default 120)
#   KEYS          yes: run the in-process key benchmark (KeyLatencyBenchmark) (default yes)
#   JVM_OPTIONS   yes: also time the bundled feed with JVM start-up options (default no)
#   TIMEOUT       seconds to wait for any one screen (default 120)
#   POLL          for the keys: seconds between two screen captures at least (default 0.005;
#                 0 polls flat out); a long wait polls every hundredth of the time waited
#
# Starts (Gazette's and newsboat's) are timed without polling the screen: bench/watch.pl reads
# the pane's output as tmux hands it over and captures the screen once a frame (see there).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
abs() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
GAZETTE_JAR=$(abs "${GAZETTE_JAR:-$ROOT/target/gazette.jar}")
OUT=$(abs "${OUT:-$ROOT/bench/out}")
BUNDLED_FEED=$(abs "${BUNDLED_FEED:-$ROOT/feed.json}")
RUNS=${RUNS:-5}
JAVA=${JAVA:-java}
LAUNCHER=$ROOT/gazette
if [[ -n ${JAVA_OPTS+set} ]]; then LAUNCHER=; fi
JAVA_OPTS=${JAVA_OPTS:-}
NEWSBOAT=${NEWSBOAT:-auto}
NEWSBOAT_LIMIT=${NEWSBOAT_LIMIT:-120}
KEYS=${KEYS:-yes}
JVM_OPTIONS=${JVM_OPTIONS:-no}
TIMEOUT=${TIMEOUT:-120}
POLL=${POLL:-0.005}
POLL_US=$(awk -v p="$POLL" 'BEGIN {printf "%d", p * 1000000}')
SIZES=(1000 10000 100000)
BIG=100000

export LANG=C.UTF-8
unset LC_ALL TMUX
SOCKET=gazbench
tm() { tmux -u -L "$SOCKET" "$@"; }

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

command -v tmux >/dev/null || die "tmux is needed: apt-get install tmux (newsboat too, for the comparison)"
command -v perl >/dev/null || die "perl is needed (bench/watch.pl times the starts)"
command -v "$JAVA" >/dev/null || die "no java on PATH"
[[ -f $GAZETTE_JAR ]] || die "no jar at $GAZETTE_JAR: run 'mvn -B -DskipTests package' first (or set GAZETTE_JAR)"
if [[ -n $LAUNCHER && $GAZETTE_JAR != "$ROOT/target/gazette.jar" ]]; then
    die "./gazette runs $ROOT/target/gazette.jar; to measure another jar set JAVA_OPTS (\"\" for none)"
fi
[[ -f $BUNDLED_FEED ]] || die "no bundled feed at $BUNDLED_FEED (set BUNDLED_FEED)"
if [[ $NEWSBOAT == auto ]] && ! command -v newsboat >/dev/null; then
    note "newsboat is not installed, so there is no comparison (apt-get install newsboat)"
    NEWSBOAT=no
fi
tm has-session 2>/dev/null && die "a tmux server on socket '$SOCKET' is running (another benchmark?); stop it with: tmux -L $SOCKET kill-server"

mkdir -p "$OUT"
RAW="$OUT/raw.tsv"   # every single measurement, microseconds
printf 'what\tfeed\tmicroseconds_or_MB\n' >"$RAW"
raw() { printf '%s\t%s\t%s\n' "$@" >>"$RAW"; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gazbench.XXXXXX")
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# --- time, medians --------------------------------------------------------------------
# $EPOCHREALTIME needs no fork; NOW is in microseconds.
stamp() { local t=$EPOCHREALTIME; NOW=$((10#${t/[.,]/})); }
# median of the arguments (numbers), the mean of the middle two for an even count
source "$ROOT/bench/median.sh"
us2ms() { awk -v u="$1" 'BEGIN {printf "%.0f", u/1000}'; }

# --- tmux ---------------------------------------------------------------------------------
# One server for the whole run, held by an idle session, so no start measures the server's
# own start-up. /bin/sh runs each pane's command; 'exec' makes the program the pane's pid.
tm -f /dev/null new-session -d -s keep -x 120 -y 40 "exec sleep 86400"
tm set-option -g default-shell /bin/sh
tm set-option -g remain-on-exit on
tm set-option -g history-limit 0

SCREEN=
exec {PAUSE_FD}<> <(:)   # an empty pipe: 'read -t' on it pauses without a fork
# wait_for SESSION PREDICATE [TIMEOUT_S]: captures the screen every POLL seconds (or a
# hundredth of the time waited so far, when that is longer) until
# PREDICATE (a function given the screen text) holds; sets NOW to the time it was seen.
wait_for() {
    local session=$1 pred=$2 limit=${3:-$TIMEOUT} start
    stamp; start=$NOW
    while :; do
        SCREEN=$(tm capture-pane -p -t "$session" 2>/dev/null || true)
        if "$pred" "$SCREEN"; then stamp; return 0; fi
        if [[ $SCREEN == *"Pane is dead"* ]]; then
            echo "$SCREEN" >&2; die "the program in '$session' exited before '$pred' held"
        fi
        stamp
        if ((NOW - start > limit * 1000000)); then
            echo "$SCREEN" >&2; die "waited ${limit} s in '$session' for '$pred'"
        fi
        # Each capture is a tmux client process: at 200 a second they took a tenth of the
        # two cores from the program measured (whole list at 100,000 items: 2.0 s polled
        # every 5 ms, 1.75 s every 20 ms). So the pause grows with the wait, a hundredth of
        # it, which keeps the error within 1% and the observer's share small.
        if [[ $POLL != 0 ]]; then
            local pause_us=$(( (NOW - start) / 100 ))
            ((pause_us < POLL_US)) && pause_us=$POLL_US
            local pause
            printf -v pause '%d.%06d' $((pause_us / 1000000)) $((pause_us % 1000000))   # no fork
            read -r -t "$pause" -u "$PAUSE_FD" || true
        fi
    done
}

# Words quoted for /bin/sh, which runs pane and pipe-pane commands (printf %q may give bash's $'...').
sh_quote() { local w; for w in "$@"; do printf "'%s' " "${w//\'/\'\\\'\'}"; done; }

# wait_file FILE SESSION [TIMEOUT_S]: waits for FILE to be written, without a fork while it
# waits (the start measured gets the CPU); dies if the program in SESSION exits first.
wait_file() {
    local file=$1 session=$2 limit=${3:-$TIMEOUT} i
    for ((i = 0; i < limit * 20; i++)); do
        [[ -s $file ]] && return 0
        if ((i % 20 == 19)) && [[ $(tm display-message -p -t "$session" '#{pane_dead}' 2>/dev/null || echo 1) == 1 ]]; then
            tm capture-pane -p -t "$session" >&2 2>/dev/null || true
            die "the program in '$session' exited before $(basename "$file")"
        fi
        read -r -t 0.05 -u "$PAUSE_FD" || true
    done
    tm capture-pane -p -t "$session" >&2 2>/dev/null || true
    die "waited $limit s in '$session' for $(basename "$file")"
}

# start_watched SESSION DIR COMMAND STAGE...: starts COMMAND (a /bin/sh command line, run in
# DIR) in a new 120x40 session once bench/watch.pl watches its pane for the STAGEs
# (text:REGEX or screen:REGEX, in order). Sets T_START (microseconds), taken by the pane's
# shell just before it runs COMMAND, and WATCH (the prefix of the watcher's files: WATCH.N
# holds the time stage N was met; stage_us N waits for it).
start_watched() {
    local session=$1 dir=$2 command=$3; shift 3
    WATCH=$WORK/watch.$session
    rm -f "$WATCH".*   # a session name comes again after a subshell's starts
    tm new-session -d -s "$session" -x 120 -y 40 -c "$dir" \
        "exec bash --norc -c $(sh_quote "tmux -u -L $SOCKET wait-for go.$session; printf %s \$EPOCHREALTIME > $WATCH.t0; $command")"
    tm pipe-pane -t "$session" -o "exec perl $(sh_quote "$ROOT/bench/watch.pl" "$SOCKET" "$session" "$WATCH" "$@")"
    wait_file "$WATCH.ready" "$session" 30
    tm wait-for -S "go.$session"
    wait_file "$WATCH.t0" "$session" 30
    local t
    t=$(<"$WATCH.t0")
    T_START=$((10#${t/[.,]/}))
}

# stage_us N SESSION: waits for stage N of the watched session; sets NOW to when it was met.
stage_us() {
    wait_file "$WATCH.$1" "$2"
    NOW=$(<"$WATCH.$1")
}

# quit SESSION KEYS...: sends the keys, waits (up to 30 s) for the program to exit, closes the session.
quit() {
    local session=$1; shift
    tm send-keys -t "$session" "$@" 2>/dev/null || true
    local i
    for ((i = 0; i < 3000; i++)); do
        [[ $(tm display-message -p -t "$session" '#{pane_dead}' 2>/dev/null || echo 1) == 1 ]] && break
        sleep 0.01
    done
    tm kill-session -t "$session" 2>/dev/null || true
}

# --- stages and predicates: "the headline list is on screen" -----------------------------
# The first headlines: a headline row's text written (the row is drawn in one frame).
BENCH_ROW='text:[0-9]{4}-[0-9]{2}-[0-9]{2}  #[0-9]{6}'
BUNDLED_ROW='text:Welcome to Gazette'
N=0
# The whole feed is read: the header counts every item and no longer says "loading".
fully_loaded() { echo "screen:(?s)^(?!.*· loading).*Bench $N — $N articles"; }
nb_feeds() { echo "screen:(?s)^(?=.*Your feeds)(?=.* Bench $N)"; }
nb_articles() { echo "screen:(?s)^(?=.*Articles in feed 'Bench $N')(?=.*#000001 )"; }
# For the keys, polled (bench/README.md says why that is fair there).
first_item() { [[ $1 == *"#000001 "* ]]; }
after_100_j() { [[ $1 == *"#000101 "* ]]; }
LAST=
last_item() { [[ $1 == *"$LAST"* ]]; }

# --- Gazette --------------------------------------------------------------------------------
RUN=0
# start_gazette FEED FIRST [WHOLE] [JVM options...]: starts Gazette in a new 120x40 session and
# waits for the stage FIRST (its headlines); sets SESSION, PID and FIRST_US (start to first
# headlines). Given the stage WHOLE (not empty), it waits for that too and sets FULL_US.
start_gazette() {
    local feed=$1 first=$2 whole=$3; shift 3
    SESSION=g$((++RUN))
    local cmd stages=("$first")
    [[ -n $whole ]] && stages+=("$whole")
    if [[ -n $LAUNCHER && $# == 0 ]]; then
        cmd="exec $(sh_quote "$LAUNCHER" "$feed" --comments "$WORK/bench.comments.jsonl")"
    else
        # shellcheck disable=SC2086
        cmd="exec $(sh_quote "$JAVA" $JAVA_OPTS "$@" -jar "$GAZETTE_JAR" "$feed" --comments "$WORK/bench.comments.jsonl")"
    fi
    start_watched "$SESSION" "$ROOT" "$cmd" "${stages[@]}"
    stage_us 1 "$SESSION"
    FIRST_US=$((NOW - T_START))
    if [[ -n $whole ]]; then
        stage_us 2 "$SESSION"
        FULL_US=$((NOW - T_START))
    fi
    PID=$(tm list-panes -t "$SESSION" -F '#{pane_pid}')
}

# first_headlines FEED FIRST [JVM options...]: RUNS starts; prints the median in ms.
first_headlines() {
    local feed=$1 first=$2; shift 2
    local r times=()
    for ((r = 0; r < RUNS; r++)); do
        start_gazette "$feed" "$first" "" "$@"
        times+=("$FIRST_US")
        raw "gazette first headlines${*:+ $*}" "$(basename "$feed")" "$FIRST_US"
        quit "$SESSION" q
    done
    us2ms "$(median "${times[@]}")"
}

vmhwm_mb() { awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# For scale: tmux's own round trip, a key sent to 'cat' until it is on the screen.
echoed() { [[ $1 == *x* ]]; }
tmux_round_trip() {
    local r times=()
    for ((r = 0; r < RUNS; r++)); do
        SESSION=c$((++RUN))
        tm new-session -d -s "$SESSION" -x 120 -y 40 "exec cat"
        stamp; local t0=$NOW
        tm send-keys -t "$SESSION" -l x
        wait_for "$SESSION" echoed
        times+=($((NOW - t0)))
        tm kill-session -t "$SESSION"
    done
    us2ms "$(median "${times[@]}")"
}

declare -A GZ NB NB_PARTS
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== Generating feeds in $OUT"
"$JAVA" "$ROOT/bench/GenerateFeeds.java" "$OUT" "${SIZES[@]}"
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)

ROUND_TRIP=$(tmux_round_trip)
echo "== tmux round trip (send-keys to cat, until on screen): $ROUND_TRIP ms"
# Two starts that are not counted: the JDK, the jar and the feeds come into the page cache.
for ((r = 0; r < 2; r++)); do
    start_gazette "$BUNDLED_FEED" "$BUNDLED_ROW" ""
    quit "$SESSION" q
done
echo "== Gazette ($RUNS runs each, after 2 starts not counted)"
GZ[bundled]=$(first_headlines "$BUNDLED_FEED" "$BUNDLED_ROW")
echo "bundled feed.json: ${GZ[bundled]} ms to first headlines"

# measure_feed FILE: RUNS starts, each to the first headlines, then to the whole list; sets
# M_FIRST, M_FULL (ms) and M_HWM (MB, peak resident memory once the whole list is read).
measure_feed() {
    local feed=$1 r first=() full=() hwm=()
    for ((r = 0; r < RUNS; r++)); do
        start_gazette "$feed" "$BENCH_ROW" "$(fully_loaded)"
        first+=("$FIRST_US")
        raw "gazette first headlines" "$(basename "$feed")" "$FIRST_US"
        [[ $(cat "/proc/$PID/comm" 2>/dev/null) == java ]] || die "pane pid $PID is not java"
        full+=("$FULL_US")
        raw "gazette fully loaded" "$(basename "$feed")" "${full[-1]}"
        hwm+=("$(vmhwm_mb "$PID")")
        raw "gazette VmHWM MB at the whole list" "$(basename "$feed")" "${hwm[-1]}"
        quit "$SESSION" q
    done
    M_FIRST=$(us2ms "$(median "${first[@]}")")
    M_FULL=$(us2ms "$(median "${full[@]}")")
    M_HWM=$(median "${hwm[@]}")
}

declare -A FIRST FULL HWM
for N in "${SIZES[@]}"; do
    for FMT in json rss; do
        ((N == BIG)) && [[ $FMT == json ]] && continue   # measured below, with the keys
        measure_feed "$OUT/feed-$N.$FMT"
        FIRST[$N.$FMT]=$M_FIRST FULL[$N.$FMT]=$M_FULL HWM[$N.$FMT]=$M_HWM
        echo "$N items, $FMT: $M_FIRST ms to first headlines, $M_FULL ms to the whole list, VmHWM $M_HWM MB"
    done
done

# 100,000 items of JSON, in each run: first headlines, the whole list, 100 j, G, g, then the peak RSS.
N=$BIG
LAST="#$(printf '%06d' "$N") "
first=() full=() jtimes=() gtimes=() g2times=() rss_full=() rss_peak=()
J100=$(printf 'j%.0s' {1..100})
for ((r = 0; r < RUNS; r++)); do
    # Keys are timed on the whole list: the headlines show while the rest is still loading.
    start_gazette "$OUT/feed-$N.json" "$BENCH_ROW" "$(fully_loaded)"
    first+=("$FIRST_US")
    raw "gazette first headlines" "feed-$N.json" "$FIRST_US"
    [[ $(cat "/proc/$PID/comm" 2>/dev/null) == java ]] || die "pane pid $PID is not java"
    full+=("$FULL_US")
    raw "gazette fully loaded" "feed-$N.json" "${full[-1]}"
    rss_full+=("$(vmhwm_mb "$PID")")
    stamp; t0=$NOW
    tm send-keys -t "$SESSION" -l "$J100"
    wait_for "$SESSION" after_100_j
    jtimes+=($((NOW - t0)))
    raw "gazette 100 j" "feed-$N.json" "${jtimes[-1]}"
    stamp; t0=$NOW
    tm send-keys -t "$SESSION" G
    wait_for "$SESSION" last_item
    gtimes+=($((NOW - t0)))
    raw "gazette G" "feed-$N.json" "${gtimes[-1]}"
    stamp; t0=$NOW
    tm send-keys -t "$SESSION" g
    wait_for "$SESSION" first_item
    g2times+=($((NOW - t0)))
    raw "gazette g after G" "feed-$N.json" "${g2times[-1]}"
    rss_peak+=("$(vmhwm_mb "$PID")")
    raw "gazette VmHWM MB at the whole list" "feed-$N.json" "${rss_full[-1]}"
    raw "gazette VmHWM MB after keys" "feed-$N.json" "${rss_peak[-1]}"
    quit "$SESSION" q
done
FIRST[$BIG.json]=$(us2ms "$(median "${first[@]}")")
FULL[$BIG.json]=$(us2ms "$(median "${full[@]}")")
HWM[$BIG.json]=$(median "${rss_full[@]}")
J_MS=$(us2ms "$(median "${jtimes[@]}")")
G_MS=$(us2ms "$(median "${gtimes[@]}")")
G2_MS=$(us2ms "$(median "${g2times[@]}")")
RSS_PEAK=$(median "${rss_peak[@]}")
echo "$BIG items, json: ${FIRST[$BIG.json]} ms to first headlines, ${FULL[$BIG.json]} ms to the whole list, VmHWM ${HWM[$BIG.json]} MB; 100 j: $J_MS ms; G: $G_MS ms; g after G: $G2_MS ms; VmHWM $RSS_PEAK MB after the keys"

# --- newsboat -------------------------------------------------------------------------------
# One run: a fresh config folder and cache; 'newsboat -x reload' parses the RSS file into the
# cache; then newsboat starts in tmux (feed list) and Enter opens the feed (headline list).
newsboat_run() {
    local d
    d=$(mktemp -d "$WORK/nb.XXXXXX")
    printf 'file://%s\n' "$OUT/feed-$N.rss" >"$d/urls"
    : >"$d/config"
    local -a nb=(newsboat -u "$d/urls" -c "$d/cache.db" -C "$d/config")
    stamp; local t0=$NOW
    if ! (cd "$d" && HOME=$d XDG_CONFIG_HOME=$d XDG_DATA_HOME=$d timeout "$NEWSBOAT_LIMIT" "${nb[@]}" -x reload) \
            >"$d/reload.log" 2>&1; then
        note "newsboat -x reload of $N items failed or took over $NEWSBOAT_LIMIT s: $(tail -c 300 "$d/reload.log")"
        rm -rf "$d"; return 1
    fi
    stamp; local reload=$((NOW - t0))
    SESSION=n$((++RUN))
    start_watched "$SESSION" "$d" "HOME=$(sh_quote "$d")XDG_CONFIG_HOME=$(sh_quote "$d")XDG_DATA_HOME=$(sh_quote "$d")exec $(sh_quote "${nb[@]}")" \
        "$(nb_feeds)" "$(nb_articles)"
    stage_us 1 "$SESSION"
    local start=$((NOW - T_START))
    stamp; t0=$NOW
    tm send-keys -t "$SESSION" Enter
    stage_us 2 "$SESSION"
    local open=$((NOW - t0))
    quit "$SESSION" q q
    rm -rf "$d"
    NB_RUN=("$reload" "$start" "$open")
    raw "newsboat reload" "feed-$N.rss" "$reload"
    raw "newsboat start" "feed-$N.rss" "$start"
    raw "newsboat open" "feed-$N.rss" "$open"
}

if [[ $NEWSBOAT != no ]]; then
    NEWSBOAT_VERSION=$(newsboat --version 2>/dev/null | head -1 | awk '{print $1, $2}')
    echo "== $NEWSBOAT_VERSION: RSS file to headline list ($RUNS runs each)"
    for N in "${SIZES[@]}"; do
        totals=() reloads=() starts=() opens=() ok=1
        for ((r = 0; r < RUNS; r++)); do
            if ! newsboat_run; then ok=0; break; fi
            reloads+=("${NB_RUN[0]}") starts+=("${NB_RUN[1]}") opens+=("${NB_RUN[2]}")
            totals+=($((NB_RUN[0] + NB_RUN[1] + NB_RUN[2])))
        done
        if ((ok)); then
            NB[$N]=$(us2ms "$(median "${totals[@]}")")
            NB_PARTS[$N]="$(us2ms "$(median "${reloads[@]}")") + $(us2ms "$(median "${starts[@]}")") + $(us2ms "$(median "${opens[@]}")")"
            echo "$N items: ${NB[$N]} ms (reload + start + open: ${NB_PARTS[$N]} ms)"
        else
            NB_PARTS[$N]="skipped: reload over ${NEWSBOAT_LIMIT} s"
            echo "$N items: ${NB_PARTS[$N]}"
        fi
    done
fi

# --- in-process key latency -----------------------------------------------------------------
KEY_RESULT=
# In process, the JVM settings of the Gazette starts above: the launcher's, or JAVA_OPTS.
KEY_JAVA_OPTS=$JAVA_OPTS
[[ -n $LAUNCHER ]] && KEY_JAVA_OPTS=$(sed -n 's/^jvm_options="\(.*\)"$/\1/p' "$LAUNCHER")
if [[ $KEYS == yes ]]; then
    echo "== In-process key latency at $BIG items (KeyLatencyBenchmark)"
    command -v javac >/dev/null || die "javac (a JDK) is needed for the key benchmark, or set KEYS=no"
    rm -rf "$OUT/bench-classes"
    javac -d "$OUT/bench-classes" -cp "$GAZETTE_JAR" "$ROOT/src/test/java/dev/gazette/bench/KeyLatencyBenchmark.java"
    # shellcheck disable=SC2086
    "$JAVA" $KEY_JAVA_OPTS -cp "$OUT/bench-classes:$GAZETTE_JAR" dev.gazette.bench.KeyLatencyBenchmark "$OUT/feed-$BIG.json" \
        | tee "$OUT/keys.txt"
    KEY_RESULT=$(grep '^RESULT ' "$OUT/keys.txt" | tail -1)
fi
kv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$KEY_RESULT"; }

# --- JVM start-up options on the bundled feed ---------------------------------------------------
declare -a JVM_ROWS=()
if [[ $JVM_OPTIONS == yes ]]; then
    echo "== JVM start-up options, bundled feed ($RUNS runs each)"
    LAUNCHER=   # these rows compare options given to java -jar
    JSA="$OUT/gazette.jsa"
    rm -f "$JSA"
    # The AppCDS archive is written when the JVM exits, after one ordinary session.
    start_gazette "$BUNDLED_FEED" "$BUNDLED_ROW" "" -XX:ArchiveClassesAtExit="$JSA"
    quit "$SESSION" q
    [[ -s $JSA ]] || die "no AppCDS archive was written at $JSA"
    variants=(
        "(none)|"
        "-XX:TieredStopAtLevel=1|-XX:TieredStopAtLevel=1"
        "-XX:+UseSerialGC|-XX:+UseSerialGC"
        "-Xshare:off (no CDS at all)|-Xshare:off"
        "AppCDS -XX:SharedArchiveFile|-XX:SharedArchiveFile=$JSA"
        "AppCDS + TieredStopAtLevel=1 + SerialGC|-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    )
    # Round-robin: run r of every variant, then run r+1, so a slow spell of the machine
    # hits all variants alike.
    declare -A VT=()
    for ((r = 0; r < RUNS; r++)); do
        for i in "${!variants[@]}"; do
            opts=${variants[$i]#*|}
            # shellcheck disable=SC2086
            start_gazette "$BUNDLED_FEED" "$BUNDLED_ROW" "" $opts
            quit "$SESSION" q
            VT[$i]+=" $FIRST_US"
            raw "jvm options: gazette first headlines${opts:+ $opts}" "$(basename "$BUNDLED_FEED")" "$FIRST_US"
        done
    done
    for i in "${!variants[@]}"; do
        label=${variants[$i]%%|*}
        # shellcheck disable=SC2086
        ms=$(us2ms "$(median ${VT[$i]})")
        JVM_ROWS+=("| \`$label\` | $ms |")
        echo "$label: $ms ms"
    done
fi

# --- the table ------------------------------------------------------------------------------------
mark() { awk -v v="$1" -v t="$2" 'BEGIN {if (v == "") print "–"; else if (v + 0 <= t + 0) print "✓"; else print "✗"}'; }
ratio() { [[ -n ${2:-} ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}' || echo "–"; }
size_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN {if (b < 1e6) printf "%.0f KB", b/1e3; else printf "%.1f MB", b/1e6}'; }
{
    echo "## Gazette benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs (load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end), $JAVA_VERSION, ${NEWSBOAT_VERSION:-no newsboat}, tmux 120x40, medians of $RUNS runs"
    if [[ -n $LAUNCHER ]]; then echo "Started with $LAUNCHER (the JVM settings in that script)"
    else echo "Started with: $JAVA $JAVA_OPTS -jar $GAZETTE_JAR"; fi
    echo
    echo "Targets (issue 11): first headlines ≤ 250 ms; at $BIG items the whole list ≤ 1500 ms and peak memory ≤ 300 MB; at 10000 items the whole list in at most 1/8 of newsboat's time (RSS file to headline list)."
    echo
    echo "| Feed | size | first headlines (ms) | whole list (ms) | peak memory (MB) | newsboat (ms) (reload + start + open) | whole list / newsboat |"
    echo "|---|---|---|---|---|---|---|"
    echo "| bundled feed.json | $(size_mb "$BUNDLED_FEED") | ${GZ[bundled]} $(mark "${GZ[bundled]}" 250) | – | – | – | – |"
    for N in "${SIZES[@]}"; do
        for FMT in json rss; do
            k=$N.$FMT
            full="${FULL[$k]}"
            mem="${HWM[$k]}"
            ((N == BIG)) && full+=" $(mark "${FULL[$k]}" 1500)" && mem+=" $(mark "${HWM[$k]}" 300)"
            nbcell="–" r="–"
            if [[ -n ${NB[$N]:-} ]]; then
                nbcell="${NB[$N]} (${NB_PARTS[$N]})"
                r=$(ratio "${FULL[$k]}" "${NB[$N]}")
                ((N == 10000)) && r+=" $(awk -v a="${FULL[$k]}" -v b="${NB[$N]}" 'BEGIN {print (a*8 <= b) ? "✓" : "✗"}')"
            elif [[ -n ${NB_PARTS[$N]:-} ]]; then
                nbcell="${NB_PARTS[$N]}"
            fi
            echo "| $N items, $FMT | $(size_mb "$OUT/feed-$N.$FMT") | ${FIRST[$k]} $(mark "${FIRST[$k]}" 250) | $full | $mem | $nbcell | $r |"
        done
    done
    echo
    echo "At $BIG items (Gazette in tmux, medians of $RUNS runs):"
    echo
    echo "- Peak resident memory (VmHWM): ${HWM[$BIG.json]} MB when the whole list is read, $RSS_PEAK MB after the keys below; target ≤ 300 MB $(mark "$RSS_PEAK" 300)"
    echo "- 100 j (one burst, the first keys of the session), keys sent to item 101 on screen: $J_MS ms"
    echo "- G (jump to the last item), key sent to the last item on screen: $G_MS ms; target 16 ms $(mark "$G_MS" 16)"
    echo "- g after G (back to the first item), key sent to the first item on screen: $G2_MS ms; target 16 ms $(mark "$G2_MS" 16)"
    if [[ -n $KEY_RESULT ]]; then
        echo "- In-process, key to next frame (handle + draw + refresh), $(kv keys) keys: p50 $(kv p50_ms) ms, p99 $(kv p99_ms) ms, max $(kv max_ms) ms; target ≤ 16 ms $(mark "$(kv p99_ms)" 16) (p99)"
    fi
    echo
    echo "Starts (Gazette's and newsboat's) are timed from the pane's output, without polling the screen (bench/watch.pl). The keys in tmux are polled and include tmux's own work: a key sent to \`cat\` takes $ROUND_TRIP ms to show up the same way. Every single run is in raw.tsv; see bench/README.md."
    if ((${#JVM_ROWS[@]})); then
        echo
        echo "JVM start-up options, bundled feed, start to first headlines (median of $RUNS runs, the options taken in turn):"
        echo
        echo "| JVM options | ms |"
        echo "|---|---|"
        printf '%s\n' "${JVM_ROWS[@]}"
    fi
} >"$OUT/results.md"
echo
cat "$OUT/results.md"
echo
echo "(written to $OUT/results.md)"
