package luxlogger.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file sent to the server, written to a file of its own as it arrives, so that memory stays flat however large it
 * is, and refused once it is larger than the space it may take.
 */
public final class Upload {

    private static final int BUFFER = 1 << 16;

    private Upload() {}

    /** The upload is larger than the space it may take; nothing of it is kept. */
    public static final class TooLarge extends Exception {

        TooLarge(long limit) {
            super("the file is larger than the " + limit + " bytes of free space it may take");
        }
    }

    /**
     * Writes the body to a new file in the folder.
     *
     * @param limit the most bytes the file may take
     * @return the file, which the caller deletes
     * @throws TooLarge when the body is longer than {@code limit}; the file is deleted then
     * @throws Incomplete when the body broke off; the file is deleted then
     * @throws IOException when the file cannot be written (e.g. the disk is full); the file is deleted then
     */
    public static Path receive(InputStream body, Path folder, long limit) throws IOException, TooLarge {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "import-", ".db");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            for (int n = read(body, buffer); n >= 0; n = read(body, buffer)) {
                written += n;
                if (written > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** The body broke off before its end, e.g. the client went away: the file is incomplete. */
    public static final class Incomplete extends IOException {

        Incomplete(IOException cause) {
            super("the file was not received completely: " + cause.getMessage(), cause);
        }
    }

    private static int read(InputStream body, byte[] buffer) throws Incomplete {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new Incomplete(e);
        }
    }

    /**
     * The bytes a file in the folder may take: what its volume has free until it is {@code maxPercent} full, the
     * logger's own limit ({@code DISK_MAX_PERCENT}), so that the polls the file brings and the logger's own still fit.
     *
     * @param maxPercent how full the volume may become, from 1 to 100
     */
    public static long limit(Path folder, int maxPercent) throws IOException {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        var store = Files.getFileStore(existing == null ? folder : existing);
        long keep = store.getTotalSpace() / 100 * (100 - maxPercent);
        return Math.max(0, store.getUsableSpace() - keep);
    }
}
