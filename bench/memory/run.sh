#!/usr/bin/env bash
# Resident memory of the emulator started as ./run.sh starts it (config/jvm.options), through
# ROUNDS rounds of creates spread over KEYS API keys (over a million creates by default), then
# three uploads over the body limit and three just under it, sent at once. Prints RSS after each
# step; the goal is that it stays under 512 MiB and the server stays ready.
# Usage: bench/memory/run.sh      Knobs: ROUNDS=6 SECONDS_PER_ROUND=6 KEYS=1000 PORT=18481
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-6}
SECS=${SECONDS_PER_ROUND:-6}
KEYS=${KEYS:-1000}
PORT=${PORT:-18481}
WORK=$(mktemp -d /tmp/bench-memory.XXXXXX)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
export KEYS KEY_PREFIX=sk-memory-
EMULATOR_PORT=$PORT ./run.sh >"$WORK/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.05; done
rss() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )); }
echo "ready: RSS $(rss) MiB"
total=0
for round in $(seq 1 "$ROUNDS"); do
  made=$(wrk -t2 -c50 -d"${SECS}s" -s bench/create.lua "http://127.0.0.1:$PORT/v1/videos" | awk '/requests in/ {print $1}')
  total=$((total + made))
  echo "round $round: $made creates ($total in all over $KEYS keys): RSS $(rss) MiB"
done
limit=$(( 64 * 1024 * 1024 ))
head -c $((limit + 6 * 1024 * 1024)) /dev/urandom >"$WORK/over.bin"
head -c $((limit - 4 * 1024 * 1024)) /dev/urandom >"$WORK/under.bin"
upload() { # file: three at once, prints their statuses
  for _ in 1 2 3; do
    curl -s -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer sk-memory-upload" -F name=hero \
      -F "video=@$1;type=video/mp4" "http://127.0.0.1:$PORT/v1/videos/characters" &
  done
  wait
}
echo "three uploads over the limit: $(upload "$WORK/over.bin")-> RSS $(rss) MiB"
echo "three uploads under the limit: $(upload "$WORK/under.bin")-> RSS $(rss) MiB"
echo "ready afterwards: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready")"
