package luxlogger.diagnosis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    private static final Reference STARTS = Reference.fleet(null, 6.1, 12.8, true, "starts", "fleet");
    private static final Reference DHW_COP = Reference.fleet(2.25, 3.08, 3.69, false, "cop", "fleet");

    @Test
    void aFleetFigureIsOkUpToTheMedianANoticeUpToP90AndAWarningBeyond() {
        assertThat(STARTS.judge(6.1)).isEqualTo(Severity.OK);
        assertThat(STARTS.judge(6.2)).isEqualTo(Severity.NOTICE);
        assertThat(STARTS.judge(12.8)).isEqualTo(Severity.NOTICE);
        assertThat(STARTS.judge(12.9)).isEqualTo(Severity.WARNING);
    }

    @Test
    void whereLowerIsWorseP10PlaysP90sRole() {
        assertThat(DHW_COP.judge(3.5)).isEqualTo(Severity.OK);
        assertThat(DHW_COP.judge(3.08)).isEqualTo(Severity.OK);
        assertThat(DHW_COP.judge(3.0)).isEqualTo(Severity.NOTICE);
        assertThat(DHW_COP.judge(2.25)).isEqualTo(Severity.NOTICE);
        assertThat(DHW_COP.judge(2.2)).isEqualTo(Severity.WARNING);
    }

    @Test
    void aMedianAloneMakesAFigureBeyondItANotice() {
        var auxShare = new Reference(null, 1.3, null, null, true, "aux", "13 systems");

        assertThat(auxShare.judge(1.3)).isEqualTo(Severity.OK);
        assertThat(auxShare.judge(40)).isEqualTo(Severity.NOTICE);
    }

    @Test
    void aThresholdWarnsBeyondItInItsDirection() {
        assertThat(Reference.threshold(45, false, "carnot", "emoncms").judge(44.9))
                .isEqualTo(Severity.WARNING);
        assertThat(Reference.threshold(45, false, "carnot", "emoncms").judge(45))
                .isEqualTo(Severity.OK);
        assertThat(Reference.threshold(0, true, "defrosts", "hpm").judge(1)).isEqualTo(Severity.WARNING);
        assertThat(Reference.threshold(0, true, "defrosts", "hpm").judge(0)).isEqualTo(Severity.OK);
    }

    @Test
    void aRuleWithoutANumberJudgesNothingItself() {
        assertThat(Reference.rule("faults", "journal").judge(99)).isEqualTo(Severity.OK);
    }
}
