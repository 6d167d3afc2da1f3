# Sourced by bench/run and bench/soak: the build they need, the class path, the machine line.
# Not a command of its own.

BENCH_OUT=target/bench
BENCH_SERVER=target/liberty/wlp/usr/servers/defaultServer
BENCH_STAMP=$BENCH_OUT/.built

# Builds only what is missing or older than the sources: `package` (classes, test classes, the WAR) when a
# source or the pom changed since the last build of the benchmarks; the Liberty server layout that the
# benchmarks copy (liberty:create liberty:deploy, far cheaper than `verify`) when it is missing or its
# configuration changed. The class path of the test scope is written in the same Maven run.
bench_build() {
    mkdir -p "$BENCH_OUT"
    local goals=()
    if [ ! -f "$BENCH_STAMP" ] || [ ! -d target/classes ] || [ ! -f target/test-classes/bench/Figure.class ] \
        || [ ! -f "$BENCH_OUT/classpath.txt" ] \
        || [ -n "$(find src pom.xml -newer "$BENCH_STAMP" -print -quit)" ]; then
        goals+=(package)
    fi
    if [ ! -f "$BENCH_SERVER/server.xml" ] || [ ! -f "$BENCH_SERVER/apps/lux-logger.war.xml" ] \
        || [ ! -f "$BENCH_SERVER/lib/jdbc/sqlite-jdbc.jar" ] \
        || [ -n "$(find src/main/liberty pom.xml -newer "$BENCH_SERVER/server.xml" -print -quit)" ]; then
        [ ${#goals[@]} -eq 0 ] && goals+=(package)
        goals+=(liberty:create liberty:deploy)
    fi
    if [ ${#goals[@]} -gt 0 ]; then
        echo "bench: building (mvn ${goals[*]}) ..." >&2
        mvn -B -q -DskipTests "${goals[@]}" dependency:build-classpath \
            -Dmdep.outputFile="$BENCH_OUT/classpath.txt" -Dmdep.includeScope=test >&2
        touch "$BENCH_STAMP"
    fi
    BENCH_CP="target/test-classes:target/classes:$(cat "$BENCH_OUT/classpath.txt")"
    # the liberty-maven-plugin's layout, copied by it.LibertyProcess for each benchmark server
    BENCH_JAVA=(java -Dit.liberty.dir=target/liberty/wlp -Dit.server.name=defaultServer -cp "$BENCH_CP")
}

# One line naming the machine the figures come from.
bench_machine() {
    local cpu ram jdk
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
    ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    jdk=$(java -version 2>&1 | head -1)
    echo "machine: $(nproc) cores ($cpu), $ram RAM, $jdk, $(uname -sr), $(date -u '+%Y-%m-%d %H:%M UTC')"
}
