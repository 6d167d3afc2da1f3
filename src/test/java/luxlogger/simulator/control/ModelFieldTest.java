package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class ModelFieldTest {

    private static Snapshot zeros(int parameters, int calculations) {
        return new Snapshot(Instant.EPOCH, new int[parameters], new int[calculations], new byte[0]);
    }

    @Test
    void writesAtTheIndicesTheTablesGiveTheNames() {
        Snapshot snapshot = zeros(1160, 269);
        ModelField.FLOW.write(snapshot, 454);
        ModelField.SWITCH_OFF_TIMES.write(snapshot, 4, 1_700_000_000);
        ModelField.HEATING_ENERGY_INPUT.write(snapshot, 12345);

        assertThat(snapshot.calculations()[10]).as("ID_WEB_Temperatur_TVL").isEqualTo(454);
        assertThat(snapshot.calculations()[115])
                .as("ID_WEB_Switchoff_file_Time4")
                .isEqualTo(1_700_000_000);
        assertThat(snapshot.parameters()[1136]).as("HEAT_ENERGY_INPUT").isEqualTo(12345);
        assertThat(ModelField.FLOW.read(snapshot, -1)).isEqualTo(454);
    }

    @Test
    void errorFileSwitchOffCopiesAndCounterCopiesSitWhereTheDumpsHaveThem() {
        Snapshot s = zeros(1160, 269);
        ModelField.ERROR_TIMES.write(s, 4, 1);
        ModelField.ERROR_CODES.write(s, 2);
        ModelField.ERROR_COUNT.write(s, 3);
        ModelField.SWITCH_OFF_INDEX.write(s, 4);
        ModelField.SWITCH_OFF_COPY_CODES.write(s, 4, 5);
        ModelField.SWITCH_OFF_COPY_TIMES.write(s, 0, 6);
        ModelField.COUNTERS.write(s, 0, 7);
        ModelField.COUNTER_COPIES.write(s, 8, 8);
        ModelField.HEAT_METERS.write(s, 3, 9);
        ModelField.HEAT_METER_COPIES.write(s, 1, 10);

        assertThat(s.calculations()[99]).as("ID_WEB_ERROR_Time4").isEqualTo(1);
        assertThat(s.calculations()[100]).as("ID_WEB_ERROR_Nr0").isEqualTo(2);
        assertThat(s.calculations()[105]).as("ID_WEB_AnzahlFehlerInSpeicher").isEqualTo(3);
        assertThat(s.parameters()[31]).as("ID_Switchoff_index").isEqualTo(4);
        assertThat(s.parameters()[720]).as("ID_Switchoff_file_4_0").isEqualTo(5);
        assertThat(s.parameters()[721]).as("ID_Switchoff_file_0_1").isEqualTo(6);
        assertThat(s.calculations()[63]).as("ID_WEB_Zaehler_BetrZeitWP").isEqualTo(7);
        assertThat(s.parameters()[728]).as("ID_Zaehler_BetrZeitHz").isEqualTo(8);
        assertThat(s.calculations()[153]).as("ID_WEB_WMZ_Schwimmbad").isEqualTo(9);
        assertThat(s.parameters()[854]).as("ID_Waermemenge_Hz").isEqualTo(10);
    }

    @Test
    void knowsHowManySlotsAHistoryOrATextHas() {
        assertThat(ModelField.SWITCH_OFF_CODES.slots()).isEqualTo(5);
        assertThat(ModelField.FIRMWARE.slots()).isEqualTo(10);
        assertThat(ModelField.CLOCK.slots()).isEqualTo(1);
    }

    @Test
    void fieldBeyondTheEndOfOldFirmwareIsNeitherReadNorWritten() {
        Snapshot v180 = zeros(1086, 200);
        ModelField.HEAT_OUTPUT.write(v180, 3400);
        ModelField.HEATING_ENERGY_INPUT.write(v180, 99);

        assertThat(v180).isEqualTo(zeros(1086, 200));
        assertThat(ModelField.HEAT_OUTPUT.read(v180, -7)).isEqualTo(-7);
    }
}
