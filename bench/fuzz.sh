#!/usr/bin/env bash
# Gazette fuzz run: mutated feeds (the fixtures of src/test/resources/feeds and, when it is
# checked out beside the repository, ../shared/corpus: JSON Feed, RSS, Atom) and mutated
# comment journals through --check, --list (in process, Cli.run) and the reader on a
# virtual terminal. Every input must give exit 0, or exit 2 with one line; never 1; and no
# exception, "Something went wrong" or control character on the reader's screens.
#
#   bench/fuzz.sh                  # 3000 cases, seed 20250302 (about a minute)
#   CASES=10000 SEED=7 bench/fuzz.sh
#
# Environment:
#   CASES   number of mutated inputs              (default 3000)
#   SEED    the random seed; the same seed replays the same cases (default 20250302)
#   OUT     report.txt and each finding's input   (default target/fuzz)
# The test is dev.gazette.ui.FuzzTest, tagged "fuzz": plain mvn test/verify leave it out.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
abs() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
CASES=${CASES:-3000}
SEED=${SEED:-20250302}
OUT=$(abs "${OUT:-$ROOT/target/fuzz}")
rm -rf "$OUT"
mkdir -p "$OUT"
cd "$ROOT"
status=0
mvn -B -q -o test -Pfuzz -Dfuzz.cases="$CASES" -Dfuzz.seed="$SEED" -Dfuzz.out="$OUT" >"$OUT/mvn.log" 2>&1 || status=$?
if [ -f "$OUT/report.txt" ]; then
    cat "$OUT/report.txt"
    echo "(the report, Maven's output and the input of each finding are in $OUT)"
else
    tail -n 40 "$OUT/mvn.log"
fi
exit $status
