package luxlogger.simulator.control;

import static luxlogger.simulator.control.ModelField.*;

import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Builds the {@link Profile#CURRENT} values: array lengths of firmware 3.9x taken from the field tables, values
 * of the V3.78 dump where it has them, the V1.80 dump for the few indices only it has, and plausible values
 * for what newer firmware appended. Made an air/water unit (type code 81, like the heat pump of the real
 * history) so that the model defrosts.
 */
final class CurrentFirmware {

    private static final String FIRMWARE_VERSION = "V3.92.1";

    private CurrentFirmware() {}

    static Snapshot compose(Snapshot v378, Snapshot v180) {
        Catalog catalog = Catalog.standard();
        int[] parameters = extend(v378.parameters(), v180.parameters(), catalog.length(Group.PARAMETERS));
        int[] calculations = extend(v378.calculations(), v180.calculations(), catalog.length(Group.CALCULATIONS));
        byte[] visibilities = new byte[catalog.length(Group.VISIBILITIES)];
        for (int i = 0; i < visibilities.length; i++) {
            visibilities[i] = i < v378.visibilities().length
                    ? v378.visibilities()[i]
                    : i < v180.visibilities().length ? v180.visibilities()[i] : 0;
        }
        Snapshot current = new Snapshot(v378.time(), parameters, calculations, visibilities);
        // The V3.78 unit ran radiators at 45 °C return; an air/water unit on a floor heating curve asks for about
        // 33 °C at that outdoor average, which also sets the model's curve.
        RETURN_TARGET.write(current, 330);
        HEAT_PUMP_TYPE.write(current, 81); // "LW 8", an air/water unit
        for (int i = 0; i < FIRMWARE.slots(); i++) {
            // one ASCII code per int, zeros after the text
            FIRMWARE.write(current, i, i < FIRMWARE_VERSION.length() ? FIRMWARE_VERSION.charAt(i) : 0);
        }
        FREQUENCY_MIN.write(current, 25); // Hz
        FREQUENCY_MAX.write(current, 100); // Hz
        SOURCE_SPREAD_TARGET.write(current, 30); // 3.0 K
        SPREAD_TARGET.write(current, 50); // 5.0 K
        ROOM_TARGET.write(current, 200); // 20.0 °C
        ROOM_THERMOSTAT_TARGET.write(current, 200); // 20.0 °C
        // V3.88 dropped the resettable heat total (C154 reads 0 since: ENERGY.md 1.1); C151-C153 count on.
        HEAT_TOTAL.write(current, 0);
        // The electricity counters (0.01 kWh): the heat meters of the dump (0.1 kWh) at a seasonal COP of 4 and 3
        HEATING_ENERGY_INPUT.write(current, HEAT_HEATING.read(current, 0) * 10 / 4);
        HOT_WATER_ENERGY_INPUT.write(current, HEAT_HOT_WATER.read(current, 0) * 10 / 3);
        return current;
    }

    private static int[] extend(int[] first, int[] second, int length) {
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = i < first.length ? first[i] : i < second.length ? second[i] : 0;
        }
        return values;
    }
}
