package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class ShortCyclingTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new ShortCycling().check(Judging.evidence(pump, 2));
    }

    private static double figure(Finding finding, String key) {
        return Figures.of(finding, key);
    }

    @Test
    void shortRunsManyTimesADayAreAWarningThatSaysWhy() {
        pump.onMinutes = 9;
        pump.offMinutes = 51;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.summary())
                .isEqualTo("The compressor started 24.0 times a day, runs averaged 9 minutes: the heating curve may"
                        + " be too high, or the unit oversized.");
        assertThat(finding.figures().get(0).key()).isEqualTo("startsPerDay");
        assertThat(finding.reference().median()).isEqualTo(6.1);
        assertThat(finding.reference().text()).contains("p90 12.8", "15 minutes");
        assertThat(finding.advice().en()).contains("heating curve");
        assertThat(finding.advice().de()).contains("Heizkurve");
        assertThat(finding.evidence()).hasSize(4);
        assertThat(finding.evidence().get(0).text()).isEqualTo("2026-01-12: 24 starts");
        assertThat(finding.evidence().get(1).text()).isEqualTo("a run of 9 minutes");
        assertThat(finding.evidence().get(0).link())
                .isEqualTo("#/charts?from=2026-01-12T00:00:00Z&to=2026-01-13T00:00:00Z&fields="
                        + "calculations.ID_WEB_VD1out,calculations.ID_WEB_WP_BZ_akt,calculations.ID_WEB_Temperatur_TVL,"
                        + "calculations.ID_WEB_Temperatur_TRL&controller=heatpump");
    }

    @Test
    void twelveStartsADayAreANotice() {
        pump.onMinutes = 110;
        pump.offMinutes = 10;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.NOTICE);
        assertThat(figure(finding, "startsPerDay")).isEqualTo(12.0);
        assertThat(figure(finding, "meanRunMinutes")).isEqualTo(110);
    }

    @Test
    void sixLongRunsADayAreFine() {
        pump.onMinutes = 230;
        pump.offMinutes = 10;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary()).isEqualTo("The compressor started 6.0 times a day, runs averaged 230 minutes.");
        assertThat(finding.advice().en()).startsWith("Nothing to change");
    }

    @Test
    void startsAreSplitByTheModeAtTheStart() {
        pump.onMinutes = 0;
        pump.hotWaterEvery = 6;

        Finding finding = judged();

        assertThat(figure(finding, "hotWaterStartsPerDay")).isEqualTo(4.0);
        assertThat(figure(finding, "heatingStartsPerDay")).isEqualTo(0.0);
        assertThat(figure(finding, "meanRunMinutes")).isEqualTo(30);
    }

    @Test
    void aCompressorThatNeverStartsIsNoFinding() {
        pump.onMinutes = 0;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary()).isEqualTo("The compressor did not start in the period.");
    }
}
