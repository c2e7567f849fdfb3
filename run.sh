#!/usr/bin/env bash
# Starts the emulator on http://127.0.0.1:8080 with the fixtures in ./fixtures, and becomes the
# server process (signals reach it; `kill $!` stops it). Builds only when the sources changed since
# the last build; scripts/start.sh picks the JDK and the start-up cache.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'EOF'
Usage: ./run.sh [-Dkey=value ...]

Starts the Video API Emulator. Settings come from environment variables or -D options:
  EMULATOR_PORT=8080              HTTP port                         (-Demulator.port=...)
  EMULATOR_HOST=127.0.0.1         address to listen on; 0.0.0.0 for other machines
  EMULATOR_FIXTURES_DIR=fixtures  fixture files: keys, scenarios, webhooks, timings
  EMULATOR_DEFAULT_PROFILE=openai dialect of the bare /v1 paths
  EMULATOR_AUTH_MODE=any          any | keys | off
  EMULATOR_CONTROL_TOKEN=...      require this token on /__emulator
  JAVA_HOME=...                   the JDK to run on (17 or later; 25 or later starts fastest)
Every setting is listed in README.md ("Configuration"). Ready when /q/health/ready answers 200.
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac

jar=server/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find server/src/main server/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "run.sh: building (first start, or the sources changed)" >&2
  ./mvnw -B -q -DskipTests -pl server package >&2
fi

exec scripts/start.sh "$jar" "$@"
