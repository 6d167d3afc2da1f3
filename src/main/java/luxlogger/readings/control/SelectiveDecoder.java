package luxlogger.readings.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.zip.Inflater;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;

/**
 * Turns stored rows back into polls as {@link PollDecoder} does, but only the values of some fields: a chart of four
 * fields over a year reads a million polls, and copying the keyframe's 1,800 values for each of them cost more than
 * the read itself. The differences of a delta are still all read and checked; only those of the fields are applied.
 *
 * <p>The snapshot handed out shares its arrays with the next ones: it is valid until the next {@link #decode}, and
 * right only at the indices of the fields asked for (elsewhere it holds its keyframe's values). Not thread-safe;
 * {@link #close()} frees the inflater.
 */
final class SelectiveDecoder implements AutoCloseable {

    private static final SnapshotCodec CODEC = new SnapshotCodec();

    private final LongFunction<Keyframe> keyframes;
    private final List<Field> fields;
    private final Inflater inflater = new Inflater(true);
    private long id = Long.MIN_VALUE;
    private Baseline baseline;
    private Values values;

    /** @param keyframes finds a stored keyframe by id, null when there is none */
    SelectiveDecoder(LongFunction<Keyframe> keyframes, List<Field> fields) {
        this.keyframes = keyframes;
        this.fields = List.copyOf(fields);
    }

    /** The poll of one row, right at the fields' indices; the same failures as {@link PollDecoder#decode}. */
    Snapshot decode(long time, long keyframe, byte[] data) {
        try {
            if (keyframe != id) {
                Keyframe stored = keyframes.apply(keyframe);
                if (stored == null) {
                    throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(keyframe) + " is missing");
                }
                baseline = PollDecoder.baseline(stored);
                values = new Values(baseline.snapshot(), fields);
                id = keyframe;
            }
            values.reset();
            CODEC.readDelta(data, baseline, values, inflater);
            return values.snapshot(Instant.ofEpochMilli(time));
        } catch (CorruptDataException e) {
            throw new IllegalStateException(
                    "poll " + Instant.ofEpochMilli(time) + " is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        inflater.end();
    }

    /** The keyframe's values, with the differences of the wanted global indices applied. */
    private static final class Values implements DeltaBody.Target {
        private final Snapshot keyframe;
        private final int[] parameters;
        private final int[] calculations;
        private final byte[] visibilities;
        private final boolean[] wanted;
        private final int[] indices;

        Values(Snapshot keyframe, List<Field> fields) {
            this.keyframe = keyframe;
            parameters = keyframe.parameters().clone();
            calculations = keyframe.calculations().clone();
            visibilities = keyframe.visibilities().clone();
            wanted = new boolean[keyframe.size()];
            for (Field field : fields) {
                int offset = offset(keyframe, field.group());
                int end = Math.min(field.index() + field.type().span(), keyframe.length(field.group()));
                for (int index = field.index(); index < end; index++) {
                    wanted[offset + index] = true;
                }
            }
            int count = 0;
            int[] found = new int[wanted.length];
            for (int index = 0; index < wanted.length; index++) {
                if (wanted[index]) {
                    found[count++] = index;
                }
            }
            indices = Arrays.copyOf(found, count);
        }

        /** Back to the keyframe's values at the wanted indices, before the next delta is applied. */
        void reset() {
            for (int index : indices) {
                set(index, SnapshotCodec.value(keyframe, index));
            }
        }

        @Override
        public void add(int index, int difference) throws CorruptDataException {
            if (!wanted[index]) {
                return;
            }
            int value = SnapshotCodec.value(keyframe, index) + difference;
            int visibility = index - parameters.length - calculations.length;
            if (visibility >= 0 && value != (byte) value) {
                throw new CorruptDataException("visibility " + visibility + " out of byte range: " + value);
            }
            set(index, value);
        }

        private void set(int index, int value) {
            if (index < parameters.length) {
                parameters[index] = value;
            } else if (index < parameters.length + calculations.length) {
                calculations[index - parameters.length] = value;
            } else {
                visibilities[index - parameters.length - calculations.length] = (byte) value;
            }
        }

        Snapshot snapshot(Instant time) {
            return new Snapshot(time, parameters, calculations, visibilities);
        }

        private static int offset(Snapshot keyframe, Group group) {
            return switch (group) {
                case PARAMETERS -> 0;
                case CALCULATIONS -> keyframe.parameters().length;
                case VISIBILITIES -> keyframe.parameters().length + keyframe.calculations().length;
            };
        }
    }
}
