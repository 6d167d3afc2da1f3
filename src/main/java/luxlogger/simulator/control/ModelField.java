package luxlogger.simulator.control;

import static luxlogger.luxtronik.entity.Group.PARAMETERS;

import java.util.stream.IntStream;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The raw values the simulator drives, by their names in the field tables ({@code src/main/resources/luxtronik/
 * *.tsv}); their indices come from the {@link Catalog} once, when this class loads. Older firmware sends shorter
 * arrays: a field beyond the end is neither read nor written.
 *
 * <p>{@link Readout} keys its sensor noise by ordinal: new constants go at the end, so that the values the model
 * produces for a seed stay the same.
 */
enum ModelField {
    FLOW("ID_WEB_Temperatur_TVL"),
    RETURN("ID_WEB_Temperatur_TRL"),
    RETURN_TARGET("ID_WEB_Sollwert_TRL_HZ"),
    RETURN_EXTERNAL("ID_WEB_Temperatur_TRL_ext"),
    HOT_GAS("ID_WEB_Temperatur_THG"),
    OUTDOOR("ID_WEB_Temperatur_TA"),
    OUTDOOR_AVERAGE("ID_WEB_Mitteltemperatur"),
    HOT_WATER("ID_WEB_Temperatur_TBW"),
    HOT_WATER_TARGET("ID_WEB_Einst_BWS_akt"),
    SOURCE_IN("ID_WEB_Temperatur_TWE"),
    SOURCE_OUT("ID_WEB_Temperatur_TWA"),
    DEFROST_VALVE("ID_WEB_AVout"),
    HOT_WATER_PUMP("ID_WEB_BUPout"),
    HEATING_PUMP("ID_WEB_HUPout"),
    FAN("ID_WEB_VENout"),
    SOURCE_PUMP("ID_WEB_VBOout"),
    COMPRESSOR("ID_WEB_VD1out"),
    COMPRESSOR_SECONDS("ID_WEB_Zaehler_BetrZeitVD1"),
    COMPRESSOR_STARTS("ID_WEB_Zaehler_BetrZeitImpVD1"),
    HEAT_PUMP_SECONDS("ID_WEB_Zaehler_BetrZeitWP"),
    HEATING_SECONDS("ID_WEB_Zaehler_BetrZeitHz"),
    HOT_WATER_SECONDS("ID_WEB_Zaehler_BetrZeitBW"),
    RUN_SECONDS("ID_WEB_Time_WPein_akt"),
    LOCK_SECONDS("ID_WEB_Time_SSPAUS_akt"),
    STANDSTILL_SECONDS("ID_WEB_Time_VDStd_akt"),
    OPERATING_MODE("ID_WEB_WP_BZ_akt"),
    SWITCH_OFF_CODES("ID_WEB_Switchoff_file_Nr", 5),
    SWITCH_OFF_TIMES("ID_WEB_Switchoff_file_Time", 5),
    STATUS_LINE_1("ID_WEB_HauptMenuStatus_Zeile1"),
    STATUS_LINE_2("ID_WEB_HauptMenuStatus_Zeile2"),
    STATUS_LINE_3("ID_WEB_HauptMenuStatus_Zeile3"),
    STATUS_SECONDS("ID_WEB_HauptMenuStatus_Zeit"),
    CLOCK("ID_WEB_AktuelleTimeStamp"),
    DEFROST_SECONDS("ID_WEB_Time_AbtIn"),
    HEAT_HEATING("ID_WEB_WMZ_Heizung"),
    HEAT_HOT_WATER("ID_WEB_WMZ_Brauchwasser"),
    HEAT_TOTAL("ID_WEB_WMZ_Seit"),
    FLOW_RATE("ID_WEB_WMZ_Durchfluss"),
    SOURCE_FLOW_RATE("ID_WEB_Durchfluss_WQ"),
    SUCTION_EVAPORATOR("ID_WEB_LIN_ANSAUG_VERDAMPFER"),
    SUCTION_COMPRESSOR("ID_WEB_LIN_ANSAUG_VERDICHTER"),
    COMPRESSOR_HEATING("ID_WEB_LIN_VDH"),
    SUPERHEAT("ID_WEB_LIN_UH"),
    HIGH_PRESSURE("ID_WEB_LIN_HD"),
    LOW_PRESSURE("ID_WEB_LIN_ND"),
    FAN_SPEED("ID_WEB_HZIO_VEN"),
    COMPRESSOR_FREQUENCY("ID_WEB_Freq_VD"),
    EVAPORATION("Vapourisation_Temperature"),
    CONDENSATION("Liquefaction_Temperature"),
    FREQUENCY_TARGET("ID_WEB_Freq_VD_Soll"),
    PUMP_PWM("HUP_PWM"),
    SPREAD("HUP_Temp_Spread_Ist"),
    FLOW_RATE_2("Flow_Rate_254"),
    HEAT_OUTPUT("Heat_Output"),
    POWER_INPUT("AC_Power_Input"),
    LAST_DEFROST("LAST_DEFROST_TIMESTAMP"),
    HEATING_ENERGY_INPUT("HEAT_ENERGY_INPUT"),
    HOT_WATER_ENERGY_INPUT("DHW_ENERGY_INPUT"),
    // set once, when the current-firmware profile is composed
    HEAT_PUMP_TYPE("ID_WEB_Code_WP_akt"),
    FIRMWARE("ID_WEB_SoftStand_", 10),
    FREQUENCY_MIN("ID_WEB_Freq_VD_Min"),
    FREQUENCY_MAX("ID_WEB_Freq_VD_Max"),
    SOURCE_SPREAD_TARGET("VBO_Temp_Spread_Soll"),
    SPREAD_TARGET("HUP_Temp_Spread_Soll"),
    ROOM_TARGET("Desired_Room_Temperature"),
    ROOM_THERMOSTAT_TARGET("HEATING_TARGET_TEMP_ROOM_THERMOSTAT"),
    // driven by the model; after the set-once ones only to keep the ordinals above
    UTILITY_UNLOCKED("ID_WEB_EVUin"),
    // the error file, newest first (ENERGY.md §4), and what the incidents of a test change
    ERROR_TIMES("ID_WEB_ERROR_Time", 5),
    ERROR_CODES("ID_WEB_ERROR_Nr", 5),
    ERROR_COUNT("ID_WEB_AnzahlFehlerInSpeicher"),
    // the parameter side's copy of the switch-off file and the ring's next slot (P716-P725, P31)
    SWITCH_OFF_INDEX("ID_Switchoff_index"),
    SWITCH_OFF_COPY_CODES(slots("ID_Switchoff_file_%d_0", 5)),
    SWITCH_OFF_COPY_TIMES(slots("ID_Switchoff_file_%d_1", 5)),
    // operating seconds and starts, slot by slot the calculations and their parameter copies (the dumps pair them)
    COUNTERS(new String[] {
        "ID_WEB_Zaehler_BetrZeitWP",
        "ID_WEB_Zaehler_BetrZeitVD1",
        "ID_WEB_Zaehler_BetrZeitVD2",
        "ID_WEB_Zaehler_BetrZeitZWE1",
        "ID_WEB_Zaehler_BetrZeitZWE2",
        "ID_WEB_Zaehler_BetrZeitZWE3",
        "ID_WEB_Zaehler_BetrZeitImpVD1",
        "ID_WEB_Zaehler_BetrZeitImpVD2",
        "ID_WEB_Zaehler_BetrZeitHz",
        "ID_WEB_Zaehler_BetrZeitBW",
        "ID_WEB_Zaehler_BetrZeitKue"
    }),
    COUNTER_COPIES(new String[] {
        "ID_Zaehler_BetrZeitWP",
        "ID_Zaehler_BetrZeitVD1",
        "ID_Zaehler_BetrZeitVD2",
        "ID_Zaehler_BetrZeitZWE1",
        "ID_Zaehler_BetrZeitZWE2",
        "ID_Zaehler_BetrZeitZWE3",
        "ID_Zaehler_BetrZeitImpVD1",
        "ID_Zaehler_BetrZeitImpVD2",
        "ID_Zaehler_BetrZeitHz",
        "ID_Zaehler_BetrZeitBW",
        "ID_Zaehler_BetrZeitKue"
    }),
    // heat meters (0.1 kWh) and their parameter copies (0.01 kWh), slot by slot
    HEAT_METERS(
            new String[] {"ID_WEB_WMZ_Seit", "ID_WEB_WMZ_Heizung", "ID_WEB_WMZ_Brauchwasser", "ID_WEB_WMZ_Schwimmbad"}),
    HEAT_METER_COPIES(
            new String[] {"ID_Waermemenge_Seit", "ID_Waermemenge_Hz", "ID_Waermemenge_BW", "ID_Waermemenge_SW"}),
    // the backup heater (ZWE1) of the scenarios: output, seconds since on, operating seconds, heat (0.1 kWh)
    AUX_OUTPUT("ID_WEB_ZW1out"),
    AUX_RUN_SECONDS("ID_WEB_Time_ZWE1_akt"),
    AUX_SECONDS("ID_WEB_Zaehler_BetrZeitZWE1"),
    AUX_HEAT_FROZEN("ID_Waermemenge_ZWE"),
    AUX_HEAT("SECOND_HEAT_GENERATOR_AMOUNT_COUNTER"),
    // the settings a scenario changes (tenths of °C), see Installation
    HOT_WATER_SETPOINT("ID_Einst_BWS_akt"),
    CURVE_END_POINT("ID_Einst_HzHwHKE_akt"),
    AUX_RELEASE("ID_Einst_ZWEFreig_akt"),
    DISINFECTION_TEMPERATURE("ID_Einst_LGST_akt"),
    DISINFECTION_EVERY_DAY("ID_Einst_BwTDI_akt_AL");

