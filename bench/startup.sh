#!/usr/bin/env bash
# Time from `java -jar` to the first 200 from /q/health/ready, and resident memory at that moment.
# Runs the packaged app (./mvnw -DskipTests -pl server package first) RUNS times; prints each run and the median.
# Usage: bench/startup.sh [RUNS] [extra JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
root=$PWD
[ -f server/target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -DskipTests -pl server package" >&2; exit 1; }
# From the app's own directory, as its AppCDS archive (when built with one) records the class path.
cd server/target/quarkus-app
port=${BENCH_PORT:-18181}
times=()
rss=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java "$@" -Demulator.port="$port" -Demulator.fixtures.dir="$root/fixtures" -jar quarkus-run.jar \
    >/tmp/bench-startup.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat /tmp/bench-startup.log; exit 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  times+=("$ms"); rss+=("$kb")
  echo "run $i: ready in ${ms} ms, RSS $((kb / 1024)) MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: ready in $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MB"
