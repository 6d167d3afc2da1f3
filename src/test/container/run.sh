#!/usr/bin/env bash
# Container test: builds the image from the Dockerfile and runs it the way the README says, with podman.
#
#     bash src/test/container/run.sh        (as root, after "mvn -B verify" or "mvn -B package")
#
# 1. Local base images from Debian packages (debootstrap), since no image registry is reachable here:
#    a build image (JDK 17 + Maven) and a runtime image (JRE 17). Cached: built once per machine.
# 2. The image from the Dockerfile with those base images as build arguments; the host's ~/.m2 is mounted
#    into the build so Maven does not download again.
# 3. A data folder owned by root: the container must refuse to start with a message naming the folder.
#    Without HOST, the container invents nothing: readiness says "HOST is not set", the log says it once,
#    nothing is polled.
# 4. The simulator ("simulate" of target/lux-logger-cli.jar) on 127.0.0.1, an env file made from
#    .env.sample pointing to it, the container with --env-file and a mounted data folder; readiness,
#    healthcheck, POST /api/reports (refused without X-Requested-By), the daily and weekly CSVs in the
#    mounted folder.
# 5. "podman stop" (SIGTERM): a clean exit with the last poll stored; a new container on the same folder
#    keeps every earlier poll and adds new ones.
#
# The simulator, the container (--network host) and every request of the test are on 127.0.0.1 only; the
# network beyond is used just to build: debootstrap (Debian mirror, once) and Maven in the image build
# (Maven Central, for what ~/.m2 lacks). Every wait is time-bound.
# Exits 0 with a loud SKIPPED message when podman cannot be used on this machine, non-zero on a failure.
# Environment: LUX_IMAGE (image tag, default localhost/lux-logger:test), KEEP_WORK=1 (keep the temp folder),
# DEBIAN_MIRROR (for debootstrap), MVN_LOCK (default /tmp/mvn.lock: serialises builds with Maven builds).
set -euo pipefail

cd "$(dirname "$0")/../../.."
ROOT=$PWD

IMAGE=${LUX_IMAGE:-localhost/lux-logger:test}
BUILD_BASE=localhost/lux-logger-test/build-base:bookworm-jdk17
RUNTIME_BASE=localhost/lux-logger-test/runtime-base:bookworm-jre17
SUITE=bookworm
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
MVN_LOCK=${MVN_LOCK:-/tmp/mvn.lock}
CLI_JAR=$ROOT/target/lux-logger-cli.jar
INTERVAL=2

log() { printf '[container-test %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() {
    printf '\n[container-test] FAILED: %s\n\n' "$*" >&2
    exit 1
}
skip() {
    cat >&2 <<EOF

##########################################################################################
##  CONTAINER TEST SKIPPED: $*
##  The image was NOT built or tested on this machine.
##########################################################################################

EOF
    exit 0
}
now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# ---------------------------------------------------------------------------------------------------------
# Tools
[ "$(id -u)" -eq 0 ] || skip "needs root (podman with vfs storage and runc, as in /work/shared/CONTAINERS.md)"
command -v java >/dev/null && command -v keytool >/dev/null || fail "java and keytool (a JDK 17) are needed on this machine"
[ -f "$CLI_JAR" ] || fail "$CLI_JAR is missing: run 'mvn -B package' (or verify) first"

need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
command -v buildah >/dev/null || need+=(buildah)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v curl >/dev/null || need+=(curl)
command -v setpriv >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    if ! command -v apt-get >/dev/null \
            || ! timeout 900 apt-get update -qq \
            || ! DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq "${need[@]}" >/dev/null; then
        command -v podman >/dev/null || skip "podman could not be installed (apt-get install ${need[*]} failed)"
        fail "could not install ${need[*]}"
    fi
fi
command -v podman >/dev/null || skip "podman is not available"

WORK=$(mktemp -d /tmp/lux-container-test.XXXXXX)
chmod 755 "$WORK"    # uid 1001 (the container's user, and sqlite3 below) must reach the data folder
printf '[containers]\ndefault_ulimits = []\n' > "$WORK/containers.conf"
export CONTAINERS_CONF=$WORK/containers.conf
PODMAN=(podman --storage-driver vfs --runtime runc --cgroup-manager cgroupfs)

