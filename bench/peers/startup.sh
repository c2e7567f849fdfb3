#!/usr/bin/env bash
# Time to ready of the emulator, started the documented ways, beside the servers people would use
# instead (Prism 5.16.0 mocking the emulator's own OpenAPI document, MockServer 5.15.0), in one run,
# and the ratios to Prism. Ready means the first 2xx from a health or status route (Prism: the first
# answer to a mocked route). Each server is started RUNS times, one at a time; medians are printed,
# with the CPU time the server's process had used by then (user + system, all its threads): on a
# machine shared with other work, wall time varies with the load, CPU time much less.
#
# The container image is measured too when podman has it (scripts/container-smoke.sh builds it):
# from `podman run` to ready, the CPU column then left empty (podman's own process is not the server).
#
# Usage: bench/peers/startup.sh            Knobs: RUNS=7 PORT=18391 MS_VERSION=5.15.0
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 JDK17=/usr/lib/jvm/java-17-openjdk-amd64
#   IMAGE=localhost/video-api-emulator:smoke (IMAGE= skips it)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}
PORT=${PORT:-18391}
MS_VERSION=${MS_VERSION:-5.15.0}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort -V | tail -1)}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
CACHE=${BENCH_CACHE:-$HOME/.cache/video-api-emulator-bench}
JAR=server/target/quarkus-app/quarkus-run.jar
IMAGE=${IMAGE-localhost/video-api-emulator:smoke}
WORK=$(mktemp -d /tmp/bench-peers.XXXXXX)
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

[ -f "$JAR" ] || { log "packaging the emulator"; ./mvnw -B -q -DskipTests -pl server package; }
[ -x bench/peers/node_modules/.bin/prism ] || { log "installing Prism (bench/peers/package-lock.json)"; npm ci --prefix bench/peers --no-audit --no-fund >&2; }
MS_JAR=$CACHE/mockserver-netty-no-dependencies-$MS_VERSION.jar
if [ ! -f "$MS_JAR" ]; then
  log "fetching MockServer $MS_VERSION"
  mkdir -p "$CACHE"
  ./mvnw -B -q dependency:copy -Dartifact="org.mock-server:mockserver-netty-no-dependencies:$MS_VERSION" \
    -DoutputDirectory="$CACHE"
fi

# ready_ms METHOD URL -- COMMAND...: starts COMMAND, prints ms until URL answers (2xx for health,
# any status for Prism) and the CPU ms the process had used by then, then stops it. Every command
# ends in the server process itself (exec), so $! is the server.
ready_ms() {
  local method=$1 url=$2 accept=$3
  shift 4
  local start pid code
  start=$(date +%s%N)
  "$@" >"$WORK/server.log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X "$method" "$url" 2>/dev/null || true)
    case "$accept:$code" in
      2xx:2??) break ;;
      any:[1-5]??) break ;;
    esac
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.005
  done
  local wall=$(( ($(date +%s%N) - start) / 1000000 ))
  case " $* " in
    *" podman "*) echo "$wall -" ;;
    *) echo "$wall $(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat")" ;;
  esac
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # podman run may return before its container is gone: the next run must not reach the old server.
  local deadline=$((SECONDS + 30))
  while curl -s -o /dev/null "$url" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.05; done
  case " $* " in
    *" podman "*) while [ -n "$(podman ps -q --filter ancestor="$IMAGE")" ] && [ "$SECONDS" -lt "$deadline" ]; do
        sleep 0.1
      done ;;
  esac
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Prism mocks the emulator's own document, so it serves the same routes.
log "exporting the OpenAPI document for Prism"
EMULATOR_PORT=$PORT JAVA_HOME=$JDK17 scripts/start.sh "$JAR" >"$WORK/export.log" 2>&1 &
exporter=$!
until curl -sf -o "$WORK/openapi.json" "http://127.0.0.1:$PORT/q/openapi?format=json"; do sleep 0.1; done
kill "$exporter"; wait "$exporter" 2>/dev/null || true

health="http://127.0.0.1:$PORT/q/health/ready"
declare -A result cpu
measure() { # name method url accept -- command...
  local name=$1 times=() cpus=() wall used out
  for _ in $(seq 1 "$RUNS"); do
    # $(...) waits for ready_ms to finish stopping its server; `read < <(...)` went on at its first
    # line, so the next start could reach the last server still up ("ready" in 31 ms).
    out=$(ready_ms "${@:2}")
    read -r wall used <<<"$out"
    times+=("$wall")
    cpus+=("$used")
  done
  result[$name]=$(median "${times[@]}")
  cpu[$name]=$(median "${cpus[@]}")
  log "$name: median ${result[$name]} ms of ${times[*]}; CPU ${cpu[$name]} ms of ${cpus[*]}"
}
# The caches are trained once before the timed runs, as run.sh does on its first start.
for jdk in "$JDK25" "$JDK17"; do
  JAVA_HOME=$jdk scripts/start.sh --train "$JAR" >/dev/null 2>&1
done
measure "emulator, JDK 25 + AOT cache (run.sh)" GET "$health" 2xx -- env EMULATOR_PORT=$PORT JAVA_HOME="$JDK25" ./run.sh
image=
if [ -n "$IMAGE" ] && command -v podman >/dev/null && podman image exists "$IMAGE" 2>/dev/null; then
  image="emulator image, JDK 25 + AOT cache"
  measure "$image" GET "$health" 2xx -- env CONTAINERS_CONF=scripts/container/containers.conf \
    podman run --rm --runtime runc -p "127.0.0.1:$PORT:8080" "$IMAGE"
fi
measure "emulator, JDK 17 + AppCDS" GET "$health" 2xx -- env EMULATOR_PORT=$PORT JAVA_HOME="$JDK17" scripts/start.sh "$JAR"
measure "emulator, java -jar on JDK 17" GET "$health" 2xx -- env EMULATOR_PORT=$PORT "$JDK17/bin/java" -jar "$JAR"
measure "Prism 5.16.0" GET "http://127.0.0.1:$PORT/v1/videos" any -- bench/peers/node_modules/.bin/prism mock -p "$PORT" "$WORK/openapi.json"
measure "MockServer $MS_VERSION (JDK 17)" PUT "http://127.0.0.1:$PORT/mockserver/status" 2xx -- "$JDK17/bin/java" -Dmockserver.logLevel=WARN -jar "$MS_JAR" -serverPort "$PORT"

prism=${result["Prism 5.16.0"]}
echo
echo "| server | ready ms (median of $RUNS) | × Prism | CPU ms to ready |"
echo "|---|---:|---:|---:|"
for name in "emulator, JDK 25 + AOT cache (run.sh)" ${image:+"$image"} "emulator, JDK 17 + AppCDS" "emulator, java -jar on JDK 17" \
    "Prism 5.16.0" "MockServer $MS_VERSION (JDK 17)"; do
  awk -v n="$name" -v ms="${result[$name]}" -v p="$prism" -v c="${cpu[$name]}" \
    'BEGIN { printf "| %s | %d | %.2f | %s |\n", n, ms, ms / p, c }'
done
rm -rf "$WORK"
