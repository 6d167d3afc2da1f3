# lux-logger container image, built from source:
#
#     docker build -t lux-logger .
#     docker run --env-file .env -v ./data:/app/data -p 9080:9080 lux-logger
#
# Configuration comes only from environment variables (see .env.sample). The database, its spill file and
# the CSV reports live in the volume /app/data, which must be writable by uid 1001.
#
# Base images are build arguments so that a test (src/test/container/run.sh) can substitute local images
# with the same contract:
#   BUILD_IMAGE:   JDK 17+ and Maven 3.8+ on the PATH, running as root.
#   RUNTIME_IMAGE: a Java 17+ runtime on the PATH (or JAVA_HOME), /bin/sh, bash and useradd.

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
# Runtime base: a plain JRE image rather than Open Liberty's own kernel-slim image. kernel-slim has to
# download the server's features at build time (features.sh from a repository), which fails off-line and
# ties the build to that repository; here the complete Open Liberty runtime already comes from the Maven
# build, and only the features server.xml names are kept (minify below), so any JRE will do.
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# ---------------------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Dependencies and the Open Liberty runtime (together about 450 MB) in their own layer, which is rebuilt
# only when pom.xml or the server configuration change. liberty:create also copies the JDBC drivers
# into the server (lib/jdbc/sqlite-jdbc.jar, and lib/jdbc/postgresql.jar for DATABASE_URL).
COPY pom.xml ./
COPY src/main/liberty ./src/main/liberty
RUN mvn -B -ntp dependency:go-offline liberty:create

