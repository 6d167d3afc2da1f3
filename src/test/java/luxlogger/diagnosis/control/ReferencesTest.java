package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    private final References references = References.standard();

    @Test
    void theShippedTableHoldsDiagnosticsFiguresWithTheirSources() {
        var starts = references.reference("starts-per-day");
        assertThat(starts.median()).isEqualTo(6.1);
        assertThat(starts.p90()).isEqualTo(12.8);
        assertThat(starts.source()).contains("heatpumpmonitor.org");
        assertThat(references.reference("hot-water-cop").judge(2.0)).isEqualTo(Severity.WARNING);
        assertThat(references.reference("carnot").judge(44)).isEqualTo(Severity.WARNING);
        assertThat(references.reference("aux-share").judge(2)).isEqualTo(Severity.NOTICE);
        assertThat(references.value("spf-fit-intercept")).isEqualTo(7.42);
        assertThat(references.value("air-spf-p90")).isEqualTo(4.59);
        assertThat(references.text("oversizing")).contains("1.2-1.5x", "2.1x", "3x");
    }

    @Test
    void aBadRowIsNamedWithWhatIsWrong() {
        List<String[]> rows = List.of(
                new String[] {"carnot", "threshold", "lower", "", "", "", "45", "words", "somewhere"},
                new String[] {"spread", "fleet", "higher", "3.0", "three", "5.2", "", "words", "somewhere"});

        assertThatThrownBy(() -> References.read("test.tsv", rows))
                .hasMessage("test.tsv, row 2 (spread): median 'three' is not a number");
    }

    @Test
    void rowsWithoutWhatTheirKindNeedsAreRefused() {
        assertThatThrownBy(() -> References.read(
                        "t", List.<String[]>of(new String[] {"x", "threshold", "lower", "", "", "", "", "w", "s"})))
                .hasMessageContaining("no value");
        assertThatThrownBy(() -> References.read(
                        "t", List.<String[]>of(new String[] {"x", "fleet", "up", "", "1", "", "", "w", "s"})))
                .hasMessageContaining("worse 'up' is neither higher nor lower");
        assertThatThrownBy(() -> References.read(
                        "t", List.<String[]>of(new String[] {"x", "guess", "", "", "", "", "", "w", "s"})))
                .hasMessageContaining("kind 'guess'");
        assertThatThrownBy(() -> References.read(
                        "t", List.<String[]>of(new String[] {"x", "rule", "", "", "", "", "", "w", ""})))
                .hasMessageContaining("no source");
        assertThatThrownBy(() -> References.read("t", List.<String[]>of(new String[] {"x", "rule"})))
                .hasMessageContaining("9 columns");
        String[] twice = {"x", "rule", "", "", "", "", "", "w", "s"};
        assertThatThrownBy(() -> References.read("t", List.of(twice, twice))).hasMessageContaining("twice");
        assertThatThrownBy(() -> references.reference("nothing")).hasMessageContaining("no reference nothing");
        assertThatThrownBy(() -> references.reference("spf-fit-slope")).hasMessageContaining("is a figure");
        assertThatThrownBy(() -> references.value("spread")).hasMessageContaining("no single value");
    }
}
