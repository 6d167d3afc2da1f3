package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class UtilityLockTest {

    /** Wednesday 15 January 2025, 00:00 at the simulated site (UTC+1). */
    private static final Instant WINTER = Instant.parse("2025-01-14T23:00:00Z");

    private static final ZoneOffset SITE = ZoneOffset.ofHours(1);
    // calculation indices (calculations.tsv)
    private static final int EVU_UNLOCKED = 31;
    private static final int COMPRESSOR = 44;
    private static final int OPERATING_MODE = 80;
    private static final int SWITCH_OFF_CODES = 106;
    private static final int STATUS_LINE_3 = 119;

    @Test
    void locksTheCompressorOutAtTheTariffsTwoDailyBlocks() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        List<LocalTime> locked = new ArrayList<>();
        List<Integer> codesAfterCut = new ArrayList<>();
        Snapshot previous = model.snapshotAt(WINTER);
        for (int minute = 1; minute < 24 * 60; minute++) {
            Instant time = WINTER.plus(Duration.ofMinutes(minute));
            Snapshot s = model.snapshotAt(time);
            int[] c = s.calculations();
            if (c[EVU_UNLOCKED] == 0) {
                locked.add(time.atOffset(SITE).toLocalTime());
                assertThat(c[COMPRESSOR]).as("compressor at %s", time).isZero();
                assertThat(c[OPERATING_MODE])
                        .as("operating mode 'evu' at %s", time)
                        .isEqualTo(3);
                assertThat(c[STATUS_LINE_3])
                        .as("status 'lock time' at %s", time)
                        .isEqualTo(4);
                if (previous.calculations()[COMPRESSOR] == 1) {
                    for (int slot = 0; slot < 5; slot++) {
                        codesAfterCut.add(c[SWITCH_OFF_CODES + slot]);
                    }
                }
            } else {
                assertThat(c[EVU_UNLOCKED]).isEqualTo(1);
                assertThat(c[OPERATING_MODE]).isNotEqualTo(3);
            }
            previous = s;
        }

        assertThat(locked).hasSize(150).startsWith(LocalTime.of(11, 0)).endsWith(LocalTime.of(18, 59));
        assertThat(locked).contains(LocalTime.of(11, 59), LocalTime.of(17, 30)).doesNotContain(LocalTime.of(12, 0));
        assertThat(codesAfterCut)
                .as("switch-off file after the lock cut a running compressor")
                .contains(4); // "evu lock"
    }

    @Test
    void startsAgainAfterTheLockWhenTheHouseHasCooled() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        Instant lockEnd = WINTER.plus(Duration.ofHours(12));
        boolean running = false;
        for (int minute = 0; minute <= 30 && !running; minute++) {
            running = model.snapshotAt(lockEnd.plus(Duration.ofMinutes(minute))).calculations()[COMPRESSOR] == 1;
        }
        assertThat(running).as("compressor within 30 min after the midday lock").isTrue();
    }
}
