#!/bin/bash
# Opening an article when the comment journal holds 100,000 comments: the time from Enter on
# the seed article to its body on screen (the frame that shows it written), in tmux, 5 runs,
# with ./gazette.
#   bench/open-article.sh now     Enter as soon as the list shows (the journal is still being read)
#   bench/open-article.sh later   Enter 3 s after the list shows
#   bench/open-article.sh later empty   the same with no comment journal, for comparison
# It writes /tmp/jb/feed.json (the bundled feed) and /tmp/jb/feed.comments.jsonl (100,000
# comments over 1,000 article ids, 100 of them on the seed article).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p /tmp/jb
cp "$ROOT/feed.json" /tmp/jb/feed.json
journal=/tmp/jb/feed.comments.jsonl
last_comment="Comment number 99000,"
if [ "${2:-}" = empty ]; then
    journal=/tmp/jb/none.comments.jsonl
    rm -f "$journal"
    last_comment="There are no comments to display"
elif [ ! -f /tmp/jb/feed.comments.jsonl ]; then
python3 - <<'PY'
import json, uuid, random
random.seed(7)
ids = ["seed-un-votes-2025-02-25"] + ["other-%d" % i for i in range(999)]
with open('/tmp/jb/feed.comments.jsonl', 'w') as f:
    for i in range(100000):
        f.write(json.dumps({"id": str(uuid.UUID(int=random.getrandbits(128))), "article": ids[i % 1000],
                            "author": "user%d" % (i % 97), "date": "2025-03-01T12:00:00Z",
                            "text": "Comment number %d, with some words to make it a realistic length for a reader comment." % i}) + "\n")
PY
fi
tm() { tmux -L jb "$@"; }
times=()
for r in 1 2 3 4 5; do
  rm -f /tmp/jb/feed.state.json /tmp/jb/watch.*
  tm new-session -d -s s -x 100 -y 30 "exec $ROOT/gazette /tmp/jb/feed.json --comments $journal"
  # The body's frame is found by bench/watch.pl from the pane's output (bench/README.md): a
  # capture every 5 ms would take CPU from the opening it times.
  tm pipe-pane -t s -o "exec perl '$ROOT/bench/watch.pl' jb s /tmp/jb/watch 'screen:In a significant shift'"
  until tm capture-pane -p -t s | grep -q "U.S. Aligns"; do sleep 0.05; done
  [ "$1" = later ] && sleep 3
  # G selects the seed article (the oldest); if it had not landed, Enter would open another
  # article and the wait below would never end, so the pause only keeps the two keys apart.
  tm send-keys -t s G
  sleep 0.2
  t0=$EPOCHREALTIME
  tm send-keys -t s Enter
  until [ -s /tmp/jb/watch.1 ]; do sleep 0.1; done
  t0=${t0/[.,]/}
  times+=($(( ($(cat /tmp/jb/watch.1) - 10#$t0) / 1000 )))
  tm send-keys -t s G
  until tm capture-pane -p -t s | grep -q "$last_comment"; do sleep 0.005; done
  tm kill-server
done
echo "$1${2:+ $2}: ${times[*]} ms"
