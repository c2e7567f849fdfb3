#!/usr/bin/env bash
# Container smoke test for hosts without a Docker engine.
#
# Builds the repository's Dockerfile with podman (runc runtime), using base images made locally
# from Debian packages (no image registry needed), runs the image with a published port, waits
# for the readiness check, then goes through the API inside the container: create a video, poll
# it until it is completed, download the content and check it is an MP4. Prints timings, the image
# size and the container's memory use. Exits non-zero with a message on any failure.
#
#   bash scripts/container-smoke.sh          # as root (podman rootful, debootstrap)
#
# Environment (all optional):
#   SMOKE_PORT             host port published to the container's 8080 (default 18080)
#   SMOKE_IMAGE            tag of the image built from the Dockerfile
#   SMOKE_BUILDER_BASE     local JDK 17 base image (made with debootstrap when missing)
#   SMOKE_RUNTIME_BASE     local JDK 25 runtime base image (made with debootstrap and the host's
#                          Temurin 25 when missing)
#   SMOKE_RUNTIME_JDK      the JDK copied into it (default: the newest /usr/lib/jvm/temurin-25*)
#   SMOKE_DEBIAN_MIRROR    Debian mirror for debootstrap (default http://deb.debian.org/debian)
#   SMOKE_SUITE            Debian suite of the base images (default bookworm)
#   SMOKE_REBUILD_BASE=1   rebuild the base images even if they exist
#   SMOKE_NO_CACHE=1       build the Dockerfile without podman's layer cache
#   SMOKE_FILL_M2=1        fill ~/.m2 on the host even if server/pom.xml was seen before
#   SMOKE_READY_TIMEOUT    seconds to wait for /q/health/ready (default 90)
#   SMOKE_JOB_TIMEOUT      seconds to wait for the video job to complete (default 120)
#   SMOKE_KEEP=1           leave the container running at the end
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PORT=${SMOKE_PORT:-18080}
IMAGE=${SMOKE_IMAGE:-localhost/video-api-emulator:smoke}
SUITE=${SMOKE_SUITE:-bookworm}
BUILDER_BASE=${SMOKE_BUILDER_BASE:-localhost/debian-jdk17:$SUITE}
RUNTIME_BASE=${SMOKE_RUNTIME_BASE:-localhost/debian-jdk25:$SUITE}
RUNTIME_JDK=${SMOKE_RUNTIME_JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort -V | tail -1)}
MIRROR=${SMOKE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
READY_TIMEOUT=${SMOKE_READY_TIMEOUT:-90}
JOB_TIMEOUT=${SMOKE_JOB_TIMEOUT:-120}
CONTAINER=video-api-emulator-smoke
API_KEY=sk-test
export CONTAINERS_CONF="$ROOT/scripts/container/containers.conf"

START=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/container-smoke.XXXXXX")
declare -a SUMMARY=()

log() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'container-smoke: FAIL: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
note() { SUMMARY+=("$(printf '%-28s %s' "$1" "$2")"); }

cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ] && podman container exists "$CONTAINER" 2>/dev/null; then
    echo "---- last container logs ----" >&2
    podman logs --tail 60 "$CONTAINER" >&2 2>&1 || true
    echo "-----------------------------" >&2
  fi
  if [ "${SMOKE_KEEP:-0}" != 1 ] || [ "$rc" -ne 0 ]; then
    podman rm -f -t 5 "$CONTAINER" >/dev/null 2>&1 || true
  fi
  if [ "$rc" -ne 0 ] && [ "${#SUMMARY[@]}" -gt 0 ]; then
    echo "container smoke: FAILED after $(( $(date +%s) - START )) s; done so far:" >&2
    printf '  %s\n' "${SUMMARY[@]}" >&2
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM
trap 'fail "command failed (line $LINENO): $BASH_COMMAND"' ERR

[ "$(id -u)" = 0 ] || fail "run as root (rootful podman and debootstrap need it)"
[ -f Dockerfile ] || fail "no Dockerfile in $ROOT"

