package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import luxlogger.luxtronik.entity.FieldType;
import org.junit.jupiter.api.Test;

class DialectTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant WINTER_MORNING = Instant.parse("2026-01-31T06:00:00Z");
    private static final Instant SUMMER_MORNING = Instant.parse("2026-07-31T05:00:00.750Z");

    private final CellFormat standard = new CellFormat(Dialect.STANDARD, BERLIN);
    private final CellFormat excel = new CellFormat(Dialect.EXCEL_DE, BERLIN);

    @Test
    void readsConfiguredNames() {
        assertThat(Dialect.of("standard")).isEqualTo(Dialect.STANDARD);
        assertThat(Dialect.of(" Excel-DE ")).isEqualTo(Dialect.EXCEL_DE);
        assertThat(Dialect.of("EXCEL_DE")).isEqualTo(Dialect.EXCEL_DE);
    }

    @Test
    void rejectsUnknownNamesListingTheKnownOnes() {
        assertThatThrownBy(() -> Dialect.of("excel-fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("excel-fr")
                .hasMessageContaining("standard, excel-de");
    }

    @Test
    void writesDecimalsPlainWithTheDialectsDecimalPoint() {
        Object flow = FieldType.CELSIUS.decode(454);

        assertThat(standard.cell(flow)).isEqualTo("45.4");
        assertThat(excel.cell(flow)).isEqualTo("45,4");
        assertThat(standard.cell(FieldType.PRESSURE.decode(1850))).isEqualTo("18.50");
        assertThat(excel.cell(FieldType.HOURS2.decode(8))).isEqualTo("5,0");
        assertThat(standard.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void keepsTheSignOfNegativeDecimals() {
        assertThat(standard.cell(FieldType.CELSIUS.decode(-52))).isEqualTo("-5.2");
        assertThat(excel.cell(FieldType.CELSIUS.decode(-5))).isEqualTo("-0,5");
        assertThat(excel.cell(FieldType.KELVIN.decode(-1000))).isEqualTo("-100,0");
    }

    @Test
    void writesWholeNumbersAsTheyAre() {
        assertThat(standard.cell(FieldType.COUNT.decode(-12345))).isEqualTo("-12345");
        assertThat(excel.cell(FieldType.POWER.decode(2800))).isEqualTo("2800");
    }

    @Test
    void writesLabelsOfSelections() {
        assertThat(standard.cell(FieldType.HEATING_MODE.decode(0))).isEqualTo("Automatic");
        assertThat(excel.cell(FieldType.HEATING_MODE.decode(99))).isEqualTo("Unknown_99");
    }

    @Test
    void quotesTextHoldingTheSeparatorOrQuotes() {
        assertThat(standard.cell("Heating, night")).isEqualTo("\"Heating, night\"");
        assertThat(standard.cell("Heating; night")).isEqualTo("Heating; night");
        assertThat(excel.cell("Heating; night")).isEqualTo("\"Heating; night\"");
        assertThat(excel.cell("Heating, night")).isEqualTo("Heating, night");
        assertThat(standard.cell("the \"eco\" mode")).isEqualTo("\"the \"\"eco\"\" mode\"");
        assertThat(excel.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void leavesDotsInTextValuesAlone() {
        assertThat(excel.cell(FieldType.IPV4_ADDRESS.decode(-1062709237))).isEqualTo("192.168.88.11");
        assertThat(excel.cell(FieldType.MAJOR_MINOR_VERSION.decode(105))).isEqualTo("1.05");
        assertThat(excel.cell(FieldType.VERSION.decode(new int[] {'V', '3', '.', '7', '8'})))
                .isEqualTo("V3.78");
    }

    @Test
    void writesTimesOfDayAsText() {
        assertThat(excel.cell(FieldType.TIME_OF_DAY.decode(6 * 3600 + 30 * 60))).isEqualTo("06:30");
        assertThat(standard.cell(FieldType.TIME_OF_DAY2.decode(22 * 60 | (6 * 60) << 16)))
                .isEqualTo("22:00-06:00");
    }

    @Test
    void writesTimestampsInTheZoneWithOffset() {
        assertThat(standard.cell(WINTER_MORNING)).isEqualTo("2026-01-31T07:00:00+01:00");
        assertThat(standard.time(SUMMER_MORNING)).isEqualTo("2026-07-31T07:00:00+02:00");
        assertThat(new CellFormat(Dialect.STANDARD, ZoneId.of("UTC")).time(WINTER_MORNING))
                .isEqualTo("2026-01-31T06:00:00+00:00");
    }

    @Test
    void writesTimestampsTheGermanWayInExcelDe() {
        assertThat(excel.cell(WINTER_MORNING)).isEqualTo("31.01.2026 07:00:00");
        assertThat(excel.time(SUMMER_MORNING)).isEqualTo("31.07.2026 07:00:00");
    }

    @Test
    void writesBooleansAsOneAndZero() {
        assertThat(standard.cell(FieldType.BOOL.decode(1))).isEqualTo("1");
        assertThat(excel.cell(FieldType.BOOL.decode(0))).isEqualTo("0");
    }

    @Test
    void leavesMissingValuesEmpty() {
        assertThat(standard.cell(FieldType.TIMESTAMP.decode(0))).isEmpty();
        assertThat(excel.cell(FieldType.MAJOR_MINOR_VERSION.decode(0))).isEmpty();
        assertThat(excel.cell(null)).isEmpty();
        assertThat(excel.cell("")).isEmpty();
    }
}
