package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class KeyframePolicyTest {

    private static final Instant T0 = Instant.parse("2025-01-13T06:00:00Z");
    private static final int KEYFRAME = 800;

    private final Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
    private final Baseline baseline = new SnapshotCodec().baseline(dump, null);
    private final KeyframePolicy policy = new KeyframePolicy(Duration.ofHours(6));

    @Test
    void startsWithAKeyframe() {
        assertThat(policy.needsKeyframe(poll(1), null, 0)).isTrue();
        assertThat(policy.needsKeyframe(poll(1), baseline, 60))
                .as("keyframe size not known yet")
                .isTrue();
    }

    @Test
    void startsAKeyframeWhenTheFirmwareChangesArrayLengths() {
        policy.keyframeWritten(KEYFRAME);
        var updated = new Snapshot(
                T0.plusSeconds(30), dump.parameters(), Arrays.copyOf(dump.calculations(), 269), dump.visibilities());

        assertThat(policy.needsKeyframe(updated, baseline, 60)).isTrue();
    }

    @Test
    void keepsTheKeyframeWhileDeltasStayTheSameSize() {
        policy.keyframeWritten(KEYFRAME);
        for (int poll = 1; poll < 6 * 120; poll++) {
            assertThat(policy.needsKeyframe(poll(poll), baseline, 70))
                    .as("poll %d", poll)
                    .isFalse();
        }
    }

    @Test
    void startsAKeyframeAfterTheMaximumAge() {
        policy.keyframeWritten(KEYFRAME);

        assertThat(policy.needsKeyframe(poll(6 * 120 - 1), baseline, 70)).isFalse();
        assertThat(policy.needsKeyframe(poll(6 * 120), baseline, 70)).isTrue();
    }

    @Test
    void startsAKeyframeWhereGrowingDeltasMakeTheAverageRise() {
        policy.keyframeWritten(KEYFRAME);
        int poll = 1;
        // one byte more every ten polls: the average of 800 + deltas over n polls is lowest near n = 126
        while (!policy.needsKeyframe(poll(poll), baseline, 60 + poll / 10)) {
            poll++;
        }

        assertThat(poll).isBetween(110, 160);
    }

    @Test
    void ignoresASingleLargeDelta() {
        policy.keyframeWritten(KEYFRAME);
        for (int poll = 1; poll < 100; poll++) {
            assertThat(policy.needsKeyframe(poll(poll), baseline, 60)).isFalse();
        }

        assertThat(policy.needsKeyframe(poll(100), baseline, 150)).isFalse();
    }

    private Snapshot poll(int number) {
        return new Snapshot(T0.plusSeconds(30L * number), dump.parameters(), dump.calculations(), dump.visibilities());
    }
}
