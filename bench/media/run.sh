#!/usr/bin/env bash
# Times video, thumbnail and spritesheet making for every official size and length on one CPU core.
# Usage: bench/media/run.sh [runs-per-case] [warm-up-rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl server test-compile
./mvnw -B -q -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench-classpath.txt)"
# One core for the JVM too, so JIT and GC threads compete with the work as they would on a busy core.
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -Xmx512m -cp "$CP" \
  dev.videoapiemulator.media.bench.MediaBench "${1:-7}" "${2:-10}"
