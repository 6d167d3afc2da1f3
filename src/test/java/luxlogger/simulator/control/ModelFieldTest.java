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
