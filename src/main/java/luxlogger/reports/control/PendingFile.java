package luxlogger.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in its target folder and renamed to the final name only when
 * complete, so readers and a crash never see a partial file under the final name. The temporary name starts
 * with a dot and ends with {@code .tmp}, so it never looks like a report.
 */
public final class PendingFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PendingFile.class.getName());

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private boolean open = true;

    public PendingFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        this.temporary = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        // not Files.createTempFile: its owner-only permissions would carry over to the report
        this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The stream to write to; buffer it, the channel writes every call through. */
    public OutputStream stream() {
        return Channels.newOutputStream(channel);
    }

    Path target() {
        return target;
    }

    /**
     * Makes the written bytes durable and gives the file its final name, replacing an older file of that
     * name; flush buffers first. Afterwards the file can no longer be written.
     *
     * @return the size of the file
     */
    public long commit() throws IOException {
        if (!open) {
            throw new IllegalStateException(target + " is already closed");
        }
        // without this a power cut after the rename could leave the final name with missing blocks
        channel.force(false);
        long bytes = channel.size();
        channel.close();
        // on Linux a rename replaces an older file of the name; if it fails, close() removes the temporary file
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        open = false;
        // the new name is an entry of the folder: without this a power cut can take the rename back
        try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        }
        return bytes;
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            channel.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the unfinished {0}: {1}", temporary, e.toString());
        }
    }
}