# ---------------------------------------------------------------- tools
need=()
command -v podman >/dev/null 2>&1 || need+=(podman)
command -v runc >/dev/null 2>&1 || need+=(runc)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ "${#need[@]}" -gt 0 ]; then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null || fail "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >/dev/null \
    || fail "apt-get install ${need[*]} failed"
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is required (JSON parsing)"
podman info >/dev/null 2>&1 || fail "podman does not work here: $(podman info 2>&1 | tail -3)"
# Checked before the build, so that a taken port fails in a second, not after the image build
# (a container of an earlier run, kept with SMOKE_KEEP=1, gives its port back first).
podman rm -f -t 5 "$CONTAINER" >/dev/null 2>&1 || true
if python3 - "$PORT" <<'EOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(0)
sys.exit(1)
EOF
then
  fail "port $PORT is already in use on this host (set SMOKE_PORT)"
fi

# ---------------------------------------------------------------- base images
# Base images from Debian packages: no registry is reachable from this machine.
make_base_image() { # image packages [jdk directory, copied to /opt/java/openjdk]
  local image=$1 packages=$2 jdk=${3:-} rootfs="$WORK/rootfs" t
  local changes=(--change 'ENV LANG=C.UTF-8' --change 'CMD ["bash"]')
  if [ "${SMOKE_REBUILD_BASE:-0}" != 1 ] && podman image exists "$image"; then
    log "base image $image exists"
    return
  fi
  log "making base image $image (debootstrap $SUITE: $packages)"
  t=$(now)
  rm -rf "$rootfs"
  debootstrap --variant=minbase --include="$packages" "$SUITE" "$rootfs" "$MIRROR" \
    >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log" >&2; fail "debootstrap for $image failed"; }
  chroot "$rootfs" apt-get clean
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/log/*.log \
    "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
    "$rootfs"/usr/share/locale/*
  if [ -n "$jdk" ]; then
    mkdir -p "$rootfs/opt/java"
    cp -a "$jdk" "$rootfs/opt/java/openjdk"
    changes+=(--change 'ENV JAVA_HOME=/opt/java/openjdk'
      --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
  fi
  tar -C "$rootfs" --numeric-owner -c . \
    | podman import -q "${changes[@]}" - "$image" >/dev/null \
    || fail "podman import of $image failed"
  rm -rf "$rootfs"
  note "base ${image##*/}" "$(since "$t") s (debootstrap + import)"
}
make_base_image "$BUILDER_BASE" openjdk-17-jdk-headless,ca-certificates
[ -n "$RUNTIME_JDK" ] && [ -x "$RUNTIME_JDK/bin/java" ] \
  || fail "no Temurin 25 JDK under /usr/lib/jvm for the runtime image (set SMOKE_RUNTIME_JDK)"
make_base_image "$RUNTIME_BASE" curl,ca-certificates "$RUNTIME_JDK"

# ---------------------------------------------------------------- host Maven repository
# podman build cannot download (TLS verification fails inside it), so the builder stage runs
# Maven offline against the host's ~/.m2. Fill it the way the Dockerfile's first Maven step
# resolves: package the server module without its sources (in a scratch copy, so the working tree's
# target/ is left alone). Same pom, same plugins and dependencies as the full build. A marker in
# ~/.m2 keyed on server/pom.xml and the wrapper settings skips this while they are unchanged.
fill_key=$(cat server/pom.xml .mvn/wrapper/maven-wrapper.properties | sha256sum | cut -c1-16)
fill_marker="$HOME/.m2/container-smoke/filled-$fill_key"
if [ -f "$fill_marker" ] && [ "${SMOKE_FILL_M2:-0}" != 1 ]; then
  log "~/.m2 already filled for this server/pom.xml ($fill_marker)"
else
  log "filling ~/.m2 for the offline build (host ./mvnw package of server/pom.xml alone)"
  t=$(now)
  mkdir -p "$WORK/pom/server" "$(dirname "$fill_marker")"
  cp -R mvnw .mvn "$WORK/pom/"
  cp server/pom.xml "$WORK/pom/server/"
  (cd "$WORK/pom" && ./mvnw -B -DskipTests -f server/pom.xml package </dev/null >"$WORK/host-mvn.log" 2>&1) \
    || { tail -40 "$WORK/host-mvn.log" >&2; fail "host ./mvnw -B -DskipTests package failed"; }
  rm -rf "$WORK/pom"
  touch "$fill_marker"
  note "host maven (fill ~/.m2)" "$(since "$t") s"
