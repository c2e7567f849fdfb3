#!/usr/bin/env bash
# HTTP throughput and memory of the emulator next to MockServer (a canned-stub server), measured with
# wrk over loopback. One server runs at a time. Prints a table and, with WRITE_README=1 (default),
# replaces the results part of bench/http/README.md. The Documented row starts the emulator as run.sh
# and the image do (scripts/start.sh: JDK 25+ with its AOT cache); the G1/Serial/Parallel rows run
# plain `java` from the PATH with only that collector, as the peers do.
#
# Usage: bench/http/run.sh
# Knobs (environment): RUNS=3 DUR=15 WARM=10 CONNS=50 THREADS=2 GCS="Documented G1 Serial"
#   MEM_ROUNDS=4 MEM_CAPS="100000 10000" PROFILE=1 EMU_PORT=18290 MS_PORT=1090
#   MS_VERSION=5.15.0 MS_OPTS="-Dmockserver.logLevel=WARN" BENCH_JAR=server/target/quarkus-app/quarkus-run.jar
#   PRISM=1 PRISM_PORT=4010 (Prism 5.16.0 from bench/peers/package-lock.json, mocking the emulator's
#   own OpenAPI document, so it serves the same three routes)
#   BENCH_CACHE=~/.cache/video-api-emulator-bench WRITE_README=1
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

RUNS=${RUNS:-3}
DUR=${DUR:-15}
WARM=${WARM:-20}
CONNS=${CONNS:-50}
THREADS=${THREADS:-2}
GCS=${GCS:-"Documented G1 Serial"}   # Documented: config/jvm.options, as run.sh and the image start it
MEM_ROUNDS=${MEM_ROUNDS:-4}
MEM_CAPS=${MEM_CAPS-"100000 10000"}   # MEM_CAPS="" skips the memory rounds
PROFILE=${PROFILE:-1}
EMU_PORT=${EMU_PORT:-18290}
MS_PORT=${MS_PORT:-1090}
MS_VERSION=${MS_VERSION:-5.15.0}
MS_OPTS=${MS_OPTS:-"-Dmockserver.logLevel=WARN"}
PRISM=${PRISM:-1}
PRISM_PORT=${PRISM_PORT:-4010}
PRISM_BIN=bench/peers/node_modules/.bin/prism
JAR=${BENCH_JAR:-server/target/quarkus-app/quarkus-run.jar}
CACHE=${BENCH_CACHE:-$HOME/.cache/video-api-emulator-bench}
WRITE_README=${WRITE_README:-1}
KEYS=16   # creates rotate over this many bearer keys (sk-bench-0 .. sk-bench-15)

WORK=$(mktemp -d /tmp/bench-http.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM
trap 'echo "failed at line $LINENO: $BASH_COMMAND" >&2' ERR
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- installs
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get update -qq
  apt-get install -y -qq wrk >/dev/null
fi
command -v jcmd >/dev/null || { echo "jcmd (a JDK) is needed" >&2; exit 1; }
MS_JAR=$CACHE/mockserver-netty-no-dependencies-$MS_VERSION.jar
if [ ! -f "$MS_JAR" ]; then
  log "fetching MockServer $MS_VERSION"
  mkdir -p "$CACHE"
  ./mvnw -B -q dependency:copy \
    -Dartifact="org.mock-server:mockserver-netty-no-dependencies:$MS_VERSION" -DoutputDirectory="$CACHE"
fi
if [ ! -f "$JAR" ]; then
  log "packaging the emulator"
  ./mvnw -B -q -DskipTests -pl server package
fi

# ---------------------------------------------------------------- helpers
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
minmax() { printf '%s\n' "$@" | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {printf "%.0f–%.0f", lo, hi}'; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
# Heap in use (MB), from jstat's used columns, which every collector reports the same way.
heap_mb() {
  jstat -gc "$1" | awk 'NR==1 {for (i=1;i<=NF;i++) h[$i]=i} NR==2 {printf "%d", ($h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"])/1024}'
}
full_gc() { jcmd "$1" GC.run >/dev/null; sleep 1; }
ratio() { [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}' || echo "–"; }

# wait_ready URL METHOD: polls until 2xx, at most 60 s; prints ms since $START_NS.
wait_ready() {
  local url=$1 method=${2:-GET} i
  for i in $(seq 1 6000); do
    if curl -sf -o /dev/null -X "$method" "$url"; then
      echo $(( ($(date +%s%N) - START_NS) / 1000000 )); return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "not ready after 60 s" >&2; exit 1
}

stop_server() {
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
}

gc_flag() {
  case $1 in
    Documented) grep -v '^\s*#' config/jvm.options | grep -v '^\s*$' | tr '\n' ' ' ;;
    G1) echo "-XX:+UseG1GC" ;;
    Parallel) echo "-XX:+UseParallelGC" ;;
    Serial) echo "-XX:+UseSerialGC" ;;
    *) echo "unknown GC $1" >&2; exit 1 ;;
  esac
}

