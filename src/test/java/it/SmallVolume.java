package it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system (tmpfs) mounted for one test, so that a full disk is the kernel's own "No space
 * left on device" and fill levels are what {@code df} says. Mounting needs root; without it the test is
 * skipped. Unmounted by {@link #close()}.
 */
public final class SmallVolume implements AutoCloseable {

    private final Path dir;

    private SmallVolume(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (as mount takes it, e.g. {@code 1m}) on {@code dir}, created if need be. */
    public static SmallVolume mount(Path dir, String size) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString());
        Assumptions.assumeTrue(exit == 0, "mounting a tmpfs needs root");
        return new SmallVolume(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes a file of that many bytes. */
    public Path write(String name, int bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[bytes]);
    }

    /** Fills what is left of the volume with one file, as something else than the logger would. */
    public Path fill(String name) throws IOException {
        Path file = dir.resolve(name);
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        return file;
    }

    @Override
    public void close() {
        if (run("umount", dir.toString()) != 0) {
            // a file still open (e.g. by a server that is stopping): detach now, freed when closed
            run("umount", "-l", dir.toString());
        }
    }

    private static int run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
