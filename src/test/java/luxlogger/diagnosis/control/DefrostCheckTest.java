package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class DefrostCheckTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged(HeatSource source) {
        return new DefrostCheck().check(Judging.evidence(pump, 2, source, null, List.of()));
    }

    @Test
    void anyDefrostAboveSixDegreesIsAWarning() {
        pump.defrostMinutes = new int[] {20};
        pump.outdoorAt = second -> second % 86_400 < 12 * 3600 ? 2 : 8.5;

        Finding finding = judged(HeatSource.AIR);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(Figures.of(finding, "warmDefrosts")).isEqualTo(24);
        // the first time stamp a pass sees may be an old one, as in the day summaries
        assertThat(Figures.of(finding, "defrosts")).isEqualTo(47);
        assertThat(Figures.of(finding, "warmestDefrost")).isEqualTo(8.5);
        assertThat(finding.summary())
                .isEqualTo("24 of 47 defrosts came with the outdoor temperature above +6 °C (up to 8.5 °C): the coil"
                        + " may be blocked or dirty, or a sensor faulty.");
        assertThat(finding.reference().threshold()).isEqualTo(0.0);
        assertThat(finding.reference().text()).contains("+6 °C");
        assertThat(finding.evidence()).hasSize(5).first().satisfies(span -> {
            assertThat(span.text()).isEqualTo("defrost at 8.5 °C outdoors");
            assertThat(span.link()).contains("from=2026-01-12T11:50:00Z", "to=2026-01-12T12:50:00Z");
        });
    }

    @Test
    void defrostsInColdWeatherAreFine() {
        pump.defrostMinutes = new int[] {20};

        Finding finding = judged(HeatSource.AIR);

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary())
                .isEqualTo("47 defrosts, none above +6 °C outdoors; defrost took 2.0 % of the compressor's time.");
    }

    @Test
    void withoutTimeStampsTheModeCountsThem() {
        pump.defrostMinutes = new int[] {20, 40};
        pump.defrostStamps = false;
        pump.outdoor = 7;

        Finding finding = new DefrostCheck().check(Judging.evidence(pump, 1, HeatSource.AIR, null, List.of()));

        assertThat(Figures.of(finding, "defrosts")).isEqualTo(48);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void onlyAirSourceUnitsAreJudged() {
        assertThat(judged(HeatSource.GROUND).unsupported()).isEqualTo("not an air-source unit");
        assertThat(judged(null).unsupported())
                .isEqualTo("heat source unknown: set HEATPUMP_SOURCE (air, ground or water)");
    }
}