fi

# ---------------------------------------------------------------- image build
log "building $IMAGE from Dockerfile"
build_args=(
  --format docker
  --build-arg "BUILDER_IMAGE=$BUILDER_BASE"
  --build-arg "RUNTIME_IMAGE=$RUNTIME_BASE"
  --build-arg "MAVEN_ARGS=-o"
  -v "$HOME/.m2:/root/.m2"
  -t "$IMAGE"
)
[ "${SMOKE_NO_CACHE:-0}" = 1 ] && build_args+=(--no-cache)
previous=$(podman image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
t=$(now)
podman build "${build_args[@]}" . </dev/null >"$WORK/build.log" 2>&1 \
  || {
    tail -60 "$WORK/build.log" >&2
    if grep -q 'in offline mode' "$WORK/build.log"; then
      rm -f "$fill_marker"   # the next run fills ~/.m2 again
      fail "podman build of Dockerfile failed: ~/.m2 lacks artifacts for the offline build (rerun, or SMOKE_FILL_M2=1)"
    fi
    fail "podman build of Dockerfile failed"
  }
note "image build" "$(since "$t") s"
current=$(podman image inspect --format '{{.Id}}' "$IMAGE")
# Drop this script's previous image (now untagged) so repeated runs do not pile up images.
[ -n "$previous" ] && [ "$previous" != "$current" ] && { podman rmi "$previous" >/dev/null 2>&1 || true; }
size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
note "image size" "$(awk -v s="$size" 'BEGIN { printf "%.1f MB", s / 1000000 }')"

health=$(podman image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" 2>/dev/null || true)
case "$health" in *health/ready*) ;; *) fail "image has no HEALTHCHECK on /q/health/ready (got: $health)" ;; esac
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
case "$user" in "" | 0 | 0:* | root | root:*) fail "image runs as root (User='$user')" ;; esac

# ---------------------------------------------------------------- run
podman rm -f -t 5 "$CONTAINER" >/dev/null 2>&1 || true
BASE="http://127.0.0.1:$PORT"

log "starting container $CONTAINER on port $PORT"
t=$(now)
podman run -d --name "$CONTAINER" --runtime runc \
  --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
  -p "127.0.0.1:$PORT:8080" "$IMAGE" >/dev/null 2>"$WORK/run.log" \
  || { cat "$WORK/run.log" >&2; fail "podman run failed"; }
# (podman cannot schedule periodic health checks without systemd and says so on stderr; the
# image's HEALTHCHECK is exercised below with `podman healthcheck run`.)

deadline=$(( $(date +%s) + READY_TIMEOUT ))
until curl -fsS -o /dev/null --max-time 2 "$BASE/q/health/ready" 2>/dev/null; do
  [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER" 2>/dev/null)" = true ] \
    || fail "container exited before becoming ready"
  [ "$(date +%s)" -lt "$deadline" ] || fail "not ready after ${READY_TIMEOUT}s ($BASE/q/health/ready)"
  sleep 0.2
done
note "time to ready" "$(since "$t") s (podman run -> /q/health/ready 200)"
started=$(podman logs "$CONTAINER" 2>&1 | grep -o 'started in [0-9.]*s' | head -1 || true)
[ -n "$started" ] && note "quarkus startup" "${started#started in }"
cache=$(podman logs "$CONTAINER" 2>&1 | grep -o 'with the [A-Za-z]* \(cache\|archive\)' | head -1 || true)
[ -n "$cache" ] || fail "the container did not start from its start-up cache (see podman logs $CONTAINER)"
note "start-up cache" "${cache#with the }"

podman healthcheck run "$CONTAINER" >/dev/null 2>&1 \
  || fail "the image's HEALTHCHECK command failed inside the container"
note "HEALTHCHECK" "passes inside the container (podman healthcheck run)"