    private final Group group;
    private final int[] indices;

    ModelField(String name) {
        this(new String[] {name});
    }

    /** Slots of a history or a text: the fields {@code name0}, {@code name1} … */
    ModelField(String name, int slots) {
        this(IntStream.range(0, slots).mapToObj(i -> name + i).toArray(String[]::new));
    }

    ModelField(String[] names) {
        Field[] fields = new Field[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            fields[i] = Catalog.standard()
                    .field(name)
                    .filter(f -> !f.derived())
                    .orElseThrow(() -> new IllegalStateException("no single-index field " + name + " in the tables"));
        }
        group = fields[0].group();
        indices = new int[names.length];
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].group() != group) {
                throw new IllegalStateException(fields[i].column() + " is not in " + group.key());
            }
            indices[i] = fields[i].index();
        }
    }

    /** The names of a history's slots where the slot number sits inside the name: {@code pattern} has a {@code %d}. */
    private static String[] slots(String pattern, int slots) {
        return IntStream.range(0, slots).mapToObj(i -> pattern.formatted(i)).toArray(String[]::new);
    }

    /** How many values the field has: 1, or the slots of a history or text. */
    int slots() {
        return indices.length;
    }

    /** The raw value, or the fallback when this firmware's array is too short. */
    int read(Snapshot snapshot, int slot, int fallback) {
        int i = indices[slot];
        return snapshot.has(group, i) ? snapshot.raw(group, i) : fallback;
    }

    int read(Snapshot snapshot, int fallback) {
        return read(snapshot, 0, fallback);
    }

    void write(Snapshot snapshot, int slot, int value) {
        int i = indices[slot];
        if (snapshot.has(group, i)) {
            (group == PARAMETERS ? snapshot.parameters() : snapshot.calculations())[i] = value;
        }
    }

    void write(Snapshot snapshot, int value) {
        write(snapshot, 0, value);
    }

    void write(Snapshot snapshot, boolean value) {
        write(snapshot, 0, value ? 1 : 0);
    }
}
