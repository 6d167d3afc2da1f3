package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void countsDifferingValuesInAllThreeGroups() {
        var a = new Snapshot(Instant.EPOCH, new int[] {1, 2, 3}, new int[] {4, 5}, new byte[] {0, 1});
        var b = new Snapshot(Instant.EPOCH, new int[] {1, 9, 3}, new int[] {4, -5}, new byte[] {1, 1});
        assertThat(a.differences(b)).isEqualTo(3);
        assertThat(a.differences(a)).isZero();
    }

    @Test
    void refusesToCompareDifferentFirmwareLengths() {
        var a = new Snapshot(Instant.EPOCH, new int[3], new int[2], new byte[2]);
        var b = new Snapshot(Instant.EPOCH, new int[4], new int[2], new byte[2]);
        assertThatThrownBy(() -> a.differences(b)).isInstanceOf(IllegalArgumentException.class);
    }
}