CONTAINERS=()
SIM_PID=
cleanup() {
    local rc=$?
    set +e
    for c in "${CONTAINERS[@]}"; do
        "${PODMAN[@]}" rm -f -t 5 "$c" >/dev/null 2>&1
    done
    if [ -n "$SIM_PID" ] && kill -0 "$SIM_PID" 2>/dev/null; then
        kill "$SIM_PID"
        wait "$SIM_PID" 2>/dev/null
    fi
    if [ "$rc" -ne 0 ] || [ "${KEEP_WORK:-0}" = 1 ]; then
        log "kept $WORK (logs, env file, data)"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

"${PODMAN[@]}" info >/dev/null 2>"$WORK/podman-info.err" \
    || skip "podman does not work here: $(tail -1 "$WORK/podman-info.err")"

# ---------------------------------------------------------------------------------------------------------
# 1. Local base images
base_image() { # name, debootstrap packages, "host-ca" to trust this machine's own certificate authorities
    local name=$1 packages=$2 ca=${3:-}
    if "${PODMAN[@]}" image exists "$name"; then
        log "base image $name: cached"
        return
    fi
    log "base image $name: debootstrap $SUITE with $packages"
    local rootfs=$WORK/rootfs t0
    t0=$(now_ms)
    rm -rf "$rootfs"
    timeout 1200 debootstrap --variant=minbase --include="$packages" "$SUITE" "$rootfs" "$DEBIAN_MIRROR" \
        > "$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log" >&2; fail "debootstrap of $name failed (log above)"; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/tmp/*
    # This machine's own certificate authorities (an egress proxy's, say), so that Maven in the build
    # stage reaches Maven Central as it does on the host.
    # (keytool of the host: the image's own java does not run in a chroot without /proc.)
    if [ "$ca" = host-ca ]; then
        local crt
        for crt in /usr/local/share/ca-certificates/*.crt; do
            [ -f "$crt" ] || continue
            keytool -importcert -noprompt -keystore "$rootfs/etc/ssl/certs/java/cacerts" -storepass changeit \
                -alias "host-$(basename "$crt" .crt)" -file "$crt" > "$WORK/keytool.log" 2>&1 \
                || { cat "$WORK/keytool.log" >&2; fail "cannot add $crt to the Java trust store of $name"; }
            log "base image $name: trusts $crt of this machine"
        done
    fi
    # The contract of the official images: Java on the PATH, a UTF-8 locale, a shell as the default command.
    tar -C "$rootfs" -c . | timeout 600 "${PODMAN[@]}" import -q \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change 'CMD ["/bin/bash"]' - "$name" >/dev/null \
        || fail "podman import of $name failed"
    rm -rf "$rootfs"
    log "base image $name: built in $(seconds_since "$t0") s"
}
base_image "$BUILD_BASE" openjdk-17-jdk-headless,maven host-ca
base_image "$RUNTIME_BASE" openjdk-17-jre-headless

# ---------------------------------------------------------------------------------------------------------
# 2. The image
mkdir -p "$HOME/.m2"
# --format docker: the OCI format has no HEALTHCHECK. --layers=false: no intermediate images (with vfs
# storage each is a full copy; a test run on a fresh machine gains nothing from them).
BUILD_CMD=("${PODMAN[@]}" build --network host --format docker --layers=false -v "$HOME/.m2:/root/.m2"
    --build-arg "BUILD_IMAGE=$BUILD_BASE" --build-arg "RUNTIME_IMAGE=$RUNTIME_BASE" -t "$IMAGE" "$ROOT")
previous_image=$("${PODMAN[@]}" image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
log "building: ${BUILD_CMD[*]}"
t_lock=$(now_ms)
exec 9>>"$MVN_LOCK"
flock -w 3600 9 || fail "waited an hour for $MVN_LOCK"
t_build=$(now_ms)
log "build lock held after $(seconds_since "$t_lock") s"
# A copy of the command-line jar, taken while no Maven build (holding the same lock) can rewrite it.
cp "$CLI_JAR" "$WORK/lux-logger-cli.jar"
if ! timeout 3600 "${BUILD_CMD[@]}" > "$WORK/build.log" 2>&1; then
    exec 9>&-
    tail -40 "$WORK/build.log" >&2
    fail "image build failed (log above)"
fi
exec 9>&-    # release the lock; no container started below may inherit it
BUILD_SECONDS=$(seconds_since "$t_build")
if [ -n "$previous_image" ] && [ "$previous_image" != "$("${PODMAN[@]}" image inspect --format '{{.Id}}' "$IMAGE")" ]; then
    "${PODMAN[@]}" rmi "$previous_image" > /dev/null 2>&1 || true    # the image of the previous run, untagged now
fi
image_size=$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE")
base_size=$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$RUNTIME_BASE")
IMAGE_MB=$((image_size / 1000000))
APP_MB=$(((image_size - base_size) / 1000000))
log "built $IMAGE in $BUILD_SECONDS s: $IMAGE_MB MB ($APP_MB MB on top of the $((base_size / 1000000)) MB runtime base)"

"${PODMAN[@]}" image inspect --format '{{.Config.User}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}}' \
    "$IMAGE" > "$WORK/image-config.txt"
grep -q '^1001' "$WORK/image-config.txt" || fail "the image does not run as uid 1001: $(cat "$WORK/image-config.txt")"
grep -q '9080/tcp' "$WORK/image-config.txt" || fail "the image does not expose 9080"
grep -q '/app/data' "$WORK/image-config.txt" || fail "the image has no volume /app/data"
"${PODMAN[@]}" image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" | grep -q '/health/live' \
    || fail "the image has no HEALTHCHECK on /health/live"
if "${PODMAN[@]}" run --rm --network host --entrypoint /bin/sh "$IMAGE" -c \
        'command -v mvn || command -v javac || command -v gcc' > "$WORK/tools.txt" 2>&1; then
    fail "build tools in the runtime image: $(cat "$WORK/tools.txt")"
fi

# ---------------------------------------------------------------------------------------------------------
# Helpers for the running containers
free_port() { # a port nobody listens on at 127.0.0.1, not in $1
    local p
    for _ in $(seq 200); do
        p=$(shuf -i 20000-59999 -n 1)
        [[ " ${1:-} " == *" $p "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    fail "no free port found"
}
state() { "${PODMAN[@]}" inspect --format '{{.State.Status}}' "$1" 2>/dev/null || echo gone; }
show_logs() { echo "--- last log lines of $1 ---" >&2; "${PODMAN[@]}" logs --tail 40 "$1" >&2 2>&1 || true; }
# Waits (at most $2 seconds) until /health/ready answers 200; fails early when the container stops.
wait_ready() { # name, limit in seconds, start time (ms) of "podman run"
    local name=$1 limit=$2 t0=$3
    while :; do
        if curl -sf --max-time 3 -o /dev/null "http://127.0.0.1:$HTTP_PORT/health/ready"; then
            READY_SECONDS=$(seconds_since "$t0")
            return 0
        fi
        [ "$(state "$name")" = running ] || { show_logs "$name"; fail "container $name stopped before it was ready"; }
        if [ $(( $(now_ms) - t0 )) -gt $((limit * 1000)) ]; then
            curl -s --max-time 3 "http://127.0.0.1:$HTTP_PORT/health/ready" >&2 || true
            show_logs "$name"
            fail "container $name not ready within $limit s"
        fi
        sleep 1
    done
}
# sqlite3 on the mounted database as uid 1001, so that files SQLite creates (-wal, -shm) belong to the
# container's user as well.
db() { timeout 30 setpriv --reuid=1001 --regid=0 --clear-groups sqlite3 -cmd '.timeout 10000' "$DATA/luxlogger.db" "$@"; }
poll_count() { [ -f "$DATA/luxlogger.db" ] || { echo 0; return; }; db 'SELECT count(*) FROM poll;'; }
# Without systemd, podman cannot schedule the image's HEALTHCHECK (it says so on stderr, kept in
# $WORK/podman-run.log); the test runs the check itself with "podman healthcheck run".
run_container() { # name; starts it detached
    "${PODMAN[@]}" run -d --name "$1" --network host --env-file "$ENV_FILE" -v "$DATA:/app/data" "$IMAGE" \
        > /dev/null 2>>"$WORK/podman-run.log" || { cat "$WORK/podman-run.log" >&2; fail "podman run $1 failed"; }
    CONTAINERS+=("$1")
}

# The simulator (the command line's "simulate") on 127.0.0.1, on a port it picks itself and prints.
java -jar "$WORK/lux-logger-cli.jar" simulate --port 0 --profile current --speed 60 > "$WORK/simulator.log" 2>&1 &
SIM_PID=$!
SIM_PORT=
for i in $(seq 60); do
    SIM_PORT=$(sed -n 's/^Simulator listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/simulator.log")
    [ -n "$SIM_PORT" ] && break
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$WORK/simulator.log" >&2; fail "the simulator did not start"; }
    [ "$i" -lt 60 ] || { cat "$WORK/simulator.log" >&2; fail "the simulator did not report its port within 30 s"; }
    sleep 0.5
done
(exec 3<>"/dev/tcp/127.0.0.1/$SIM_PORT") 2>/dev/null || fail "the simulator does not accept connections on 127.0.0.1:$SIM_PORT"
log "simulator on 127.0.0.1:$SIM_PORT: $(head -1 "$WORK/simulator.log")"

HTTP_PORT=$(free_port "$SIM_PORT")
ENV_FILE=$WORK/env
# The README's way: .env from .env.sample, here pointing to the simulator.
grep -v -E '^(HOST|PORT|INTERVAL_SEC|HTTP_PORT)=' "$ROOT/.env.sample" > "$ENV_FILE"
cat >> "$ENV_FILE" <<EOF
HOST=127.0.0.1
PORT=$SIM_PORT
INTERVAL_SEC=$INTERVAL
HTTP_PORT=$HTTP_PORT
EOF
NAME=lux-container-test-$$

# ---------------------------------------------------------------------------------------------------------
# 3. A data folder the container's user cannot write to
mkdir -p "$WORK/data-root"
chmod 755 "$WORK/data-root"
rc=0
timeout 120 "${PODMAN[@]}" run --rm --name "$NAME-denied" --network host --env-file "$ENV_FILE" \
    -v "$WORK/data-root:/app/data" "$IMAGE" > "$WORK/denied.log" 2>&1 || rc=$?
[ "$rc" -ne 0 ] || fail "the container started with a data folder it cannot write to"
grep -q 'data folder /app/data is not writable by uid 1001' "$WORK/denied.log" \
    || { cat "$WORK/denied.log" >&2; fail "no clear message for a data folder that is not writable (rc $rc)"; }
log "read-only data folder: refused with exit $rc: $(grep '^lux-logger:' "$WORK/denied.log")"

# Without HOST: nothing invented, no poll; readiness and one log line say why.
NOHOST_DATA=$WORK/data-nohost
mkdir -p "$NOHOST_DATA"
chown 1001 "$NOHOST_DATA"
grep -v -E '^HOST=' "$ENV_FILE" > "$WORK/env-nohost"
"${PODMAN[@]}" run -d --name "$NAME-nohost" --network host --env-file "$WORK/env-nohost" -v "$NOHOST_DATA:/app/data" \
    "$IMAGE" > /dev/null 2>>"$WORK/podman-run.log" || { cat "$WORK/podman-run.log" >&2; fail "podman run $NAME-nohost failed"; }
CONTAINERS+=("$NAME-nohost")
deadline=$(( $(date +%s) + 300 ))
until curl -s --max-time 5 "http://127.0.0.1:$HTTP_PORT/health/ready" 2>/dev/null | grep -q 'HOST is not set'; do
    [ "$(date +%s)" -lt "$deadline" ] || { show_logs "$NAME-nohost"; fail "without HOST, readiness never said 'HOST is not set'"; }
    sleep 1
done
"${PODMAN[@]}" logs "$NAME-nohost" > "$WORK/nohost.log" 2>&1
[ "$(grep -c 'Invalid configuration: HOST is not set' "$WORK/nohost.log")" -eq 1 ] \
    || { cat "$WORK/nohost.log" >&2; fail "without HOST, 'HOST is not set' is not logged exactly once"; }
! grep -q 'SIMULATED' "$WORK/nohost.log" || fail "without HOST, the container reads the built-in simulator"
[ ! -e "$NOHOST_DATA/luxlogger.db.spill" ] || fail "without HOST, the container polled"
timeout 90 "${PODMAN[@]}" stop -t 60 "$NAME-nohost" > /dev/null 2>>"$WORK/podman-run.log" || fail "podman stop of $NAME-nohost failed"
log "no HOST: readiness DOWN with 'HOST is not set', logged once, nothing polled"

# ---------------------------------------------------------------------------------------------------------
# 4. Container, reports
DATA=$WORK/data
mkdir -p "$DATA"
chown 1001 "$DATA"

RUN_CMD="podman run -d --name $NAME --network host --env-file $ENV_FILE -v $DATA:/app/data $IMAGE"
log "starting: $RUN_CMD (HTTP port $HTTP_PORT)"
t0=$(now_ms)
run_container "$NAME"
wait_ready "$NAME" 300 "$t0"
READY_1=$READY_SECONDS
log "ready after $READY_1 s"

# The image's HEALTHCHECK command, run once by podman.
"${PODMAN[@]}" healthcheck run "$NAME" > "$WORK/health.txt" 2>&1 \
    || { cat "$WORK/health.txt" >&2; fail "the HEALTHCHECK failed on a ready container"; }
log "HEALTHCHECK (podman healthcheck run): healthy $(cat "$WORK/health.txt")"

# A few polls, then the reports.
deadline=$(( $(date +%s) + 90 ))
while [ "$(poll_count 2>/dev/null || echo 0)" -lt 3 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { show_logs "$NAME"; fail "fewer than 3 polls stored after 90 s"; }
    sleep 1
done
# A change needs X-Requested-By (no token is set here), so that no web page on another site can make it.
refused=$(curl -s --max-time 10 -o "$WORK/refused.json" -w '%{http_code}' -X POST "http://127.0.0.1:$HTTP_PORT/api/reports")
[ "$refused" = 403 ] || fail "POST /api/reports without X-Requested-By answered $refused, expected 403: $(cat "$WORK/refused.json")"
curl -sf --max-time 120 -X POST -H 'X-Requested-By: lux-logger' "http://127.0.0.1:$HTTP_PORT/api/reports" > "$WORK/reports.json" \
    || { show_logs "$NAME"; fail "POST /api/reports failed"; }
log "POST /api/reports: $(cut -c1-300 "$WORK/reports.json")"

check_csv() { # kind
    local kind=$1 name file header columns rows
    # the report the POST wrote, named by its moment; the folder may also hold the scheduled one a catch-up wrote
    name=$(grep -o "\"name\":\"[0-9T-]*_${kind}\.csv\"" "$WORK/reports.json" | head -1 | cut -d'"' -f4)
    [[ $name =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{4}_${kind}\.csv$ ]] || fail "no on-demand $kind report in the answer: $name"
    file="$DATA/$kind/$name"
    [ -f "$file" ] || fail "$name not in the mounted folder $DATA/$kind: $(ls -R "$DATA")"
    header=$(head -1 "$file" | tr -d '\r')
    [[ $header == timestamp,unix_time* ]] || fail "$kind CSV header does not start with timestamp,unix_time: ${header:0:80}"
    columns=$(awk -F, '{ print NF; exit }' <<<"$header")
    [ "$columns" -gt 1800 ] || fail "$kind CSV has only $columns columns"
    rows=$(( $(wc -l < "$file") - 1 ))
    [ "$rows" -ge 1 ] || fail "$kind CSV has no rows"
    grep -q "\"name\":\"$(basename "$file")\"" "$WORK/reports.json" || fail "$(basename "$file") not in the answer"
    log "$kind: $(basename "$file"), $columns columns, $rows rows, $(stat -c '%s bytes, owner uid %u' "$file")"
}
check_csv daily
check_csv weekly

# ---------------------------------------------------------------------------------------------------------
# 5. SIGTERM, durability across containers
latest=$(curl -sf --max-time 10 "http://127.0.0.1:$HTTP_PORT/api/readings/latest" \
    | grep -o '"time":"[^"]*"' | head -1 | cut -d'"' -f4) || fail "GET /api/readings/latest failed"
latest_ms=$(date -d "$latest" +%s%3N)
t0=$(now_ms)
timeout 90 "${PODMAN[@]}" stop -t 60 "$NAME" > /dev/null 2>>"$WORK/podman-run.log" || fail "podman stop failed"
STOP_SECONDS=$(seconds_since "$t0")
exit_code=$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$NAME")
"${PODMAN[@]}" logs "$NAME" > "$WORK/container-1.log" 2>&1
# The JVM ends with 143 (128 + SIGTERM) after its shutdown hooks ran; 137 would mean it was killed.
[ "$exit_code" = 0 ] || [ "$exit_code" = 143 ] || { tail -30 "$WORK/container-1.log" >&2; fail "exit code $exit_code after SIGTERM"; }
grep -q 'CWWKE0036I' "$WORK/container-1.log" \
    || { tail -30 "$WORK/container-1.log" >&2; fail "no 'server stopped' (CWWKE0036I) in the log after SIGTERM"; }
! grep -q 'polls in the spill file' "$WORK/container-1.log" || fail "polls left in the spill file at the stop"
! grep -E -q '^\[(ERROR|FATAL)' "$WORK/container-1.log" \
    || { grep -E '^\[(ERROR|FATAL)' "$WORK/container-1.log" | head -5 >&2; fail "errors in the server log"; }
log "stopped in $STOP_SECONDS s, exit code $exit_code, server stopped cleanly"

COUNT_1=$(poll_count) || fail "cannot read the database $DATA/luxlogger.db"
db 'SELECT time FROM poll ORDER BY time;' > "$WORK/polls-1.txt"
last_ms=$(tail -1 "$WORK/polls-1.txt")
[ "$last_ms" -ge "$latest_ms" ] || fail "the last poll before the stop ($latest) is not in the database (last stored: $last_ms)"
log "polls in the database after the stop: $COUNT_1 (the last one served before SIGTERM, $latest, is stored)"

NAME2=$NAME-2
t0=$(now_ms)
run_container "$NAME2"
wait_ready "$NAME2" 300 "$t0"
READY_2=$READY_SECONDS
COUNT_2=$(poll_count)
[ "$COUNT_2" -ge "$COUNT_1" ] || fail "polls lost: $COUNT_1 before, $COUNT_2 after the restart"
db 'SELECT time FROM poll ORDER BY time;' > "$WORK/polls-2.txt"
missing=$(comm -23 "$WORK/polls-1.txt" "$WORK/polls-2.txt" | wc -l)
[ "$missing" -eq 0 ] || fail "$missing earlier polls are missing after the restart"
log "second container ready after $READY_2 s: $COUNT_2 polls, all $COUNT_1 earlier ones present"
deadline=$(( $(date +%s) + 60 ))
while :; do
    COUNT_3=$(poll_count)
    [ "$COUNT_3" -gt "$COUNT_2" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || { show_logs "$NAME2"; fail "no new poll within 60 s of the restart"; }
    sleep 1
done
log "new polls after the restart: $COUNT_3 (was $COUNT_2)"
timeout 90 "${PODMAN[@]}" stop -t 60 "$NAME2" > /dev/null 2>>"$WORK/podman-run.log" || fail "podman stop of the second container failed"

cat <<EOF

[container-test] PASSED
  build:      $BUILD_SECONDS s   (${BUILD_CMD[*]})
  image:      $IMAGE_MB MB   ($APP_MB MB on top of the runtime base $RUNTIME_BASE)
  readiness:  $READY_1 s from podman run to /health/ready 200 (restart on the same data: $READY_2 s)
  stop:       $STOP_SECONDS s from SIGTERM to exit (exit code $exit_code)
  polls:      $COUNT_1 before the stop, $COUNT_2 after the restart, $COUNT_3 a few seconds later
EOF
