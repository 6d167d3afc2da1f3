package luxlogger.readings.control;

import static luxlogger.readings.control.TestSnapshots.noisy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    private static final Instant T0 = Instant.parse("2025-01-13T06:00:00Z");

    private final SnapshotCodec codec = new SnapshotCodec();
    private final Snapshot bouni = TestSnapshots.dump(TestSnapshots.BOUNI, T0);

    @Test
    void roundTripsRealDumpsAsKeyframes() throws Exception {
        for (String name : new String[] {TestSnapshots.BOUNI, TestSnapshots.COOLCHIP}) {
            Snapshot dump = TestSnapshots.dump(name, T0);
            byte[] keyframe = codec.keyframe(dump);

            assertThat(codec.fromKeyframe(T0, keyframe).snapshot()).isEqualTo(dump);
            assertThat(keyframe.length).as(name).isLessThan(1_000);
        }
    }

    @Test
    void roundTripsNoisyPollsAsDeltasOfOneKeyframe() throws Exception {
        Snapshot earlier = noisy(bouni, new SplittableRandom(1), T0.minusSeconds(3600));
        Baseline baseline = codec.fromKeyframe(T0, codec.keyframe(codec.baseline(bouni, earlier)));
        var random = new SplittableRandom(2);
        for (int poll = 1; poll <= 500; poll++) {
            Snapshot s = noisy(bouni, random, T0.plusSeconds(30L * poll));
            byte[] delta = codec.delta(s, baseline);

            assertThat(codec.fromDelta(s.time(), delta, baseline)).isEqualTo(s);
            assertThat(delta.length).isLessThan(200);
        }
    }

    @Test
    void encodesAnUnchangedPollInAFewBytes() throws Exception {
        Baseline baseline = codec.baseline(bouni, noisy(bouni, new SplittableRandom(3), T0));
        Snapshot same =
                new Snapshot(T0.plusSeconds(30), bouni.parameters(), bouni.calculations(), bouni.visibilities());

        byte[] delta = codec.delta(same, baseline);

        assertThat(delta.length).isEqualTo(3 + (baseline.movingCount() + 7) / 8 + 1);
        assertThat(codec.fromDelta(same.time(), delta, baseline)).isEqualTo(same);
    }

    @Test
    void roundTripsExtremeAndNegativeValues() throws Exception {
        int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, -123456, Integer.MIN_VALUE + 1};
        var keyframe = new Snapshot(T0, extremes, reversed(extremes), new byte[] {-128, 127, -1, 0});
        var poll = new Snapshot(T0.plusSeconds(30), reversed(extremes), extremes, new byte[] {127, -128, 0, -1});

        Baseline baseline = codec.fromKeyframe(T0, codec.keyframe(codec.baseline(keyframe, poll)));
        Baseline plain = codec.fromKeyframe(T0, codec.keyframe(keyframe));

        assertThat(baseline.snapshot()).isEqualTo(keyframe);
        assertThat(codec.fromDelta(poll.time(), codec.delta(poll, baseline), baseline))
                .isEqualTo(poll);
        assertThat(codec.fromDelta(poll.time(), codec.delta(poll, plain), plain))
                .isEqualTo(poll);
    }

    @Test
    void roundTripsChangesOutsideTheMovingValues() throws Exception {
        Baseline baseline = codec.baseline(bouni, noisy(bouni, new SplittableRandom(4), T0));
        int[] parameters = bouni.parameters().clone();
        parameters[0] = 1;
        parameters[parameters.length - 1] = -7;
        byte[] visibilities = bouni.visibilities().clone();
        visibilities[visibilities.length - 1] ^= 1;
        var changed = new Snapshot(T0.plusSeconds(30), parameters, bouni.calculations(), visibilities);

        assertThat(codec.fromDelta(changed.time(), codec.delta(changed, baseline), baseline))
                .isEqualTo(changed);
    }

    @Test
    void compressesDeltasWhoseValuesMoveInStep() throws Exception {
        Baseline baseline = codec.baseline(bouni, null);
        Snapshot clocks = inStep(bouni, T0.plusSeconds(3600));

        byte[] delta = codec.delta(clocks, baseline);

        assertThat(delta[0]).isEqualTo((byte) SnapshotCodec.DELTA_DEFLATED);
        assertThat(delta.length).isLessThan(60);
        assertThat(codec.fromDelta(clocks.time(), delta, baseline)).isEqualTo(clocks);
    }

    @Test
    void refusesADeltaAcrossAFirmwareLengthChange() {
        Baseline baseline = codec.baseline(bouni, null);
        var longer =
                new Snapshot(T0, Arrays.copyOf(bouni.parameters(), 1160), bouni.calculations(), bouni.visibilities());

        assertThat(baseline.fits(longer)).isFalse();
        assertThatThrownBy(() -> codec.delta(longer, baseline))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("new keyframe");
    }

    @Test
    void rejectsEveryFlippedBitOfAKeyframe() {
        byte[] keyframe = codec.keyframe(codec.baseline(bouni, noisy(bouni, new SplittableRandom(5), T0)));
        for (int bit = 0; bit < keyframe.length * 8; bit++) {
            byte[] damaged = flip(keyframe, bit);

            assertThatThrownBy(() -> codec.fromKeyframe(T0, damaged))
                    .as("bit %d", bit)
                    .isInstanceOf(CorruptDataException.class);
        }
    }

    @Test
    void rejectsEveryFlippedBitOfADelta() throws Exception {
        Baseline baseline = codec.baseline(bouni, noisy(bouni, new SplittableRandom(6), T0));
        for (int poll = 0; poll < 20; poll++) {
            Snapshot s = noisy(bouni, new SplittableRandom(100 + poll), T0.plusSeconds(30));
            byte[] delta = codec.delta(s, baseline);
            for (int bit = 0; bit < delta.length * 8; bit++) {
                byte[] damaged = flip(delta, bit);

                assertThatThrownBy(() -> codec.fromDelta(s.time(), damaged, baseline))
                        .as("bit %d", bit)
                        .isInstanceOf(CorruptDataException.class);
            }
        }
    }

    @Test
    void rejectsEveryFlippedBitOfACompressedDelta() {
        Baseline baseline = codec.baseline(bouni, null);
        Snapshot clocks = inStep(bouni, T0.plusSeconds(3600));
        byte[] delta = codec.delta(clocks, baseline);
        for (int bit = 0; bit < delta.length * 8; bit++) {
            byte[] damaged = flip(delta, bit);

            assertThatThrownBy(() -> codec.fromDelta(clocks.time(), damaged, baseline))
                    .as("bit %d", bit)
                    .isInstanceOf(CorruptDataException.class);
        }
    }

    @Test
    void rejectsTruncatedKeyframesAndDeltas() {
        Baseline baseline = codec.baseline(bouni, noisy(bouni, new SplittableRandom(7), T0));
        byte[] keyframe = codec.keyframe(baseline);
        byte[] delta = codec.delta(noisy(bouni, new SplittableRandom(8), T0), baseline);
        for (int length = 0; length < keyframe.length; length++) {
            byte[] part = Arrays.copyOf(keyframe, length);

            assertThatThrownBy(() -> codec.fromKeyframe(T0, part)).isInstanceOf(CorruptDataException.class);
        }
        for (int length = 0; length < delta.length; length++) {
            byte[] part = Arrays.copyOf(delta, length);

            assertThatThrownBy(() -> codec.fromDelta(T0, part, baseline)).isInstanceOf(CorruptDataException.class);
        }
    }

    @Test
    void rejectsADeltaReadAgainstAnotherKeyframe() {
        Baseline right = codec.baseline(bouni, noisy(bouni, new SplittableRandom(9), T0));
        Baseline wrong = codec.baseline(noisy(bouni, new SplittableRandom(10), T0), bouni);
        byte[] delta = codec.delta(noisy(bouni, new SplittableRandom(11), T0), right);

        assertThatThrownBy(() -> codec.fromDelta(T0, delta, wrong))
                .isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("not a delta of keyframe");
    }

    @Test
    void namesTheFormatWhenBytesAreOfAnotherKind() {
        Baseline baseline = codec.baseline(bouni, null);
        byte[] keyframe = codec.keyframe(baseline);
        byte[] delta = codec.delta(bouni, baseline);
        byte[] future = keyframe.clone();
        future[0] = 9;

        assertThatThrownBy(() -> codec.fromKeyframe(T0, delta))
                .isInstanceOf(CorruptDataException.class)
                .hasMessage("delta where a keyframe was expected");
        assertThatThrownBy(() -> codec.fromDelta(T0, keyframe, baseline))
                .isInstanceOf(CorruptDataException.class)
                .hasMessage("keyframe where a delta was expected");
        assertThatThrownBy(() -> codec.fromKeyframe(T0, future))
                .isInstanceOf(CorruptDataException.class)
                .hasMessage("unknown format 9 where a keyframe was expected");
    }

    /** Thirty counters and clocks an hour on: equal differences, which deflate shortens. */
    private static Snapshot inStep(Snapshot base, Instant time) {
        int[] calculations = base.calculations().clone();
        for (int i = 56; i < 86; i++) {
            calculations[i] += 3600;
        }
        return new Snapshot(time, base.parameters(), calculations, base.visibilities());
    }

    private static int[] reversed(int[] values) {
        int[] reversed = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
        }
        return reversed;
    }

    private static byte[] flip(byte[] bytes, int bit) {
        byte[] flipped = bytes.clone();
        flipped[bit / 8] ^= (byte) (1 << bit % 8);
        return flipped;
    }
}
