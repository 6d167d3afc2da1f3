package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class CurveTooLowTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new CurveTooLow().check(Judging.evidence(pump, 2));
    }

    @Test
    void theBackupHeaterHelpingAReturnBelowItsTargetIsANotice() {
        // below its release temperature of -5 °C, where the controller may call it
        pump.outdoor = -8;
        pump.ret = 29;
        // the heater runs from 05:10 to 05:40 each day, while the compressor runs (it stops at 05:50)
        pump.aux = second -> second % 86_400 >= 5 * 3600 + 600 && second % 86_400 < 5 * 3600 + 2400;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.NOTICE);
        assertThat(Figures.of(finding, "curveLowHours")).isEqualTo(1.0);
        assertThat(finding.summary())
                .isEqualTo("The backup heater helped in heating for 1.0 hours while the compressor ran on and the"
                        + " return stayed below its target: the heating curve may be too low.");
        assertThat(finding.reference().text()).contains("no number");
        assertThat(finding.evidence())
                .hasSize(2)
                .first()
                .satisfies(span ->
                        assertThat(span.link()).contains("from=2026-01-12T05:10:00Z", "to=2026-01-12T05:40:00Z"));
        assertThat(finding.advice().en()).startsWith("Raise the heating curve a little");
    }

    @Test
    void theHeaterAboveItsReleaseTemperatureIsTheBackupHeatersFindingNotALowCurve() {
        pump.outdoor = 2;
        pump.ret = 29;
        pump.aux = second -> second % 86_400 >= 5 * 3600 + 600 && second % 86_400 < 5 * 3600 + 2400;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(Figures.of(finding, "curveLowHours")).isEqualTo(0);
    }

    @Test
    void aReturnAtItsTargetIsFineEvenWithTheHeaterOn() {
        pump.aux = second -> second % 86_400 >= 5 * 3600 + 600 && second % 86_400 < 5 * 3600 + 2400;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary())
                .isEqualTo("The compressor kept the return at its target without the backup heater.");
    }

    @Test
    void withoutTheHeaterCountersTheRuleSaysSo() {
        pump.auxCounters = false;

        assertThat(judged().unsupported()).isEqualTo("no backup-heater hours counter (C60-C62)");
    }
}
