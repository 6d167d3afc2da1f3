package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

/** The test pump's rod has 6 kW; its heat goes to P1059, its hours to C60. */
class BackupHeaterCheckTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new BackupHeaterCheck().check(Judging.evidence(pump, 2));
    }

    @Test
    void hoursAboveTheReleaseTemperatureAreAWarning() {
        pump.aux = second -> second % 86_400 >= 3 * 3600 && second % 86_400 < 6 * 3600;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.summary())
                .isEqualTo(
                        "The backup heater ran 6.0 hours above its release temperature of -5.0 °C outside disinfection runs, 6.0 hours in all.");
        assertThat(finding.figures().get(0).key()).isEqualTo("hoursAboveRelease");
        assertThat(finding.reference().threshold()).isEqualTo(0.0);
        assertThat(finding.evidence())
                .hasSize(2)
                .first()
                .satisfies(span -> assertThat(span.link())
                        .contains(
                                "from=2026-01-12T03:00:00Z", "to=2026-01-12T06:00:00Z", "calculations.ID_WEB_ZW1out"));
        assertThat(finding.advice().en()).contains("P90 ID_Einst_ZWEFreig_akt");
    }

    @Test
    void belowTheReleaseTemperatureALargeShareIsANotice() {
        pump.outdoor = -10;
        pump.aux = second -> second % 86_400 >= 3 * 3600 && second % 86_400 < 4 * 3600;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.NOTICE);
        assertThat(finding.figures().get(0).key()).isEqualTo("auxShare");
        assertThat(Figures.of(finding, "hoursAboveRelease")).isEqualTo(0);
        assertThat(Figures.of(finding, "auxShare")).isEqualTo(16.7);
        assertThat(finding.reference().median()).isEqualTo(1.3);
        assertThat(finding.advice().en()).contains("more of the electricity than in most");
    }

    @Test
    void aHeaterThatStaysOffIsFine() {
        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary())
                .isEqualTo(
                        "The backup heater ran 0.0 hours above its release temperature of -5.0 °C outside disinfection runs, 0.0 hours in all.");
    }

    @Test
    void theHeaterInHotWaterRunsOutsideDisinfectionIsCounted() {
        pump.hotWaterEvery = 6;
        pump.aux = second -> second % 21_600 >= 5 * 3600 && second % 21_600 < 5 * 3600 + 900;

        Finding finding = judged();

        assertThat(Figures.of(finding, "auxHoursHotWater")).isEqualTo(2.0);
    }

    @Test
    void theHeaterFinishingADisinfectionRunIsNoFaultWhateverTheWeather() {
        pump.hotWaterEvery = 6;
        pump.disinfection = start -> true;
        // the heater on for the whole run, up to the poll that ends it
        pump.aux = second -> second % 21_600 >= 5 * 3600 && second % 21_600 < 5 * 3600 + 1800;

        Finding finding = judged();

        assertThat(Figures.of(finding, "hoursAboveRelease")).isEqualTo(0);
        assertThat(Figures.of(finding, "auxHoursHotWater")).isEqualTo(0);
        assertThat(Figures.of(finding, "auxHours")).isEqualTo(4.0);
        assertThat(finding.severity()).isNotEqualTo(Severity.WARNING);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void aDefrostInADisinfectionRunDoesNotEndIt() {
        pump.hotWaterEvery = 6;
        pump.disinfection = start -> true;
        pump.defrostMinutes = new int[] {10};
        pump.defrostInHotWater = true;
        pump.aux = second -> second % 21_600 >= 5 * 3600 && second % 21_600 < 5 * 3600 + 1800;

        Finding finding = judged();

        assertThat(Figures.of(finding, "hoursAboveRelease")).isEqualTo(0);
        assertThat(Figures.of(finding, "auxHoursHotWater")).isEqualTo(0);
        assertThat(Figures.of(finding, "auxHours")).isEqualTo(4.0);
    }

    @Test
    void withoutTheHeaterCountersTheRuleSaysSo() {
        pump.auxCounters = false;

        assertThat(judged().unsupported()).isEqualTo("no backup-heater hours counter (C60-C62)");
    }
}
