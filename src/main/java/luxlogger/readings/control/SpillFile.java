package luxlogger.readings.control;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import luxlogger.readings.entity.ControllerPoll;

/**
 * Snapshots that could not be stored in the database yet, in an append-only file that is forced to disk
 * after every append, so that a crash while the database is down loses no poll.
 *
 * <p>Each snapshot is a {@link SpillRecord} holding its {@link SnapshotCodec} keyframe (about 800 bytes). A
 * crash can leave the last record torn: opening the file cuts off everything after the last complete record
 * (logged once). A damaged record in the middle is skipped by searching for the next intact one, so it never
 * costs the records after it.
 *
 * <p>Replayed a batch at a time ({@link #next}, then {@link #stored} once the database has it), from a position
 * kept on disk ({@link SpillPosition}); emptied once all are stored. A crash between a commit and {@link #stored}
 * replays that batch again, so the store skips polls it has (their time is the key). For one process (the file
 * is locked) and one writing thread at a time.
 */
public final class SpillFile implements Closeable {

    private static final Logger LOG = System.getLogger(SpillFile.class.getName());

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final SpillPosition replayed;
    private final SpillRecords records;
    /** The end of the last complete record. */
    private long size;
    /** Records before this byte are stored in the database. */
    private long position;
    /** Complete records from the position on. */
    private int count;

    /**
     * Snapshots read by {@link #next}, oldest first.
     *
     * @param records complete records read, undecodable ones included
     * @param end where the replay goes on once these are stored
     */
    public record Batch(List<ControllerPoll> snapshots, int records, long end) {}

    /** Opens or creates the file, finds its replay position and cuts off a torn last record. */
    public SpillFile(Path path) throws IOException {
        this.path = path;
        this.replayed = new SpillPosition(Path.of(path + ".replayed"));
        this.channel = FileChannel.open(path, CREATE, READ, WRITE);
        this.records = new SpillRecords(path, channel);
        try {
            this.lock = lock(channel);
            if (lock == null) {
                throw new IOException("spill file " + path + " is in use by another writer");
            }
            long length = channel.size();
            position = replayed.read(length);
            SpillRecord.Walk found = records.scan(position, length);
            size = found.end();
            count = found.records();
            if (size < length) {
                LOG.log(
                        Level.WARNING,
                        "Spill file {0}: cut off {1} bytes of a torn record at byte {2}",
                        path,
                        length - size,
                        size);
                channel.truncate(size);
                channel.force(true);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            replayed.close();
            throw e;
        }
    }

    /** Adds a snapshot; when this returns, it is on disk. */
    public void append(ControllerPoll snapshot) throws IOException {
        append(List.of(snapshot));
    }

    /** Adds snapshots, forced to disk once for all of them; when this returns, they are on disk. */
    public synchronized void append(List<ControllerPoll> snapshots) throws IOException {
        long at = size;
        try {
            for (ControllerPoll snapshot : snapshots) {
                ByteBuffer record = records.frame(snapshot);
                while (record.hasRemaining()) {
                    at += channel.write(record, at);
                }
            }
            channel.force(true);
        } catch (IOException e) {
            // e.g. a full disk: take back the partial records so that later appends follow a complete one
            try {
                channel.truncate(size);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        size = at;
        count += snapshots.size();
    }

    /**
     * Up to {@code max} snapshots from the replay position on, oldest first; damaged and undecodable records
     * are passed over. Reads only as far as it needs.
     */
    public synchronized Batch next(int max) throws IOException {
        List<ControllerPoll> snapshots = new ArrayList<>(Math.min(max, count));
        SpillRecord.Walk read = records.read(position, size, snapshots::add, () -> snapshots.size() < max);
        return new Batch(snapshots, read.records(), read.end());
    }

    /** Moves the replay position past a batch the database has; empties the file once all are stored. */
    public synchronized void stored(Batch batch) throws IOException {
        if (batch.end() >= size) {
            clear();
            return;
        }
        position = batch.end();
        count -= batch.records();
        replayed.write(position);
    }

    /** Hands every complete record of the file to the action, oldest first; damaged ones are skipped. */
    public synchronized void forEach(Consumer<? super ControllerPoll> action) throws IOException {
        records.read(0, size, action, () -> true);
    }

    /** Empties the file, after its records were stored. */
    public synchronized void clear() throws IOException {
        if (position > 0) {
            // first: a crash before the truncation then replays the stored records again, which the store skips,
            // rather than taking records appended after it for stored
            replayed.write(0);
        }
        channel.truncate(0);
        channel.force(true);
        size = 0;
        position = 0;
        count = 0;
    }

    /** Bytes of complete records in the file, stored ones included until it is emptied. */
    public synchronized long size() {
        return size;
    }

    /** Complete records not stored yet. */
    public synchronized int count() {
        return count;
    }

    public Path path() {
        return path;
    }

    /** Releases the file to the next writer, e.g. the application started again in the same server. */
    @Override
    public synchronized void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try (replayed;
                channel) {
            lock.release();
        }
    }

    /** Null when another process holds the file; also when another SpillFile of this process does. */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}
