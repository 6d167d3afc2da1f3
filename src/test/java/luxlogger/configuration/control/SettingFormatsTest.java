package luxlogger.configuration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The reader reports a value as a problem only when its format rejects it with an IllegalArgumentException. */
class SettingFormatsTest {

    @Test
    void rejectsNumbersOutsideTheirRangeAndNotANumber() {
        assertThat(SettingFormats.integer("20", 0, 20)).isEqualTo(20);
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.integer("21", 0, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.integer("2.5", 0, 20));
        assertThat(SettingFormats.decimal("0.001", 0.001, 100_000)).isEqualTo(0.001);
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.decimal("NaN", 0.001, 100_000));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.decimal("0", 0.001, 100_000));
    }

    @Test
    void rejectsTimesAndZonesThatJavaTimeCannotParseAsIllegalArguments() {
        assertThat(SettingFormats.time("23:59")).isEqualTo(LocalTime.of(23, 59));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.time("24:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.time("7 o'clock"));
        assertThat(SettingFormats.zone(":UTC")).isEqualTo(ZoneId.of("UTC"));
        assertThat(SettingFormats.zone("")).isEqualTo(ZoneId.systemDefault());
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.zone("Europe/Atlantis"));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.zone("+25:00"));
    }

    @Test
    void rejectsWordsOutsideTheirSet() {
        assertThat(SettingFormats.choice("STANDARD", "standard", "excel-de")).isEqualTo("standard");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.choice("excel", "standard", "excel-de"));
        assertThat(SettingFormats.bool("False")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.bool("yes"));
        assertThat(SettingFormats.day("wed")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.day("we"));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingFormats.day(""));
    }
}