launch_emulator() {  # launch_emulator COMMAND...: the command ends in the server process (exec)
  START_NS=$(date +%s%N)
  "$@" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  READY_MS=$(wait_ready "http://127.0.0.1:$EMU_PORT/q/health/ready")
}

start_emulator() {  # start_emulator JVM-options...
  launch_emulator java "$@" -Demulator.port="$EMU_PORT" -jar "$JAR"
}

# As run.sh and the image start it: scripts/start.sh, config/jvm.options, the newest JDK 25+ (JAVA_HOME
# honoured) with its AOT cache, trained once below before any timed start.
start_documented() {
  launch_emulator env JAVA_OPTS= scripts/start.sh "$JAR" -Demulator.port="$EMU_PORT"
  DOCUMENTED_START=$(sed -n 's/^start: //p' "$WORK/server.log" | tail -1)
}

start_mockserver() {
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086
  java $MS_OPTS -jar "$MS_JAR" -serverPort "$MS_PORT" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  READY_MS=$(wait_ready "http://127.0.0.1:$MS_PORT/mockserver/status" PUT)
}

export KEYS KEY_PREFIX=sk-bench-

# wrk_run SECONDS URL [wrk args...]: prints "requests/s errors p99-ms" (errors = non-2xx + socket errors).
wrk_run() {
  local secs=$1 url=$2; shift 2
  local out; out=$(wrk -t"$THREADS" -c"$CONNS" -d"${secs}s" --latency "$@" "$url")
  echo "$out" >>"$WORK/wrk.log"
  local rps; rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  local errs; errs=$(echo "$out" | awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}')
  local p99; p99=$(echo "$out" | awk '$1 == "99%" {v=$2; f=1; if (v ~ /us$/) f=0.001; else if (v ~ /ms$/) f=1; else if (v ~ /s$/) f=1000; gsub(/[a-z]+$/, "", v); printf "%.1f", v * f}')
  echo "$rps $errs ${p99:-0}"
}
create_load() { wrk_run "$1" "$2/v1/videos" -s bench/create.lua; }
poll_load() { wrk_run "$1" "$2/v1/videos/$3" -H "Authorization: Bearer sk-bench-poll"; }
dl_load() { wrk_run "$1" "$2/v1/videos/$3/content" -H "Authorization: Bearer sk-bench-poll"; }
new_video() {
  curl -sf "$1/v1/videos" -H "Authorization: Bearer sk-bench-poll" -H "Content-Type: application/json" \
    -d '{"prompt":"bench","seconds":"4"}' | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

ROWS=()        # one markdown row per server configuration
RATIO_LINES=()
MEM_ROWS=()
EMU_READY=()

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# ---------------------------------------------------------------- MockServer
log "MockServer $MS_VERSION ($MS_OPTS)"
start_mockserver
MS_READY=$READY_MS
MS=http://127.0.0.1:$MS_PORT
VIDEO='{\"id\":\"video_bench\",\"object\":\"video\",\"created_at\":1795245298,\"status\":\"queued\",\"completed_at\":null,\"error\":null,\"expires_at\":null,\"model\":\"sora-2\",\"progress\":0,\"prompt\":\"bench\",\"remixed_from_video_id\":null,\"seconds\":\"4\",\"size\":\"720x1280\"}'
cat >"$WORK/expectations.json" <<EOF
[
  {"httpRequest": {"method": "POST", "path": "/v1/videos"},
   "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]}, "body": "$VIDEO"},
   "times": {"unlimited": true}},
  {"httpRequest": {"method": "GET", "path": "/v1/videos/[^/]+"},
   "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]}, "body": "$VIDEO"},
   "times": {"unlimited": true}}
]
EOF
code=$(curl -s -o "$WORK/expect-answer.json" -w '%{http_code}' -X PUT "$MS/mockserver/expectation" -d @"$WORK/expectations.json")
[ "$code" = 201 ] || { echo "MockServer refused the expectations ($code)"; cat "$WORK/expect-answer.json"; exit 1; }
curl -sf "$MS/v1/videos/video_bench" | grep -q '"status":"queued"' || { echo "MockServer expectation does not answer"; exit 1; }

ms_pid=$SERVER_PID
rss0=$(rss_mb "$ms_pid")
create_load "$WARM" "$MS" >/dev/null
rss_w=$(rss_mb "$ms_pid")
c=(); cl=(); e=0
for r in $(seq 1 "$RUNS"); do read -r v x l < <(create_load "$DUR" "$MS"); c+=("$v"); cl+=("$l"); e=$((e + x)); log "  create run $r: $v req/s, p99 $l ms"; done
rss_c=$(rss_mb "$ms_pid"); full_gc "$ms_pid"; rss_g=$(rss_mb "$ms_pid"); heap_g=$(heap_mb "$ms_pid")
poll_load 5 "$MS" video_bench >/dev/null
p=()
for r in $(seq 1 "$RUNS"); do read -r v x _ < <(poll_load "$DUR" "$MS" video_bench); p+=("$v"); e=$((e + x)); log "  poll run $r: $v req/s"; done
stop_server
MS_CREATE=$(median "${c[@]}"); MS_POLL=$(median "${p[@]}"); MS_P99=$(median "${cl[@]}")
ROWS+=("| MockServer $MS_VERSION (canned) | **$(printf %.0f "$MS_CREATE")** ($(minmax "${c[@]}")) | $MS_P99 | **$(printf %.0f "$MS_POLL")** ($(minmax "${p[@]}")) | – | $e | $MS_READY | $rss0 / $rss_w / $rss_c / $rss_g ($heap_g) |")

# ---------------------------------------------------------------- Prism
# A canned stub of the emulator's own OpenAPI document: every answer is the document's example, so
# creates, polls and downloads are what a stub built from the contract would do.
PRISM_CREATE=; PRISM_POLL=; PRISM_DL=; PRISM_READY=
if [ "$PRISM" = 1 ]; then
  [ -x "$PRISM_BIN" ] || { log "installing Prism (bench/peers/package-lock.json)"; npm ci --prefix bench/peers --no-audit --no-fund >&2; }
  log "exporting the emulator's OpenAPI document for Prism"
  start_emulator
  curl -sf -o "$WORK/openapi.json" "http://127.0.0.1:$EMU_PORT/q/openapi?format=json"
  stop_server
  log "Prism $("$PRISM_BIN" --version 2>/dev/null | tail -1)"
  START_NS=$(date +%s%N)
  "$PRISM_BIN" mock -p "$PRISM_PORT" "$WORK/openapi.json" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  PRISM_READY=$(wait_ready "http://127.0.0.1:$PRISM_PORT/v1/videos")
  PR=http://127.0.0.1:$PRISM_PORT
  prism_pid=$SERVER_PID
  rss0=$(rss_mb "$prism_pid")
  create_load "$WARM" "$PR" >/dev/null
  c=(); cl=(); p=(); d=(); e=0
  for r in $(seq 1 "$RUNS"); do read -r v x l < <(create_load "$DUR" "$PR"); c+=("$v"); cl+=("$l"); e=$((e + x)); log "  create run $r: $v req/s, p99 $l ms"; done
  rss_c=$(rss_mb "$prism_pid")
  for r in $(seq 1 "$RUNS"); do read -r v x _ < <(poll_load "$DUR" "$PR" video_bench); p+=("$v"); e=$((e + x)); log "  poll run $r: $v req/s"; done
  bytes=$(curl -sf -o /dev/null -w '%{size_download}' "$PR/v1/videos/video_bench/content")
  for r in $(seq 1 "$RUNS"); do
    read -r v x _ < <(dl_load "$DUR" "$PR" video_bench); e=$((e + x))
    d+=("$(awk -v r="$v" -v b="$bytes" 'BEGIN {printf "%.1f", r*b/1e6}')"); log "  download run $r: $v req/s x $bytes B"
  done
  stop_server
  PRISM_CREATE=$(median "${c[@]}"); PRISM_POLL=$(median "${p[@]}"); PRISM_DL=$(median "${d[@]}")
  ROWS+=("| Prism 5.16.0 (canned, ${bytes} B download) | **$(printf %.0f "$PRISM_CREATE")** ($(minmax "${c[@]}")) | $(median "${cl[@]}") | **$(printf %.0f "$PRISM_POLL")** ($(minmax "${p[@]}")) | $PRISM_DL | $e | $PRISM_READY | $rss0 / – / $rss_c / – |")
fi

# ---------------------------------------------------------------- emulator, per collector
EMU=http://127.0.0.1:$EMU_PORT
DOCUMENTED_START="(not measured)"
case " $GCS " in *" Documented "*) scripts/start.sh --train "$JAR" >&2 ;; esac
BEST_GC=; BEST_SUM=0
declare -A GC_CREATE GC_POLL GC_DL
for gc in $GCS; do
  log "emulator, $gc"
  if [ "$gc" = Documented ]; then
    start_documented
  else
    # shellcheck disable=SC2046 # one option per word
    start_emulator $(gc_flag "$gc")
  fi
  EMU_READY+=("$READY_MS")
  pid=$SERVER_PID
  rss0=$(rss_mb "$pid")
  create_load "$WARM" "$EMU" >/dev/null
  rss_w=$(rss_mb "$pid")
  c=(); cl=(); e=0
  for r in $(seq 1 "$RUNS"); do read -r v x l < <(create_load "$DUR" "$EMU"); c+=("$v"); cl+=("$l"); e=$((e + x)); log "  create run $r: $v req/s, p99 $l ms"; done
  rss_c=$(rss_mb "$pid"); full_gc "$pid"; rss_g=$(rss_mb "$pid"); heap_g=$(heap_mb "$pid")
  # Made only now: the create load fills the store, which then drops its oldest jobs.
  id=$(new_video "$EMU")
  curl -sf -o /dev/null "$EMU/v1/videos/$id" -H "Authorization: Bearer sk-bench-poll"
  poll_load 5 "$EMU" "$id" >/dev/null
  p=()
  for r in $(seq 1 "$RUNS"); do read -r v x _ < <(poll_load "$DUR" "$EMU" "$id"); p+=("$v"); e=$((e + x)); log "  poll run $r: $v req/s"; done
  curl -sf -o /dev/null -X POST "$EMU/__emulator/clock/advance?by=PT1M"
  bytes=$(curl -sf -o /dev/null -w '%{size_download}' "$EMU/v1/videos/$id/content" -H "Authorization: Bearer sk-bench-poll")
  dl_load 5 "$EMU" "$id" >/dev/null
  d=()
  for r in $(seq 1 "$RUNS"); do
    read -r v x _ < <(dl_load "$DUR" "$EMU" "$id"); e=$((e + x))
    mbs=$(awk -v r="$v" -v b="$bytes" 'BEGIN {printf "%.0f", r*b/1e6}'); d+=("$mbs")
    log "  download run $r: $v req/s x $bytes B = $mbs MB/s"
  done
  stop_server
  GC_CREATE[$gc]=$(median "${c[@]}"); GC_POLL[$gc]=$(median "${p[@]}"); GC_DL[$gc]=$(median "${d[@]}")
  ROWS+=("| emulator, $gc | **$(printf %.0f "${GC_CREATE[$gc]}")** ($(minmax "${c[@]}")) | $(median "${cl[@]}") | **$(printf %.0f "${GC_POLL[$gc]}")** ($(minmax "${p[@]}")) | **${GC_DL[$gc]}** ($(minmax "${d[@]}")) | $e | $READY_MS | $rss0 / $rss_w / $rss_c / $rss_g ($heap_g) |")
  RATIO_LINES+=("| emulator, $gc | $(awk -v a="${GC_CREATE[$gc]}" -v b="$MS_CREATE" 'BEGIN {printf "%.2f", a/b}') | $(awk -v a="${GC_POLL[$gc]}" -v b="$MS_POLL" 'BEGIN {printf "%.2f", a/b}') | $(ratio "${GC_CREATE[$gc]}" "$PRISM_CREATE") | $(ratio "${GC_POLL[$gc]}" "$PRISM_POLL") | $(ratio "$READY_MS" "$PRISM_READY") |")
  sum=$(awk -v a="${GC_CREATE[$gc]}" -v b="${GC_POLL[$gc]}" 'BEGIN {printf "%.0f", a+b}')
  if [ "$sum" -gt "$BEST_SUM" ]; then BEST_SUM=$sum; BEST_GC=$gc; fi
