package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFileTest {

    @TempDir
    Path dir;

    @Test
    void figuresAreWrittenInTheDialectWithEmptyCellsForAbsentOnes() throws Exception {
        Path target = dir.resolve("2026-12-06_summary.csv");

        Report report = TableFile.write(
                target,
                Dialect.of("excel-de"),
                List.of("label", "heat_total", "factor_total", "complete"),
                List.of(
                        Arrays.asList("2026-12-05", 101.23456, null, true),
                        Arrays.asList("2026-12-04", 1e-7, 3.5, false)));

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFlabel;heat_total;factor_total;complete\r\n");
        assertThat(text).contains("2026-12-05;101,235;;true\r\n").contains("2026-12-04;0;3,5;false\r\n");
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.columns()).isEqualTo(4);
        assertThat(dir.toFile().list()).containsExactly("2026-12-06_summary.csv");
    }

    @Test
    void numbersNeverUseAnExponent() {
        assertThat(TableFile.cell(12345678.9, Dialect.of("standard"))).isEqualTo("12345678.9");
        assertThat(TableFile.cell(null, Dialect.of("standard"))).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunIsShownAsText() {
        assertThat(TableFile.cell("+3600 s", Dialect.of("standard"))).isEqualTo("'+3600 s");
        assertThat(TableFile.cell("=1+1", Dialect.of("standard"))).isEqualTo("'=1+1");
        assertThat(TableFile.cell("heating -> hot water", Dialect.of("standard")))
                .isEqualTo("heating -> hot water");
        assertThat(TableFile.cell(-3.5, Dialect.of("standard"))).isEqualTo("-3.5");
    }
}
