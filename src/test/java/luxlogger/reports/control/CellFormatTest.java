package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CellFormatTest {

    private final CellFormat standard = new CellFormat(Dialect.STANDARD, ZoneId.of("UTC"));
    private final CellFormat excel = new CellFormat(Dialect.EXCEL_DE, ZoneId.of("UTC"));

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        for (CellFormat format : new CellFormat[] {standard, excel}) {
            assertThat(format.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
            assertThat(format.cell("+49")).isEqualTo("'+49");
            assertThat(format.cell("-2+3")).isEqualTo("'-2+3");
            assertThat(format.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
            assertThat(format.cell("\t=1")).isEqualTo("'\t=1");
            assertThat(format.cell("\r=1")).isEqualTo("\"'\r=1\"");
            assertThat(format.cell("=")).isEqualTo("'=");
        }
        assertThat(standard.cell("=1+2,3")).isEqualTo("\"'=1+2,3\"");
        assertThat(excel.cell("=1+2;3")).isEqualTo("\"'=1+2;3\"");
    }

    @Test
    void numbersStayNumbersAndHarmlessTextStaysAsItIs() {
        assertThat(standard.cell(new BigDecimal("-3.9"))).isEqualTo("-3.9");
        assertThat(excel.cell(new BigDecimal("-3.9"))).isEqualTo("-3,9");
        assertThat(standard.cell(-5)).isEqualTo("-5");
        assertThat(excel.cell(-5)).isEqualTo("-5");
        assertThat(standard.cell("V3.92.1")).isEqualTo("V3.92.1");
        assertThat(standard.cell("06:30-07:00")).isEqualTo("06:30-07:00");
        assertThat(standard.cell("a=b")).isEqualTo("a=b");
        assertThat(standard.cell("")).isEmpty();
        assertThat(standard.cell(null)).isEmpty();
    }
}
