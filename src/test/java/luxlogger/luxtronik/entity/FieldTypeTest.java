package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

    @Test
    void coversEveryTypeUsedInTheFieldTables() {
        Set<String> used = new TreeSet<>();
        for (Group group : Group.values()) {
            TabFile.rows("/luxtronik/" + group.key() + ".tsv").forEach(row -> used.add(row[2]));
        }

        assertThat(used)
                .hasSizeGreaterThan(40)
                .allSatisfy(key -> assertThat(FieldType.of(key)).isPresent());
    }

    @Test
    void findsTypesByTheirTableName() {
        assertThat(FieldType.of("Celsius")).contains(FieldType.CELSIUS);
        assertThat(FieldType.of("IPv4Address")).contains(FieldType.IPV4_ADDRESS);
        assertThat(FieldType.of("celsius")).isEmpty();
        assertThat(FieldType.of("PowerKW")).isEmpty();
    }

    @Test
    void decodesTemperaturesAsExactDecimals() {
        assertThat(FieldType.CELSIUS.decode(454)).isEqualTo(new BigDecimal("45.4"));
        assertThat(((BigDecimal) FieldType.CELSIUS.decode(454)).toPlainString()).isEqualTo("45.4");
        assertThat(FieldType.CELSIUS.decode(0)).isEqualTo(new BigDecimal("0.0"));
        assertThat(FieldType.CELSIUS.decode(1)).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void decodesNegativeOutdoorTemperature() {
        assertThat(FieldType.CELSIUS.decode(-40)).isEqualTo(new BigDecimal("-4.0"));
        assertThat(FieldType.CELSIUS.decode(-500)).isEqualTo(new BigDecimal("-50.0"));
        assertThat(FieldType.KELVIN.decode(-15)).isEqualTo(new BigDecimal("-1.5"));
    }

    @Test
    void scalesEachQuantityByItsFactor() {
        assertThat(FieldType.PRESSURE.decode(1296)).isEqualTo(new BigDecimal("12.96"));
        assertThat(FieldType.VOLTAGE.decode(33)).isEqualTo(new BigDecimal("3.3"));
        assertThat(FieldType.VOLTAGE_HUNDREDTHS.decode(1000)).isEqualTo(new BigDecimal("10.00"));
        assertThat(FieldType.ENERGY.decode(87727)).isEqualTo(new BigDecimal("8772.7"));
        assertThat(FieldType.ENERGY_HUNDREDTHS.decode(916130)).isEqualTo(new BigDecimal("9161.30"));
        assertThat(FieldType.HOURS.decode(120)).isEqualTo(new BigDecimal("12.0"));
        assertThat(FieldType.PERCENT.decode(455)).isEqualTo(new BigDecimal("45.5"));
    }

    @Test
    void keepsPlainNumbersAsIntegers() {
        assertThat(FieldType.SECONDS.decode(4273067)).isEqualTo(4273067);
        assertThat(FieldType.COUNT.decode(2029)).isEqualTo(2029);
        assertThat(FieldType.FLOW.decode(1200)).isEqualTo(1200);
        assertThat(FieldType.PERCENT2.decode(45)).isEqualTo(45);
        assertThat(FieldType.UNKNOWN.decode(-7)).isEqualTo(-7);
        assertThat(FieldType.UNKNOWN.decode(Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void decodesAnyNonZeroAsTrue() {
        assertThat(FieldType.BOOL.decode(0)).isEqualTo(false);
        assertThat(FieldType.BOOL.decode(1)).isEqualTo(true);
        assertThat(FieldType.BOOL.decode(-1)).isEqualTo(true);
    }

    @Test
    void decodesTimestampsAsUtcInstants() {
        assertThat(FieldType.TIMESTAMP.decode(1481864444)).isEqualTo(Instant.parse("2016-12-16T05:00:44Z"));
        assertThat(FieldType.TIMESTAMP.decode(Integer.MAX_VALUE)).isEqualTo(Instant.parse("2038-01-19T03:14:07Z"));
    }

    @Test
    void treatsZeroOrNegativeTimestampAsNoTime() {
        assertThat(FieldType.TIMESTAMP.decode(0)).isNull();
        assertThat(FieldType.TIMESTAMP.decode(-1)).isNull();
    }

    @Test
    void decodesIpAddressesMostSignificantByteFirst() {
        assertThat(FieldType.IPV4_ADDRESS.decode(-1062709237)).isEqualTo("192.168.88.11");
        assertThat(FieldType.IPV4_ADDRESS.decode(-256)).isEqualTo("255.255.255.0");
        assertThat(FieldType.IPV4_ADDRESS.decode(-1)).isEqualTo("255.255.255.255");
        assertThat(FieldType.IPV4_ADDRESS.decode(0x7F000001)).isEqualTo("127.0.0.1");
        assertThat(FieldType.IPV4_ADDRESS.decode(0)).isEqualTo("0.0.0.0");
    }

    @Test
    void decodesCharacterCodesAndZeroAsEmpty() {
        assertThat(FieldType.CHARACTER.decode(86)).isEqualTo("V");
        assertThat(FieldType.CHARACTER.decode(46)).isEqualTo(".");
        assertThat(FieldType.CHARACTER.decode(0)).isEqualTo("");
        assertThat(FieldType.CHARACTER.decode(0x20AC)).isEqualTo("€");
        assertThat(FieldType.CHARACTER.decode(-1)).isNull();
    }

    @Test
    void joinsTheFirmwareCharactersSkippingZeros() {
        assertThat(FieldType.VERSION.span()).isEqualTo(10);
        assertThat(FieldType.VERSION.decode(new int[] {86, 51, 46, 55, 56, 0, 0, 0, 0, 0}))
                .isEqualTo("V3.78");
        assertThat(FieldType.VERSION.decode(new int[] {86, 51, 46, 57, 50, 46, 49, 0, 0, 0}))
                .isEqualTo("V3.92.1");
        assertThat(FieldType.VERSION.decode(new int[] {86, 0, 49})).isEqualTo("V1");
        assertThat(FieldType.VERSION.decode(new int[] {0, 0, 0})).isNull();
        assertThat(FieldType.VERSION.decode(new int[0])).isNull();
    }

    @Test
    void decodesSingleIndexTypesFromTheFirstOfSeveralValues() {
        assertThat(FieldType.CELSIUS.decode(new int[] {-40, 7})).isEqualTo(new BigDecimal("-4.0"));
        assertThat(FieldType.CELSIUS.decode(new int[0])).isNull();
        assertThat(FieldType.CELSIUS.span()).isEqualTo(1);
    }

    @Test
    void showsMajorMinorVersionWithTwoDigitMinor() {
        assertThat(FieldType.MAJOR_MINOR_VERSION.decode(112)).isEqualTo("1.12");
        assertThat(FieldType.MAJOR_MINOR_VERSION.decode(105)).isEqualTo("1.05");
        assertThat(FieldType.MAJOR_MINOR_VERSION.decode(150)).isEqualTo("1.50");
        assertThat(FieldType.MAJOR_MINOR_VERSION.decode(0)).isNull();
        assertThat(FieldType.MAJOR_MINOR_VERSION.decode(-3)).isNull();
    }

    @Test
    void decodesTimeOfDayFromSecondsSinceMidnight() {
        assertThat(FieldType.TIME_OF_DAY.decode(25200)).isEqualTo("07:00");
        assertThat(FieldType.TIME_OF_DAY.decode(0)).isEqualTo("00:00");
        assertThat(FieldType.TIME_OF_DAY.decode(86400)).isEqualTo("24:00");
        assertThat(FieldType.TIME_OF_DAY.decode(45045)).isEqualTo("12:30:45");
        assertThat(FieldType.TIME_OF_DAY.decode(90000)).isEqualTo("25:00");
        assertThat(FieldType.TIME_OF_DAY.decode(-60)).isNull();
    }

    @Test
    void decodesTimeOfDay2AsStartInLowAndEndInHighHalf() {
        assertThat(FieldType.TIME_OF_DAY2.decode(22 * 60 << 16 | 6 * 60)).isEqualTo("06:00-22:00");
        assertThat(FieldType.TIME_OF_DAY2.decode(1440 << 16 | 30)).isEqualTo("00:30-24:00");
        assertThat(FieldType.TIME_OF_DAY2.decode(0)).isEqualTo("00:00-00:00");
        assertThat(FieldType.TIME_OF_DAY2.decode(-1)).isEqualTo("1092:15-1092:15");
    }

    @Test
    void decodesHours2AsOnePlusHalfTheRawValue() {
        assertThat(FieldType.HOURS2.decode(8)).isEqualTo(new BigDecimal("5.0"));
        assertThat(FieldType.HOURS2.decode(3)).isEqualTo(new BigDecimal("2.5"));
        assertThat(FieldType.HOURS2.decode(0)).isEqualTo(new BigDecimal("1.0"));
        assertThat(FieldType.HOURS2.unit()).isEqualTo("h");
    }

    @Test
    void labelsSelectionCodes() {
        assertThat(FieldType.HEATING_MODE.decode(0)).isEqualTo("Automatic");
        assertThat(FieldType.HOT_WATER_MODE.decode(2)).isEqualTo("Party");
        assertThat(FieldType.HEATPUMP_CODE.decode(58)).isEqualTo("MSW 6");
        assertThat(FieldType.HEATPUMP_CODE.decode(7)).isEqualTo("L1A");
        assertThat(FieldType.OPERATION_MODE.decode(7)).isEqualTo("cooling");
        assertThat(FieldType.ERRORCODE.decode(716)).isEqualTo("error high pressure");
        assertThat(FieldType.ERRORCODE.decode(0)).isEqualTo("no error");
        assertThat(FieldType.HEATING_MODE.selection()).isTrue();
        assertThat(FieldType.CELSIUS.selection()).isFalse();
    }

    @Test
    void labelsUnknownSelectionCodesWithTheirNumber() {
        assertThat(FieldType.HEATING_MODE.decode(5)).isEqualTo("Unknown_5");
        assertThat(FieldType.HEATING_MODE.decode(-1)).isEqualTo("Unknown_-1");
        assertThat(FieldType.POOL_MODE.decode(1)).isEqualTo("Unknown_1");
        assertThat(FieldType.ERRORCODE.decode(699)).isEqualTo("Unknown_699");
        assertThat(FieldType.ERRORCODE.decode(808)).isEqualTo("Unknown_808");
        assertThat(FieldType.HEATPUMP_CODE.decode(1000)).isEqualTo("Unknown_1000");
    }

    @Test
    void numbersSwitchOffReasonsFromOne() {
        assertThat(FieldType.SWITCHOFF_FILE.decode(1)).isEqualTo("heatpump error");
        assertThat(FieldType.SWITCHOFF_FILE.decode(4)).isEqualTo("evu lock");
        assertThat(FieldType.SWITCHOFF_FILE.decode(9)).isEqualTo("no request");
        assertThat(FieldType.SWITCHOFF_FILE.decode(0)).isEqualTo("Unknown_0");
    }

    @Test
    void labelsStatusLines() {
        assertThat(FieldType.MAIN_MENU_STATUS_LINE1.decode(0)).isEqualTo("heatpump running");
        assertThat(FieldType.MAIN_MENU_STATUS_LINE1.decode(1)).isEqualTo("heatpump idle");
        assertThat(FieldType.MAIN_MENU_STATUS_LINE2.decode(2)).isEqualTo("since last error");
        assertThat(FieldType.MAIN_MENU_STATUS_LINE3.decode(5)).isEqualTo("domestic water");
        assertThat(FieldType.MAIN_MENU_STATUS_LINE3.decode(11)).isEqualTo("Unknown_11");
    }

    @Test
    void neverThrowsWhateverTheRawValue() {
        int[] extremes = {Integer.MIN_VALUE, -65536, -1, 0, 1, 127, 128, 65535, 86401, 1114112, Integer.MAX_VALUE};
        for (FieldType type : FieldType.values()) {
            for (int raw : extremes) {
                assertThatCode(() -> type.decode(raw)).as("%s %d", type, raw).doesNotThrowAnyException();
            }
            assertThatCode(() -> type.decode(extremes)).as("%s", type).doesNotThrowAnyException();
        }
    }

    @Test
    void knowsTheUnitOfEachQuantity() {
        assertThat(FieldType.CELSIUS.unit()).isEqualTo("°C");
        assertThat(FieldType.KELVIN.unit()).isEqualTo("K");
        assertThat(FieldType.PRESSURE.unit()).isEqualTo("bar");
        assertThat(FieldType.ENERGY_HUNDREDTHS.unit()).isEqualTo("kWh");
        assertThat(FieldType.SECONDS.unit()).isEqualTo("s");
        assertThat(FieldType.FLOW.unit()).isEqualTo("l/h");
        assertThat(FieldType.BOOL.unit()).isEmpty();
    }
}
