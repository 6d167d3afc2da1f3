package luxlogger.readings.control;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * How far a {@link SpillFile} is stored in the database, in a side file beside it, so that a replay that
 * stops halfway (a crash, the database failing again) goes on where it stopped instead of from the start.
 * Twelve bytes: the byte offset (long) and a CRC32 of it, big-endian, overwritten in place and forced to disk.
 * Twelve bytes never straddle a disk sector, and the CRC tells a torn write; an unreadable position replays
 * from the start, which the store survives, since it skips polls it has (their time is the key).
 *
 * <p>Created at the first {@link #write}, so a spill file that is never replayed has none.
 */
final class SpillPosition implements Closeable {

    private static final Logger LOG = System.getLogger(SpillPosition.class.getName());
    private static final int LENGTH = 8 + 4;

    private final Path path;
    private FileChannel channel;

    SpillPosition(Path path) {
        this.path = path;
    }

    /**
     * The stored position in a spill file of this length; 0 when there is none, or it is damaged or past the end
     * (the file was replaced), which is stored at once: else records appended from now on up to the old position
     * would count as stored.
     */
    long read(long length) throws IOException {
        long position = stored();
        if (position > length) {
            LOG.log(Level.WARNING, "Replay position {0} is past the end of its spill file: replaying it all", path);
            write(0);
            return 0;
        }
        return position;
    }

    private long stored() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return 0;
        }
        if (bytes.length == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length != LENGTH || buffer.getInt(8) != crc(buffer.getLong(0))) {
            LOG.log(Level.WARNING, "Replay position {0} is damaged: the spill file is replayed from its start", path);
            return 0;
        }
        return buffer.getLong(0);
    }

    /** Records the position; when this returns, it is on disk. */
    void write(long position) throws IOException {
        if (channel == null) {
            channel = FileChannel.open(path, CREATE, WRITE);
        }
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH)
                .putLong(position)
                .putInt(crc(position))
                .flip();
        for (long at = 0; buffer.hasRemaining(); ) {
            at += channel.write(buffer, at);
        }
        channel.force(true);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    private static int crc(long position) {
        var crc = new CRC32();
        crc.update(ByteBuffer.allocate(8).putLong(position).array());
        return (int) crc.getValue();
    }
}
