package luxlogger.readings.control;

import static luxlogger.readings.control.TestSnapshots.noisy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import org.junit.jupiter.api.Test;

class PollEncoderTest {

    private static final Instant T0 = Instant.parse("2025-01-13T06:00:00Z");

    private final Snapshot bouni = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
    private final SplittableRandom random = new SplittableRandom(5);
    /** The keyframe table, as the rows were stored. */
    private final Map<Long, Keyframe> keyframes = new HashMap<>();

    @Test
    void startsWithAKeyframeAndStoresTheFollowingPollsAsDeltasOfIt() {
        var encoder = new PollEncoder();

        var first = encoder.encode(1, poll(0), this::none);
        var second = encoder.encode(1, poll(1), this::none);

        assertThat(first.keyframe()).get().satisfies(k -> assertThat(k.id).isEqualTo(T0.toEpochMilli()));
        assertThat(first.keyframe().get().firmware).isEqualTo(Decoder.firmware(bouni));
        assertThat(first.entities()).containsExactly(first.keyframe().get(), first.poll());
        assertThat(second.keyframe()).isEmpty();
        assertThat(second.poll().keyframe).isEqualTo(T0.toEpochMilli());
        assertThat(encoder.keyframe()).contains(T0);
    }

    @Test
    void everyPollDecodesExactlyFromItsRowAndItsKeyframe() {
        var encoder = new PollEncoder();
        var decoder = new PollDecoder(keyframes::get);
        for (int n = 0; n < 2_000; n++) {
            Snapshot poll = poll(n);
            var rows = encoder.encode(1, poll, this::none);
            rows.keyframe().ifPresent(k -> keyframes.put(k.id, k));

            assertThat(decoder.decode(rows.poll().time, rows.poll().keyframe, rows.poll().data))
                    .isEqualTo(poll);
        }
        // a keyframe lasts six hours at most
        assertThat(keyframes).hasSizeBetween(2, 2_000 / 20);
    }

    @Test
    void startsAKeyframeWhenTheFirmwareChanges() {
        var encoder = new PollEncoder();
        encoder.encode(1, poll(0), this::none);
        int[] calculations = bouni.calculations().clone();
        calculations[85]++;
        var updated = new Snapshot(T0.plusSeconds(30), bouni.parameters(), calculations, bouni.visibilities());

        var rows = encoder.encode(1, updated, this::none);

        assertThat(rows.keyframe())
                .get()
                .satisfies(k -> assertThat(k.firmware)
                        .isEqualTo(Decoder.firmware(updated))
                        .isNotEqualTo(Decoder.firmware(bouni)));
    }

    @Test
    void startsAKeyframeWhenTheArraysGetLonger() {
        var encoder = new PollEncoder();
        encoder.encode(1, poll(0), this::none);
        var longer = new Snapshot(
                T0.plusSeconds(30),
                Arrays.copyOf(bouni.parameters(), 1_200),
                bouni.calculations(),
                bouni.visibilities());

        assertThat(encoder.encode(1, longer, this::none).keyframe()).isPresent();
    }

    @Test
    void reusesTheStoredKeyframeOfTheSameInstant() {
        Snapshot poll = poll(0);
        // stored by an earlier run with another idea of the moving values, its poll deleted since
        Snapshot other = noisy(bouni, random, T0.minusSeconds(3_600));
        var codec = new SnapshotCodec();
        keyframes.put(
                T0.toEpochMilli(),
                new Keyframe(1, T0.toEpochMilli(), "V3.78", codec.keyframe(codec.baseline(poll, other))));

        var rows = new PollEncoder().encode(1, poll, keyframes::get);

        assertThat(rows.keyframe()).isEmpty();
        assertThat(rows.poll().keyframe).isEqualTo(T0.toEpochMilli());
        assertThat(new PollDecoder(keyframes::get).decode(rows.poll().time, rows.poll().keyframe, rows.poll().data))
                .isEqualTo(poll);
    }

    @Test
    void refusesAStoredKeyframeOfTheSameInstantWithOtherArrayLengths() {
        var shorter =
                new Snapshot(T0, Arrays.copyOf(bouni.parameters(), 1_000), bouni.calculations(), bouni.visibilities());
        keyframes.put(
                T0.toEpochMilli(), new Keyframe(1, T0.toEpochMilli(), "V3.78", new SnapshotCodec().keyframe(shorter)));

        assertThatThrownBy(() -> new PollEncoder().encode(1, poll(0), keyframes::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("other array lengths");
    }

    @Test
    void aCopyTakesPollsWithoutChangingTheOriginal() {
        var encoder = new PollEncoder();
        var untouched = new PollEncoder();
        encoder.encode(1, poll(0), this::none);
        untouched.encode(1, poll(0), this::none);

        var draft = encoder.copy();
        for (int n = 1; n <= 1_000; n++) {
            draft.encode(1, poll(n), this::none);
        }

        assertThat(draft.isNew(poll(1_000).time())).isFalse();
        assertThat(encoder.isNew(poll(1).time())).isTrue();
        // keyframe, firmware and the policy's span are as if the draft's polls had never come
        for (int n = 1; n <= 1_000; n++) {
            var rows = encoder.encode(1, poll(n), this::none);
            var expected = untouched.encode(1, poll(n), this::none);
            assertThat(rows.keyframe().isPresent())
                    .as("poll %d", n)
                    .isEqualTo(expected.keyframe().isPresent());
            assertThat(rows.poll().data).as("poll %d", n).isEqualTo(expected.poll().data);
        }
    }

    @Test
    void continuesAnEarlierRunWithTheValuesItsNewestKeyframeSawMoving() {
        Snapshot earlier = noisy(bouni, random, T0.minusSeconds(3_600));
        var resumed = new PollEncoder(earlier, T0.minusSeconds(30));
        assertThat(resumed.isNew(T0.minusSeconds(30))).isFalse();
        assertThat(resumed.isNew(T0.minusSeconds(29))).isTrue();

        var first = resumed.encode(1, poll(0), this::none);

        Baseline keyframe = PollDecoder.baseline(first.keyframe().orElseThrow());
        assertThat(keyframe.movingCount()).isEqualTo(poll(0).differences(earlier));
        assertThat(new PollEncoder()
                        .encode(1, poll(0), this::none)
                        .keyframe()
                        .map(PollDecoder::baseline)
                        .orElseThrow()
                        .movingCount())
                .isZero();
    }

    private Snapshot poll(int number) {
        return noisy(bouni, new SplittableRandom(number), T0.plusSeconds(30L * number));
    }

    private Keyframe none(long id) {
        return null;
    }
}
