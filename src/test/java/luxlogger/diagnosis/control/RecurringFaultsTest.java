package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import org.junit.jupiter.api.Test;

class RecurringFaultsTest {

    private static JournalEvent at(int hours, EventKind kind, int code, String text) {
        return Judging.event(kind, Judging.T0.plus(Duration.ofHours(hours)), code, text);
    }

    private static Finding judged(List<JournalEvent> events) {
        return new RecurringFaults().check(Judging.evidence(new TestHeatPump(), 1, HeatSource.AIR, null, events));
    }

    @Test
    void theSameErrorTwiceIsAWarningNamingItsText() {
        Finding finding = judged(List.of(
                at(20, EventKind.ERROR, 718, "718 max. outdoor temp."),
                at(3, EventKind.ERROR, 718, "718 max. outdoor temp."),
                at(5, EventKind.ERROR, 701, "701 error low pressure"),
                at(6, EventKind.SWITCH_OFF, 11, "11 flow rate"),
                at(7, EventKind.SWITCH_OFF, 11, "11 flow rate")));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.summary()).isEqualTo("Error 718 max. outdoor temp. occurred 2 times in the period.");
        assertThat(Figures.of(finding, "mostRepeated")).isEqualTo(2);
        assertThat(Figures.of(finding, "errors")).isEqualTo(3);
        assertThat(finding.advice().en())
                .isEqualTo("Look up error 718 max. outdoor temp. in the controller's manual and have the installer find"
                        + " its cause: it recurred 2 times.");
        assertThat(finding.advice().de()).contains("2-mal");
        assertThat(finding.evidence())
                .extracting(span -> span.from().toString())
                .containsExactly("2026-01-12T02:30:00Z", "2026-01-12T19:30:00Z");
    }

    @Test
    void theSameSwitchOffReasonTwiceIsANotice() {
        Finding finding = judged(List.of(
                at(6, EventKind.SWITCH_OFF, 11, "11 flow rate"),
                at(7, EventKind.SWITCH_OFF, 11, "11 flow rate"),
                at(8, EventKind.SWITCH_OFF, 11, "11 flow rate")));

        assertThat(finding.severity()).isEqualTo(Severity.NOTICE);
        assertThat(finding.summary()).isEqualTo("Switch-off 11 flow rate occurred 3 times in the period.");
        assertThat(finding.advice().en()).startsWith("Look up switch-off reason 11 flow rate");
    }

    @Test
    void theEndsOfNormalOperationAndSingleFaultsAreFine() {
        Finding finding = judged(List.of(
                at(1, EventKind.SWITCH_OFF, 9, "9 no request"),
                at(2, EventKind.SWITCH_OFF, 9, "9 no request"),
                at(3, EventKind.SWITCH_OFF, 4, "4 evu lock"),
                at(4, EventKind.SWITCH_OFF, 4, "4 evu lock"),
                at(5, EventKind.SWITCH_OFF, 5, "5 air defrost"),
                at(6, EventKind.SWITCH_OFF, 5, "5 air defrost"),
                at(7, EventKind.ERROR, 718, "718 max. outdoor temp.")));

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary())
                .isEqualTo("No error or switch-off recurred (1 error, 0 switch-offs besides the ends of normal"
                        + " operation).");
        assertThat(finding.reference().text()).contains("no request, utility lock, air defrost");
    }
}