done

# ---------------------------------------------------------------- memory under sustained creates
for cap in $MEM_CAPS; do
  log "emulator memory, max-jobs=$cap"
  start_emulator -Demulator.store.max-jobs="$cap"
  pid=$SERVER_PID
  full_gc "$pid"
  MEM_ROWS+=("| $cap | idle | 0 | $(rss_mb "$pid") | – | $(heap_mb "$pid") |")
  total=0
  for r in $(seq 1 "$MEM_ROUNDS"); do
    read -r v x _ < <(create_load "$DUR" "$EMU")
    total=$(awk -v t="$total" -v r="$v" -v s="$DUR" 'BEGIN {printf "%.0f", t + r*s}')
    after=$(rss_mb "$pid"); full_gc "$pid"
    MEM_ROWS+=("| $cap | after round $r ($(printf %.0f "$v") req/s) | ~$total | $after | $(rss_mb "$pid") | $(heap_mb "$pid") |")
    log "  round $r: ~$total creates, RSS $after MB, after GC $(rss_mb "$pid") MB, heap $(heap_mb "$pid") MB"
  done
  stop_server
done

# ---------------------------------------------------------------- where the time goes (not measured)
# Java Flight Recorder samples the emulator's threads under create load and under poll load. Each
# sample is put on the first frame of the project's own code from the top of its stack; a sample
# without one (or whose project frame is only a router handler passing the request on) is framework
# work (REST layer, Vert.x, Netty, ArC proxies), grouped by the package of its top frame.
PROFILE_TXT=
if [ "$PROFILE" = 1 ]; then
  cat >"$WORK/attribute.awk" <<'AWK'
