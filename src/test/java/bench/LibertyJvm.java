package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The JVM of a server started by {@code it.LibertyProcess}, found among this process's descendants by the
 * server name on its command line (Liberty's {@code server run} script execs it), and what {@code /proc}
 * says about it. Linux only.
 */
record LibertyJvm(long pid) {

    /** Waits up to 30 s for the server's JVM to appear. */
    static LibertyJvm of(String serverName) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = ProcessHandle.current()
                    .descendants()
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .filter(p -> p.info()
                            .arguments()
                            .map(a -> Arrays.asList(a).contains(serverName))
                            .orElse(false))
                    .findFirst();
            if (found.isPresent()) {
                return new LibertyJvm(found.get().pid());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no JVM of server " + serverName + " among this process's descendants");
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A full collection now ({@code jcmd <pid> GC.run}), so that the used heap that follows is the live data. */
    void collect() throws IOException, InterruptedException {
        var jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + pid + " GC.run failed: " + output.strip());
        }
    }

    /** Resident memory now ({@code VmRSS}). */
    long rssBytes() {
        return status("VmRSS:") * 1024;
    }

    /** The most resident memory so far ({@code VmHWM}). */
    long peakRssBytes() {
        return status("VmHWM:") * 1024;
    }

    /** Operating-system threads of the process, the JVM's own included. */
    long threads() {
        return status("Threads:");
    }

    /** Open file descriptors: files, sockets, pipes. */
    /** CPU time the process used so far, user and system, in seconds ({@code /proc/<pid>/stat}, 100 ticks a second). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    long openFiles() {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.count();
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number field of {@code /proc/<pid>/status}, -1 when the process is gone. */
    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).strip().split("\\s+")[0]);
                }
            }
            return -1;
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
