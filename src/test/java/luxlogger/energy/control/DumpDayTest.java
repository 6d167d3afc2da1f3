package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import luxlogger.energy.entity.DaySummary;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;

/** Day summaries over the real controller dumps, moved forward by hand where a counter must advance. */
class DumpDayTest {

    private final TestDay day = new TestDay();

    private static Snapshot at(Snapshot dump, Instant time) {
        return new Snapshot(time, dump.parameters(), dump.calculations(), dump.visibilities());
    }

    @Test
    void brineUnitOnV378HasHeatButNoElectricityAndNoCop() {
        Snapshot dump = Profile.of("bouni_v3.78").snapshot();
        day.calculation.accept(at(dump, day.at("00:00")));
        Snapshot evening = Profile.of("bouni_v3.78").snapshot();
        evening.calculations()[151] += 50; // 87727 -> 87777
        evening.calculations()[57] += 2;
        evening.calculations()[56] += 3000;
        for (int i = 1; i <= 1000; i++) {
            day.calculation.accept(at(evening, day.at("12:00").plusSeconds(30L * i)));
        }

        DaySummary summary = day.result();

        assertThat(dump.calculations()[151]).isEqualTo(87727);
        assertThat(summary.firmware).isEqualTo("V3.78");
        assertThat(summary.heatHeating).isEqualTo(5.0);
        assertThat(summary.meanRunMinutes).isEqualTo(25.0);
        assertThat(summary.electricHeating).isNull();
        assertThat(summary.electricHotWater).isNull();
        assertThat(summary.electricTotal).isNull();
        assertThat(summary.electricSource).isNull();
        assertThat(summary.copHeating).isNull();
        assertThat(summary.copTotal).isNull();
        assertThat(summary.defrostsEstimated).isTrue();
        assertThat(summary.outdoorMean).isNotNull();
    }

    @Test
    void unitWithoutHeatMeterOnV180HasNoHeat() {
        Snapshot dump = Profile.of("coolchip_v1.80").snapshot();
        for (int i = 0; i < 10; i++) {
            day.calculation.accept(at(dump, day.at("08:00").plusSeconds(30L * i)));
        }

        DaySummary summary = day.result();

        assertThat(dump.calculations()[151]).isZero();
        assertThat(summary.firmware).isEqualTo("V1.80");
        assertThat(summary.heatHeating).isNull();
        assertThat(summary.heatTotal).isNull();
        assertThat(summary.heatAux).isNull();
        assertThat(summary.copTotal).isNull();
        assertThat(summary.samples).isEqualTo(10);
    }
}
