#!/usr/bin/env bash
# Builds the emulator and starts it on port 8080 (EMULATOR_PORT to change), with the default
# configuration and the fixtures in ./fixtures. Needs only a JDK 17+.
set -euo pipefail
cd "$(dirname "$0")"
exec ./mvnw -B -DskipTests package quarkus:run "$@"
