package luxlogger.simulator.control;

import java.util.Arrays;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Builds the {@link Profile#CURRENT} values: array lengths of firmware 3.9x taken from the field tables, values
 * of the V3.78 dump where it has them, the V1.80 dump for the few indices only it has, and plausible values
 * for what newer firmware appended. Made an air/water unit (type code 81, like the heat pump of the real
 * history) so that the model defrosts.
 */
final class CurrentFirmware {

    private static final String FIRMWARE = "V3.92.1";

    private CurrentFirmware() {
    }

    static Snapshot compose(Snapshot v378, Snapshot v180) {
        int[] parameters = extend(v378.parameters(), v180.parameters(), rows("parameters"));
        int[] calculations = extend(v378.calculations(), v180.calculations(), rows("calculations"));
        byte[] visibilities = new byte[rows("visibilities")];
        for (int i = 0; i < visibilities.length; i++) {
            visibilities[i] = i < v378.visibilities().length ? v378.visibilities()[i]
                    : i < v180.visibilities().length ? v180.visibilities()[i] : 0;
        }
        // ID_WEB_Sollwert_TRL_HZ: the V3.78 unit ran radiators at 45 °C return; an air/water unit on a floor
        // heating curve asks for about 33 °C at that outdoor average, which also sets the model's curve.
        calculations[12] = 330;
        calculations[78] = 81; // ID_WEB_Code_WP_akt: "LW 8", an air/water unit
        Arrays.fill(calculations, 81, 91, 0); // ID_WEB_SoftStand_0..9: one ASCII code per int
        for (int i = 0; i < FIRMWARE.length(); i++) {
            calculations[81 + i] = FIRMWARE.charAt(i);
        }
        calculations[237] = 25; // ID_WEB_Freq_VD_Min, Hz
        calculations[238] = 100; // ID_WEB_Freq_VD_Max, Hz
        calculations[239] = 30; // VBO_Temp_Spread_Soll, 3.0 K
        calculations[242] = 50; // HUP_Temp_Spread_Soll, 5.0 K
        calculations[267] = 200; // Desired_Room_Temperature, 20.0 °C
        parameters[1148] = 200; // HEATING_TARGET_TEMP_ROOM_THERMOSTAT, 20.0 °C
        // HEAT_ENERGY_INPUT / DHW_ENERGY_INPUT (0.1 kWh): the heat meters of the dump at a seasonal COP of 4
        parameters[1136] = calculations[151] / 4;
        parameters[1137] = calculations[152] / 3;
        return new Snapshot(v378.time(), parameters, calculations, visibilities);
    }

    private static int[] extend(int[] first, int[] second, int length) {
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = i < first.length ? first[i] : i < second.length ? second[i] : 0;
        }
        return values;
    }

    /** Rows of a field table (header excluded): the array length current firmware sends. */
    private static int rows(String table) {
        return Profile.lines("/luxtronik/" + table + ".tsv").size() - 1;
    }
}
