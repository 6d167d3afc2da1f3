package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static final Field FLOW =
            new Field(Group.CALCULATIONS, 10, "ID_WEB_Temperatur_TVL", FieldType.CELSIUS, "°C", "Flow");
    private static final Field ERROR_TIME =
            new Field(Group.CALCULATIONS, 95, "ID_WEB_ERROR_Time0", FieldType.TIMESTAMP, "", "Error time");

    @Test
    void showsDecimalsPlainAndWithUnit() {
        var reading = new Reading(FLOW, 454, FieldType.CELSIUS.decode(454));

        assertThat(reading.text()).isEqualTo("45.4");
        assertThat(reading.display()).isEqualTo("45.4 °C");
    }

    @Test
    void neverShowsDecimalsInScientificNotation() {
        assertThat(new Reading(FLOW, 0, new BigDecimal("1E+3")).text()).isEqualTo("1000");
        assertThat(new Reading(FLOW, 0, BigDecimal.valueOf(0, 2)).text()).isEqualTo("0.00");
    }

    @Test
    void showsInstantsAsIso8601() {
        var reading = new Reading(ERROR_TIME, 1481864444, Instant.ofEpochSecond(1481864444));

        assertThat(reading.text()).isEqualTo("2016-12-16T05:00:44Z");
        assertThat(reading.display()).isEqualTo("2016-12-16T05:00:44Z");
    }

    @Test
    void showsMissingValueAsEmptyTextWithoutUnit() {
        assertThat(new Reading(FLOW, 0, null).text()).isEmpty();
        assertThat(new Reading(FLOW, 0, null).display()).isEmpty();
    }
}