# The application. liberty:deploy is not used: by default it deploys a "loose" application
# (apps/lux-logger.war.xml pointing into the build tree), which cannot be copied to another stage. The
# real WAR goes into apps/ under the name server.xml's <webApplication location="lux-logger.war"> expects.
#
# "server package --include=minify" then writes a server package holding only the parts of Open Liberty
# that the features in server.xml need (about 110 MB instead of 660 MB; it works off-line, as it only
# resolves features already installed). server.env stays: it turns HTTPS on when KEYSTORE_PATH is set, and
# chooses the database (database-sqlite.xml, or database-postgresql.xml when DATABASE_URL is set).
# configDropins is dropped: it only holds the development default HOST=simulator that pom.xml gives
# `mvn liberty:run`; the image polls nothing until HOST is set (readiness says "HOST is not set").
COPY src ./src
# prepare_workarea: one start and stop of the finished server, without HOST (nothing is polled) and with its data in
# a throw-away folder, so that the image carries Liberty's work area (resolved features, bundle cache, the
# application's annotation cache). Every container then starts as a restart does, about 5 s sooner than from an
# empty work area (README "Benchmarks"). Group 0 may write it, as the process runs in group 0. What else the start
# made goes: logs, transaction log, and the folder of the LTPA key, which root's start made for root only (each
# container makes its own).
RUN prepare_workarea() { \
        CACHE_PATH=/tmp/prepare/luxlogger.db OUTPUT_DIRS=/tmp/prepare WLP_SKIP_BOOTSTRAP_AGENT=true \
            /opt/ol/wlp/bin/server start defaultServer \
        && /opt/ol/wlp/bin/server stop defaultServer \
        && rm -rf /tmp/prepare /opt/ol/wlp/usr/servers/defaultServer/logs /opt/ol/wlp/usr/servers/defaultServer/tranlog \
                  /opt/ol/wlp/usr/servers/defaultServer/resources/security \
        && { rmdir /opt/ol/wlp/usr/servers/defaultServer/resources 2>/dev/null || true; } \
        && test -d /opt/ol/wlp/usr/servers/defaultServer/workarea \
        && chmod -R g+rwX /opt/ol/wlp/usr/servers/defaultServer/workarea; \
    } \
    && mvn -B -ntp -DskipTests package \
    && server=target/liberty/wlp/usr/servers/defaultServer \
    && rm -rf "$server/apps"/* "$server/dropins" "$server/logs" "$server/workarea" "$server/configDropins" \
    && cp target/lux-logger.war "$server/apps/lux-logger.war" \
    && target/liberty/wlp/bin/server package defaultServer --include=minify --archive=/build/server.tar.gz \
    && mkdir -p /opt/ol \
    && tar -C /opt/ol -xzf /build/server.tar.gz \
    && rm -rf /opt/ol/wlp/usr/servers/defaultServer/workarea /opt/ol/wlp/usr/servers/defaultServer/logs \
              /opt/ol/wlp/usr/servers/defaultServer/dropins /opt/ol/wlp/bin/*.bat \
    && prepare_workarea \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/apps/lux-logger.war \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/lib/jdbc/sqlite-jdbc.jar \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/lib/jdbc/postgresql.jar \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/database-sqlite.xml \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/database-postgresql.xml \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/jvm.options \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/server.env \
    && test -f /opt/ol/wlp/usr/servers/defaultServer/https-on.xml \
    && test ! -e /opt/ol/wlp/usr/servers/defaultServer/configDropins

# ---------------------------------------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}

# The server (Open Liberty, minified, with server.xml, jvm.options, the WAR and the JDBC drivers) belongs
# to root and cannot be changed by the process. The process runs as uid 1001, group 0 (as in Open Liberty's
# own images): it may create its logs, work area and transaction log in the server's folder and owns
# /app/data. These folders are group-writable too, so that "docker run --user <uid>" (any uid, group 0)
# works as well, e.g. to have the files in a mounted folder belong to its owner on the host.
COPY --from=build /opt/ol /opt/ol
RUN useradd --uid 1001 --gid 0 --home-dir /app --no-create-home --shell /usr/sbin/nologin luxlogger \
    && mkdir -p /app/data \
    && chown 1001:0 /app /app/data /opt/ol/wlp/usr/servers /opt/ol/wlp/usr/servers/defaultServer \
    && chmod 775 /app /app/data /opt/ol/wlp/usr/servers /opt/ol/wlp/usr/servers/defaultServer

# WLP_SKIP_BOOTSTRAP_AGENT: Liberty's server script then leaves out its -javaagent (ws-javaagent.jar), which only
# serves features this server does not use (request timing, monitoring, trace injection); the start is about 1 s
# faster and resident memory about 7 MiB lower (README "Benchmarks"). Read by the script itself, so it cannot
# go into server.env.
ENV CACHE_PATH=/app/data/luxlogger.db \
    OUTPUT_DIRS="daily=/app/data/daily,weekly=/app/data/weekly" \
    MALLOC_ARENA_MAX=2 \
    WLP_SKIP_BOOTSTRAP_AGENT=true

USER 1001:0
WORKDIR /app
VOLUME /app/data
EXPOSE 9080 9443

# Liveness over bash's /dev/tcp: needs no curl or wget (a JRE image may have neither) and starts no JVM.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${HTTP_PORT:-9080} && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r -t 8 status <&3 && [[ $status == HTTP/1.?' 200 '* ]]"]

# The start, in three steps:
# - JAVA_HOME from the java on the PATH when the base image does not set it (Debian's JRE packages do not):
#   Liberty's server script only accepts a Java home it finds itself when it has an include/ folder, which
#   a JRE lacks; without JAVA_HOME it then leaves out its --add-opens options (lib/platform/java/
#   java9.options) and the application fails to start (Weld: "module java.base does not open java.lang").
# - A data folder the process cannot write to (a bind mount created by root) stops the start with one
#   clear message instead of a database error.
# - exec: the shell is replaced by Liberty's server script, which itself execs the JVM, so Java is PID 1
#   and receives SIGTERM from "docker stop"; Liberty then stops the application, which stores the polls
#   still buffered, and the database closes cleanly. Allow it time: "docker stop -t 60" (compose:
#   stop_grace_period).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/bin/sh", "-c", "\
    if [ -z \"$JAVA_HOME\" ]; then \
        JAVA_HOME=$(dirname \"$(dirname \"$(readlink -f \"$(command -v java)\")\")\"); export JAVA_HOME; \
    fi; \
    data=$(dirname \"${CACHE_PATH:-/app/data/luxlogger.db}\"); \
    if mkdir -p \"$data\" 2>/dev/null && [ -w \"$data\" ]; then \
        exec /opt/ol/wlp/bin/server run defaultServer; \
    fi; \
    echo \"lux-logger: the data folder $data is not writable by uid $(id -u). If it is a folder mounted from the host (-v ./data:/app/data), make it writable there (mkdir -p data && sudo chown 1001 data) or run the container as the folder's owner (docker run --user <uid of the folder> ...).\" >&2; \
    exit 1"]
