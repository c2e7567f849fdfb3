#!/usr/bin/env bash
# Starts the emulator packaged at JAR and becomes the server process (signals reach it). Trains a
# start-up cache once per build and JDK, and uses it from then on: an AOT cache on JDK 25 or later
# (found through JAVA_HOME, else under /usr/lib/jvm, else java on the PATH), AppCDS before that.
# JVM options come from config/jvm.options, then JAVA_OPTS, then -D/-X arguments; other arguments
# go to the emulator. With --train it only trains the cache (the container image does it at build).
# Usage: scripts/start.sh [--train] JAR [-Dkey=value ...]
set -euo pipefail
# Builtins only up to the JVM: on a busy machine every process started here is felt in time to ready.
case $0 in */*) here=$(cd "${0%/*}" && pwd) ;; *) here=$PWD ;; esac
train_only=0
if [ "${1:-}" = --train ]; then
  train_only=1
  shift
fi
jar=${1:?usage: start.sh [--train] JAR [options]}
shift
case $jar in */*) app=${jar%/*} ;; *) app=. ;; esac

# The JDK: JAVA_HOME when set; else the newest JDK under /usr/lib/jvm from 25 on; else java on the
# PATH. Versions are read from each JDK's release file, which costs no JVM start.
release() { # JDK_DIR -> its feature version, or nothing
  local line
  while IFS= read -r line; do
    case $line in JAVA_VERSION=\"[0-9]*)
      line=${line#JAVA_VERSION=\"}
      echo "${line%%[!0-9]*}"
      return ;;
    esac
  done 2>/dev/null <"$1/release"
}
home=
if [ -n "${JAVA_HOME:-}" ]; then
  home=$JAVA_HOME
else
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] && [ "$(release "$candidate")" -ge 25 ] 2>/dev/null || continue
    if [ -z "$home" ] || [ "$(release "$candidate")" -gt "$(release "$home")" ]; then
      home=$candidate
    fi
  done
  [ -n "$home" ] || home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
java=$home/bin/java
version=$(release "$home")
[ -n "$version" ] || version=$("$java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')

# A cache is valid for one JDK build and one class path: it is named after the JDK and retrained
# whenever the build is newer than it.
jdk_id=$(cksum 2>/dev/null <"$home/release" || cksum </dev/null)
jdk_id=${jdk_id%% *}
if [ "$version" -ge 25 ]; then
  kind="AOT cache"
  cache=$app/start-$jdk_id.aot
  train=(-XX:AOTCacheOutput="$cache")
  use=(-XX:AOTCache="$cache")
else
  kind="AppCDS archive"
  cache=$app/start-$jdk_id.jsa
  train=(-XX:ArchiveClassesAtExit="$cache")
  use=(-XX:SharedArchiveFile="$cache")
fi
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options, split on spaces
extra=(${JAVA_OPTS:-})
# A collector chosen in JAVA_OPTS replaces the file's, with its tuning: the JVM refuses two.
own_gc=0
for option in "${extra[@]}"; do
  case $option in -XX:+Use*GC) own_gc=1 ;; esac
done
options=()
while read -r option || [ -n "$option" ]; do
  case $option in
    '' | '#'*) continue ;;
    -XX:+Use*GC | -XX:MaxGCPauseMillis=* | -XX:MaxTenuringThreshold=*) [ "$own_gc" = 0 ] || continue ;;
  esac
  options+=("$option")
done <"$here/../config/jvm.options"
options+=("${extra[@]}")

# Training drives the routes with curl; without it (or without write access) the server starts as it is.
if { [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; } && [ -w "$app" ] && command -v curl >/dev/null; then
  echo "start: training the $kind for Java $version (once per build)" >&2
  port=18990
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  fixtures=$(mktemp -d)
  "$java" "${options[@]}" "${train[@]}" -Demulator.port="$port" -Demulator.fixtures.dir="$fixtures" \
    -Dquarkus.log.level=WARN -jar "$jar" >"$app/training.log" 2>&1 &
  trainer=$!
  deadline=$((SECONDS + 120))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    if ! kill -0 "$trainer" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      tail -20 "$app/training.log" >&2
      kill "$trainer" 2>/dev/null || true
      break
    fi
    sleep 0.1
  done
  if kill -0 "$trainer" 2>/dev/null; then
    "$here/exercise.sh" "http://127.0.0.1:$port"
    kill -TERM "$trainer"
  fi
  wait "$trainer" || true
  rm -rf "$fixtures"
fi
if [ ! -f "$cache" ]; then
  echo "start: no $kind could be made; starting without one" >&2
  use=()
fi
[ "$train_only" = 0 ] || exit 0

# -D and -X options are the JVM's; anything else goes to the emulator.
jvm_args=()
app_args=()
for arg in "$@"; do
  case $arg in
    -D* | -X*) jvm_args+=("$arg") ;;
    *) app_args+=("$arg") ;;
  esac
done
[ ${#use[@]} = 0 ] || echo "start: $java (Java $version) with the $kind ${cache#"$app"/}" >&2
exec "$java" "${options[@]}" "${use[@]}" "${jvm_args[@]}" -jar "$jar" "${app_args[@]}"
