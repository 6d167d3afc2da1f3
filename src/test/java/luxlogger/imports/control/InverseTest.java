package luxlogger.imports.control;

import static luxlogger.imports.control.Inverse.MISS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values as python-luxtronik 7a0eda74 printed them, and the raw integers they came from. */
class InverseTest {

    @Test
    void turnsTenthsBackWhereTheyMultiplyBackToTheSameDouble() {
        assertThat(Inverse.scaled("48.300000000000004", 10, 0.1)).isEqualTo(483);
        assertThat(Inverse.scaled("45.0", 10, 0.1)).isEqualTo(450);
        assertThat(Inverse.scaled("-0.6000000000000001", 10, 0.1)).isEqualTo(-6);
        assertThat(Inverse.scaled("-2.5", 10, 0.1)).isEqualTo(-25);
        assertThat(Inverse.scaled("9161.300000000001", 10, 0.1)).isEqualTo(91613);
    }

    @Test
    void missesARoundedTenthRatherThanRoundingIt() {
        // 483 × 0.1 prints as 48.300000000000004: "48.3" is what a person or another program wrote
        assertThat(Inverse.scaled("48.3", 10, 0.1)).isEqualTo(MISS);
        assertThat(Inverse.scaled("45.05", 10, 0.1)).isEqualTo(MISS);
        assertThat(Inverse.scaled("1e12", 10, 0.1)).isEqualTo(MISS);
    }

    @Test
    void turnsHundredthsBack() {
        assertThat(Inverse.scaled("12.92", 100, 0.01)).isEqualTo(1292);
        assertThat(Inverse.scaled("13.11", 100, 0.01)).isEqualTo(1311);
        assertThat(Inverse.scaled("13.1", 100, 0.01)).isEqualTo(1310);
        assertThat(Inverse.scaled("13.105", 100, 0.01)).isEqualTo(MISS);
    }

    @Test
    void turnsHalfHoursBack() {
        assertThat(Inverse.hours2("1.0")).isEqualTo(0);
        assertThat(Inverse.hours2("5.0")).isEqualTo(8);
        assertThat(Inverse.hours2("2.5")).isEqualTo(3);
        assertThat(Inverse.hours2("2.25")).isEqualTo(MISS);
    }

    @Test
    void turnsAddressesBackMostSignificantByteFirst() {
        assertThat(Inverse.ipv4("192.168.88.11")).isEqualTo(-1062709237);
        assertThat(Inverse.ipv4("255.255.255.0")).isEqualTo(-256);
        assertThat(Inverse.ipv4("0.0.0.0")).isEqualTo(0);
        assertThat(Inverse.ipv4("10.0.0.1")).isEqualTo(167772161);
    }

    @Test
    void missesWhatNoAddressPrintsAs() {
        assertThat(Inverse.ipv4("192.168.088.11")).isEqualTo(MISS);
        assertThat(Inverse.ipv4("192.168.256.11")).isEqualTo(MISS);
        assertThat(Inverse.ipv4("192.168.88")).isEqualTo(MISS);
        assertThat(Inverse.ipv4("a.b.c.d")).isEqualTo(MISS);
    }

    @Test
    void turnsCharactersBack() {
        assertThat(Inverse.character("V")).isEqualTo('V');
        assertThat(Inverse.character("")).isEqualTo(0);
        assertThat(Inverse.character("😀")).isEqualTo(0x1F600);
        assertThat(Inverse.character("V3")).isEqualTo(MISS);
        assertThat(Inverse.character("\0")).isEqualTo(MISS);
    }

    @Test
    void turnsVersionsBackWithTheirUnpaddedMinor() {
        assertThat(Inverse.majorMinor("1.5")).isEqualTo(105);
        assertThat(Inverse.majorMinor("1.50")).isEqualTo(150);
        assertThat(Inverse.majorMinor("0")).isEqualTo(0);
        assertThat(Inverse.majorMinor("0.7")).isEqualTo(7);
        assertThat(Inverse.majorMinor("1.05")).isEqualTo(MISS);
        assertThat(Inverse.majorMinor("1.100")).isEqualTo(MISS);
        assertThat(Inverse.majorMinor("0.0")).isEqualTo(MISS);
        assertThat(Inverse.majorMinor("112")).isEqualTo(MISS);
    }

    @Test
    void turnsTimesOfDayBack() {
        assertThat(Inverse.timeOfDay("7:00")).isEqualTo(25200);
        assertThat(Inverse.timeOfDay("0:00")).isEqualTo(0);
        assertThat(Inverse.timeOfDay("23:59:59")).isEqualTo(86399);
        assertThat(Inverse.timeOfDay("-1:59:59")).isEqualTo(-1);
        assertThat(Inverse.timeOfDay("27:00")).isEqualTo(97200);
    }

    @Test
    void missesTimesOfDayPythonDidNotPrint() {
        assertThat(Inverse.timeOfDay("7:00:00")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("07:00")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("7:0")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("7:60")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("7")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("seven:00")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay("999999:00")).isEqualTo(MISS);
    }

    @Test
    void turnsTimeRangesBackStartLow() {
        assertThat(Inverse.timeOfDay2("0:00-0:00")).isEqualTo(0);
        assertThat(Inverse.timeOfDay2("6:00-22:00")).isEqualTo(1320 * 65536 + 360);
        assertThat(Inverse.timeOfDay2("0:00--1:59")).isEqualTo(-65536);
        assertThat(Inverse.timeOfDay2("6:00")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay2("6:00-22:0")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay2("6-22:00")).isEqualTo(MISS);
        assertThat(Inverse.timeOfDay2("0:00-546:08")).isEqualTo(MISS);
    }
}