# ---------------------------------------------------------------- API through the container
json_field() { # field < json
  python3 -c 'import json, sys
v = json.load(sys.stdin).get(sys.argv[1])
print("" if v is None else v)' "$1"
}

log "POST /v1/videos"
t=$(now)
code=$(curl -sS -o "$WORK/create.json" -w '%{http_code}' --max-time 30 \
  -H "Authorization: Bearer $API_KEY" \
  -F prompt='a calico cat' -F seconds=4 "$BASE/v1/videos") || fail "POST /v1/videos: curl failed"
case "$code" in 2??) ;; *) fail "POST /v1/videos returned HTTP $code: $(head -c 500 "$WORK/create.json")" ;; esac
id=$(json_field id <"$WORK/create.json") || fail "POST /v1/videos: response is not JSON: $(head -c 500 "$WORK/create.json")"
[ -n "$id" ] || fail "POST /v1/videos: no id in $(head -c 500 "$WORK/create.json")"
log "created $id (status $(json_field status <"$WORK/create.json"))"

deadline=$(( $(date +%s) + JOB_TIMEOUT ))
while :; do
  curl -fsS --max-time 10 -H "Authorization: Bearer $API_KEY" "$BASE/v1/videos/$id" >"$WORK/video.json" \
    || fail "GET /v1/videos/$id failed"
  status=$(json_field status <"$WORK/video.json")
  case "$status" in
    completed) break ;;
    failed) fail "video $id failed: $(head -c 500 "$WORK/video.json")" ;;
  esac
  [ "$(date +%s)" -lt "$deadline" ] || fail "video $id not completed after ${JOB_TIMEOUT}s (status '$status')"
  sleep 0.5
done
note "video job" "$(since "$t") s (create -> completed)"

curl -fsS --max-time 30 -H "Authorization: Bearer $API_KEY" -o "$WORK/video.mp4" \
  "$BASE/v1/videos/$id/content" || fail "GET /v1/videos/$id/content failed"
bytes=$(wc -c <"$WORK/video.mp4")
[ "$bytes" -gt 8 ] || fail "content of $id is empty ($bytes bytes)"
box=$(dd if="$WORK/video.mp4" bs=1 skip=4 count=4 2>/dev/null)
[ "$box" = ftyp ] || fail "content of $id is not an MP4 (bytes 4..8 are '$box', expected 'ftyp')"
note "content" "$bytes bytes, MP4 (ftyp box)"

# The image starts through EmulatorMain, which leaves the OpenAPI document to the emulator's own
# route: it must still be the whole document.
curl -fsS --max-time 10 -o "$WORK/openapi.json" "$BASE/q/openapi?format=json" || fail "GET /q/openapi failed"
paths=$(python3 -c 'import json, sys; print(len(json.load(sys.stdin)["paths"]))' <"$WORK/openapi.json") \
  || fail "GET /q/openapi is not an OpenAPI document: $(head -c 300 "$WORK/openapi.json")"
[ "$paths" -gt 20 ] || fail "GET /q/openapi lists only $paths paths"
note "OpenAPI" "$paths paths at /q/openapi"

# ---------------------------------------------------------------- memory
mem=$(podman stats --no-stream --format '{{.MemUsage}}' "$CONTAINER" 2>/dev/null | head -1 || true)
if [ -z "$mem" ] || [ "${mem#--}" != "$mem" ]; then
  pid=$(podman inspect --format '{{.State.Pid}}' "$CONTAINER")
  mem="RSS $(awk '/^VmRSS/ { printf "%.1f MB", $2 / 1024 }' "/proc/$pid/status") (java process)"
fi
note "container memory" "$mem"

log "stopping container"
if [ "${SMOKE_KEEP:-0}" != 1 ]; then
  podman rm -f -t 10 "$CONTAINER" >/dev/null 2>"$WORK/rm.log" \
    || { cat "$WORK/rm.log" >&2; fail "could not remove container $CONTAINER"; }
fi
note "total" "$(( $(date +%s) - START )) s"

echo
echo "container smoke: PASS ($IMAGE)"
printf '  %s\n' "${SUMMARY[@]}"
