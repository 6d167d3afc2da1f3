package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

/** The test pump makes 120 kWh a day from 30 kWh: COP 4 before standby. */
class StandbyCheckTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new StandbyCheck().check(Judging.evidence(pump, 2));
    }

    @Test
    void halfAKilowattWhileOffIsAWarning() {
        pump.offWatts = 500;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(Figures.of(finding, "standbyCopCost")).isEqualTo(0.25);
        assertThat(Figures.of(finding, "standbyKwhPerYear")).isEqualTo(730);
        assertThat(finding.summary())
                .isEqualTo("The heat pump used 4.0 kWh while the compressor was off, about 730 kWh a year, which costs"
                        + " 0.25 of its COP: a crankcase heater or pumps may run on.");
        assertThat(finding.figures().get(1).label()).contains("fleet median 73");
        assertThat(finding.advice().en()).contains("crankcase heater");
    }

    @Test
    void twoHundredWattsAreANotice() {
        pump.offWatts = 200;

        assertThat(judged().severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void fiftyWattsAreFine() {
        pump.offWatts = 50;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(Figures.of(finding, "standbyKwhPerYear")).isEqualTo(73);
    }

    @Test
    void withoutPowerReadingsTheCountersLongAfterARunTell() {
        pump.powerReadings = false;
        pump.onMinutes = 60;
        pump.offMinutes = 300;
        pump.offWatts = 200;

        Finding finding = judged();

        // 200 W for 20 of every 24 hours
        assertThat(Figures.of(finding, "standbyKwh")).isCloseTo(8.0, within(0.4));
        assertThat(finding.figures().get(2).label()).contains("counters");
    }

    @Test
    void aPowerReadingThatShowsZeroWhileOffLeavesItToTheCounters() {
        // as on real controllers: C268 reads 0 whenever the compressor stands, the counters still move
        pump.powerReadWhileOff = false;
        pump.onMinutes = 60;
        pump.offMinutes = 300;
        pump.offWatts = 200;

        Finding finding = judged();

        assertThat(Figures.of(finding, "standbyKwh")).isCloseTo(8.0, within(0.4));
        assertThat(finding.figures().get(2).label()).contains("counters");
    }

    @Test
    void electricityThatDoesNotMoveWhileOffIsNoFinding() {
        assertThat(judged().unsupported()).isEqualTo("the electricity does not move while the compressor is off");
    }

    @Test
    void withoutElectricityTheRuleSaysSo() {
        pump.powerReadings = false;
        pump.electricityCounters = false;

        assertThat(judged().unsupported()).isEqualTo("no electricity counters or power reading");
    }
}