/jdk.ExecutionSample/ { if (n++) out(); own=""; top=""; next }
/stackTrace = \[/ { inst=1; next }
inst && /^[ \t]*\]/ { inst=0; next }
inst {
  f=$0; sub(/^[ \t]+/, "", f); sub(/\(.*/, "", f); sub(/\$\$Lambda.*/, "", f)
  if (f == "...") next
  if (top == "") top=f
  # Router handlers that pass the request on (ctx.next) are not where the time goes.
  if (own == "" && f ~ /^io\.vertx\.ext\.web\.impl\.RoutingContext.*\.(next|iterateNext)$/) own="-"
  if (own == "" && f ~ /^dev\.videoapiemulator\./) own=f
  next
}
function out() {
  if (top == "") return
  if (own == "" || own == "-") { split(top, p, "."); k = "(framework, top frame in " p[1] "." p[2] "." p[3] ".*)" } else k = own
  c[k]++; s[top]++; if (k !~ /^\(framework/) mine++
}
END {
  out()
  printf "%d samples; %.0f%% with project code at work, %.0f%% framework only.\nFirst project frame from the top:\n", n, 100*mine/n, 100-100*mine/n
  for (k in c) printf "%6.1f%%  %s\n", 100*c[k]/n, k | "sort -rn | head -" LIMIT
  close("sort -rn | head -" LIMIT)
  printf "\nTop frames (self time):\n"
  for (k in s) printf "%6.1f%%  %s\n", 100*s[k]/n, k | "sort -rn | head -" LIMIT
}
AWK
  log "JFR sampling under create and poll load"
  start_emulator
  pid=$SERVER_PID
  create_load "$WARM" "$EMU" >/dev/null
  jcmd "$pid" JFR.start name=create settings=profile >/dev/null
  read -r crps _ < <(create_load "$DUR" "$EMU")
  jcmd "$pid" JFR.stop name=create filename="$WORK/create.jfr" >/dev/null
  id=$(new_video "$EMU")
  poll_load 5 "$EMU" "$id" >/dev/null
  jcmd "$pid" JFR.start name=poll settings=profile >/dev/null
  read -r prps _ < <(poll_load "$DUR" "$EMU" "$id")
  jcmd "$pid" JFR.stop name=poll filename="$WORK/poll.jfr" >/dev/null
  stop_server
  for what in create poll; do
    jfr print --events jdk.ExecutionSample --stack-depth 96 "$WORK/$what.jfr" >"$WORK/$what.samples.txt"
    awk -v LIMIT=18 -f "$WORK/attribute.awk" "$WORK/$what.samples.txt" >"$WORK/$what.profile.txt"
  done
  PROFILE_TXT=$(printf '### creates (%s req/s while recording)\n\n```\n%s\n```\n\n### polls (%s req/s while recording)\n\n```\n%s\n```' \
    "$(printf %.0f "$crps")" "$(cat "$WORK/create.profile.txt")" "$(printf %.0f "$prps")" "$(cat "$WORK/poll.profile.txt")")
fi

# ---------------------------------------------------------------- report
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
REPORT=$(cat <<EOF
Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(uname -m)), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}').
Peers and the other collectors' rows on $(java -version 2>&1 | head -1); the Documented row as scripts/start.sh ran it: $DOCUMENTED_START.
MockServer $MS_VERSION with \`$MS_OPTS\`. Command: \`RUNS=$RUNS DUR=$DUR WARM=$WARM CONNS=$CONNS THREADS=$THREADS GCS="$GCS" MEM_ROUNDS=$MEM_ROUNDS MEM_CAPS="$MEM_CAPS" bench/http/run.sh\`.
wrk -t$THREADS -c$CONNS, ${DUR} s per run, median of $RUNS runs (min–max in brackets), after ${WARM} s of create warm-up and 5 s of poll/download warm-up.
Load average (1/5/15 min) at start: $LOAD_START, at end: $LOAD_END (wrk and the server share the cores with whatever else runs).
Creates rotate over $KEYS keys. RSS in MB: at ready / after warm-up / after the create runs / after \`jcmd GC.run\` (heap in use after that GC).

| server | creates req/s | creates p99 ms | polls req/s | cached download MB/s | errors | ready ms | RSS MB |
|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${ROWS[@]}")

Emulator ÷ MockServer and ÷ Prism (medians; ready is this start's time to ready over Prism's):

| | creates ÷ MockServer | polls ÷ MockServer | creates ÷ Prism | polls ÷ Prism | ready ÷ Prism |
|---|---|---|---|---|---|
$(printf '%s\n' "${RATIO_LINES[@]}")

Best collector by creates + polls: **$BEST_GC**. Emulator time to ready (median of the starts above): $(printf %.0f "$(median "${EMU_READY[@]}")") ms; MockServer: $MS_READY ms.

Memory under sustained creates (default G1, no heap flags; $MEM_ROUNDS rounds of ${DUR} s; RSS and heap in MB):

| max-jobs | moment | creates so far | RSS | RSS after GC.run | heap used after GC |
|---|---|---|---|---|---|
$(printf '%s\n' "${MEM_ROWS[@]}")
EOF
)
if [ -n "$PROFILE_TXT" ]; then
  REPORT+=$(printf '\n\n## Profile: Java Flight Recorder, emulator with G1, %s s each\n\n%s' "$DUR" "$PROFILE_TXT")
fi

echo
echo "$REPORT"
echo
echo "raw wrk output: $WORK/wrk.log"

if [ "$WRITE_README" = 1 ]; then
  readme=$ROOT/bench/http/README.md
  marker='<!-- results: written by bench/http/run.sh below this line -->'
  if [ -f "$readme" ] && grep -qF "$marker" "$readme"; then
    sed -n "1,/^$(printf '%s' "$marker" | sed 's/[][\/.*^$]/\\&/g')\$/p" "$readme" >"$WORK/readme.new"
  else
    printf '# HTTP throughput and memory\n\n%s\n' "$marker" >"$WORK/readme.new"
  fi
  printf '\n%s\n' "$REPORT" >>"$WORK/readme.new"
  mv "$WORK/readme.new" "$readme"
  echo "wrote $readme"
fi
