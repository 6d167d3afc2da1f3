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
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Snapshots that could not be stored in the database yet, in an append-only file that is forced to disk
 * after every append, so that a crash while the database is down loses no poll.
 *
 * <p>Each snapshot is a {@link SpillRecord} holding its {@link SnapshotCodec} keyframe (about 800 bytes). A
 * crash can leave the last record torn: opening the file cuts off everything after the last complete record
 * (logged once). A damaged record in the middle is skipped by searching for the next intact one, so it never
 * costs the records after it.
 *
 * <p>Replay with {@link #forEach} or {@link #readAll}, store, then {@link #clear}. A crash between storing
 * and clearing replays the same polls again, so the store must ignore polls it already has (their time is
 * the key). For one process (the file is locked) and one writing thread at a time.
 */
public final class SpillFile implements Closeable {

    private static final Logger LOG = System.getLogger(SpillFile.class.getName());

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final SnapshotCodec codec = new SnapshotCodec();
    private long size;
    private int count;

    /** Opens or creates the file and cuts off a torn last record. */
    public SpillFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, CREATE, READ, WRITE);
        try {
            this.lock = lock(channel);
            if (lock == null) {
                throw new IOException("spill file " + path + " is in use by another writer");
            }
            scan(true, null);
            long length = channel.size();
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
            throw e;
        }
    }

    /** Adds a snapshot; when this returns, it is on disk. */
    public synchronized void append(Snapshot snapshot) throws IOException {
        ByteBuffer record = new SpillRecord(snapshot.time(), codec.keyframe(snapshot)).frame();
        try {
            for (long at = size; record.hasRemaining(); ) {
                at += channel.write(record, at);
            }
            channel.force(true);
        } catch (IOException e) {
            // e.g. a full disk: take back the partial record so that later appends follow a complete one
            try {
                channel.truncate(size);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        size += record.limit();
        count++;
    }

    /** Hands every complete record to the action, oldest first; damaged ones are skipped. */
    public synchronized void forEach(Consumer<? super Snapshot> action) throws IOException {
        scan(false, action);
    }

    /** All complete records, oldest first. */
    public List<Snapshot> readAll() throws IOException {
        List<Snapshot> snapshots = new ArrayList<>();
        forEach(snapshots::add);
        return snapshots;
    }

    /** Empties the file, after its records were stored. */
    public synchronized void clear() throws IOException {
        channel.truncate(0);
        channel.force(true);
        size = 0;
        count = 0;
    }

    /** Bytes of complete records in the file. */
    public synchronized long size() {
        return size;
    }

    /** Complete records in the file. */
    public synchronized int count() {
        return count;
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /**
     * One pass over the file: sets size to the end of the last complete record and count to the records,
     * hands them to the action if there is one, and logs damage when asked (on opening, so once).
     */
    private void scan(boolean report, Consumer<? super Snapshot> action) throws IOException {
        long length = channel.size();
        long end = 0;
        int records = 0;
        for (long at = 0; at < length; ) {
            SpillRecord record = SpillRecord.at(channel, at, length);
            if (record == null) {
                long next = SpillRecord.next(channel, at + 1, length);
                if (next < 0) {
                    break;
                }
                if (report) {
                    LOG.log(
                            Level.WARNING,
                            "Spill file {0}: skipped {1} damaged bytes at byte {2}",
                            path,
                            next - at,
                            at);
                }
                at = next;
                continue;
            }
            if (action != null) {
                decode(record, at, action);
            }
            at += record.length();
            end = at;
            records++;
        }
        size = end;
        count = records;
    }

    private void decode(SpillRecord record, long at, Consumer<? super Snapshot> action) {
        try {
            action.accept(codec.fromKeyframe(record.time(), record.payload()).snapshot());
        } catch (CorruptDataException e) {
            // the record's CRC held, so this is a format this version cannot read, not damage
            LOG.log(
                    Level.WARNING,
                    "Spill file {0}: record of {1} at byte {2} cannot be decoded: {3}",
                    path,
                    record.time(),
                    at,
                    e.getMessage());
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
