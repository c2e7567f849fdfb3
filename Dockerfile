# Video API Emulator: multi-stage image (JDK 17 build stage, JDK 25 JRE runtime stage).
#
#   docker build -t video-api-emulator .
#   docker run --rm -p 8080:8080 video-api-emulator
#   docker run --rm -p 8080:8080 -v "$PWD/my-fixtures:/fixtures:ro" -e EMULATOR_JOBS_PROCESSING=5s video-api-emulator
#   docker run --rm -p 8080:8080 -p 8443:8443 -e EMULATOR_HTTPS_PORT=8443 -v emulator-tls:/tls video-api-emulator
#
# HTTPS (EMULATOR_HTTPS_PORT=8443) serves a certificate from the emulator's own CA, kept in the
# volume /tls (ca.pem; GET /__emulator/tls/ca.pem hands it out): mount a volume there to keep the
# CA, and the clients' trust in it, across containers.
#
# Configuration is by environment: every emulator.* setting is an EMULATOR_* variable (see README).
# In CI set EMULATOR_FIXTURES_READY_REQUIRES_VALID=true: the health check then fails while a
# fixture file is refused, instead of staying healthy on the last good set.
# Base images are build arguments so pipelines can point them at a mirror, e.g.
#   docker build --build-arg BUILDER_IMAGE=mirror.example/eclipse-temurin:17-jdk \
#                --build-arg RUNTIME_IMAGE=mirror.example/eclipse-temurin:25-jre -t video-api-emulator .
ARG BUILDER_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

FROM ${BUILDER_IMAGE} AS build
# Extra Maven arguments for every ./mvnw call below, e.g. "-o" to build against a pre-filled,
# mounted ~/.m2, or "-s settings.xml". Maven 3.9 reads MAVEN_ARGS from the environment itself.
ARG MAVEN_ARGS=""
WORKDIR /build

# Only the server module is built here (the client and Testcontainers modules are for test code).
# Plugins and dependencies first, in a layer that stays cached while server/pom.xml is unchanged:
# packaging the module without sources resolves everything the real build needs.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY server/pom.xml server/
RUN chmod +x mvnw \
 && ./mvnw -B -DskipTests -f server/pom.xml package \
 && rm -rf server/target

COPY . .
RUN mkdir -p fixtures && chmod -R a+rX fixtures \
 && ./mvnw -B -DskipTests -f server/pom.xml package \
 && test -f server/target/quarkus-app/quarkus-run.jar

FROM ${RUNTIME_IMAGE}
# curl serves the HEALTHCHECK; it is installed only if the runtime image lacks it.
RUN if ! command -v curl >/dev/null 2>&1; then \
      apt-get update \
      && apt-get install -y --no-install-recommends curl \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
 && useradd --uid 1001 --gid 0 --home-dir /app --no-create-home --shell /usr/sbin/nologin emulator

WORKDIR /app
# Quarkus aot-jar layout (every jar on the class path), dependencies first (they change least often).
COPY --from=build /build/server/target/quarkus-app/lib/ /app/lib/
COPY --from=build /build/server/target/quarkus-app/*.jar /app/
COPY --from=build /build/server/target/quarkus-app/app/ /app/app/
COPY --from=build /build/server/target/quarkus-app/quarkus/ /app/quarkus/
# Default fixtures; mount a directory over /fixtures to replace them.
COPY --from=build /build/fixtures/ /fixtures/

# The start script and the JVM options run.sh uses too; JAVA_OPTS adds options of your own.
COPY scripts/start.sh scripts/exercise.sh /app/scripts/
COPY config/jvm.options /app/config/
# Listens on every address: a container is reached from outside it.
ENV EMULATOR_FIXTURES_DIR=/fixtures \
    EMULATOR_HOST=0.0.0.0 \
    EMULATOR_HTTPS_DIR=/tls \
    JAVA_OPTS=""
# Trains the start-up cache (an AOT cache on JDK 25 and later, AppCDS before) by exercising the
# real routes once, so that every container starts from it.
RUN /app/scripts/start.sh --train /app/quarkus-run.jar && rm -f /app/training.log

# The CA's directory, writable by the server's user (group 0, as OpenShift's random users are too).
RUN mkdir -p /tls && chown 1001:0 /tls && chmod 0770 /tls
VOLUME /tls

USER 1001
EXPOSE 8080 8443
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${EMULATOR_PORT:-8080}/q/health/ready" || exit 1

ENTRYPOINT ["/app/scripts/start.sh", "/app/quarkus-run.jar"]
