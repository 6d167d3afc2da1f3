package luxlogger.diagnosis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeatSourceTest {

    @Test
    void theTypeNameSaysTheSourceWhereItCan() {
        assertThat(HeatSource.ofType("L1A")).contains(HeatSource.AIR);
        assertThat(HeatSource.ofType("LD7 REV")).contains(HeatSource.AIR);
        assertThat(HeatSource.ofType("LW SEC")).contains(HeatSource.AIR);
        assertThat(HeatSource.ofType("MSW 6")).contains(HeatSource.GROUND);
        assertThat(HeatSource.ofType("SW 37_45")).contains(HeatSource.GROUND);
        assertThat(HeatSource.ofType("SWC")).contains(HeatSource.GROUND);
        assertThat(HeatSource.ofType("WW1")).contains(HeatSource.WATER);
        assertThat(HeatSource.ofType("WWC2")).contains(HeatSource.WATER);
    }

    @Test
    void typesWhoseNameDoesNotSayLeaveItOpen() {
        assertThat(HeatSource.ofType("ERC")).isEmpty();
        assertThat(HeatSource.ofType("WZS")).isEmpty();
        assertThat(HeatSource.ofType("WWB_20")).isEmpty();
        assertThat(HeatSource.ofType("KSW")).isEmpty();
        assertThat(HeatSource.ofType("Unknown_99")).isEmpty();
        assertThat(HeatSource.ofType(null)).isEmpty();
    }

    @Test
    void settingWordsAreReadInAnyCase() {
        assertThat(HeatSource.of("Ground")).isEqualTo(HeatSource.GROUND);
        assertThat(HeatSource.AIR.key()).isEqualTo("air");
        assertThatThrownBy(() -> HeatSource.of("steam")).isInstanceOf(IllegalArgumentException.class);
    }
}
