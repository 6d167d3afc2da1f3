package luxlogger.readings.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import luxlogger.readings.entity.ControllerPoll;

/**
 * The records of a {@link SpillFile} as snapshots: frames a snapshot as a keyframe record, and walks the
 * file's records back to snapshots, logging what it has to pass over. The file keeps the positions and the
 * lock; this knows what a record holds.
 */
final class SpillRecords {

    // under the file's name, as before the split, so a log configuration for the spill file still covers it
    private static final Logger LOG = System.getLogger(SpillFile.class.getName());

    private final Path path;
    private final FileChannel channel;
    private final SnapshotCodec codec = new SnapshotCodec();

    SpillRecords(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** The bytes to append for a poll. */
    ByteBuffer frame(ControllerPoll poll) {
        return new SpillRecord(poll.snapshot().time(), poll.controller(), codec.keyframe(poll.snapshot())).frame();
    }

    /** Counts the complete records in {@code [from, to)}; damage is logged here, once, when the file opens. */
    SpillRecord.Walk scan(long from, long to) throws IOException {
        return SpillRecord.walk(
                channel,
                from,
                to,
                (at, bytes) -> LOG.log(
                        Level.WARNING, "Spill file {0}: skipped {1} damaged bytes at byte {2}", path, bytes, at),
                (record, at) -> true);
    }

    /**
     * Hands the snapshots of the complete records in {@code [from, to)} to the action, oldest first, asking
     * {@code more} after each record whether to go on; damaged and undecodable records are passed over.
     */
    SpillRecord.Walk read(long from, long to, Consumer<? super ControllerPoll> action, BooleanSupplier more)
            throws IOException {
        return SpillRecord.walk(channel, from, to, null, (record, at) -> {
            decode(record, at, action);
            return more.getAsBoolean();
        });
    }

    private void decode(SpillRecord record, long at, Consumer<? super ControllerPoll> action) {
        try {
            action.accept(new ControllerPoll(
                    record.controller(),
                    codec.fromKeyframe(record.time(), record.payload()).snapshot()));
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
}
