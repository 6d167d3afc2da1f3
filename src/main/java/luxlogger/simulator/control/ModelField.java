package luxlogger.simulator.control;

import static luxlogger.luxtronik.entity.Group.CALCULATIONS;
import static luxlogger.luxtronik.entity.Group.PARAMETERS;

import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The raw values the heat pump model drives, with their index and field name from the field tables
 * ({@code src/main/resources/luxtronik/*.tsv}). Older firmware sends shorter arrays: a field beyond the end
 * is neither read nor written.
 */
enum ModelField {
    FLOW(CALCULATIONS, 10, "ID_WEB_Temperatur_TVL"),
    RETURN(CALCULATIONS, 11, "ID_WEB_Temperatur_TRL"),
    RETURN_TARGET(CALCULATIONS, 12, "ID_WEB_Sollwert_TRL_HZ"),
    RETURN_EXTERNAL(CALCULATIONS, 13, "ID_WEB_Temperatur_TRL_ext"),
    HOT_GAS(CALCULATIONS, 14, "ID_WEB_Temperatur_THG"),
    OUTDOOR(CALCULATIONS, 15, "ID_WEB_Temperatur_TA"),
    OUTDOOR_AVERAGE(CALCULATIONS, 16, "ID_WEB_Mitteltemperatur"),
    HOT_WATER(CALCULATIONS, 17, "ID_WEB_Temperatur_TBW"),
    HOT_WATER_TARGET(CALCULATIONS, 18, "ID_WEB_Einst_BWS_akt"),
    SOURCE_IN(CALCULATIONS, 19, "ID_WEB_Temperatur_TWE"),
    SOURCE_OUT(CALCULATIONS, 20, "ID_WEB_Temperatur_TWA"),
    DEFROST_VALVE(CALCULATIONS, 37, "ID_WEB_AVout"),
    HOT_WATER_PUMP(CALCULATIONS, 38, "ID_WEB_BUPout"),
    HEATING_PUMP(CALCULATIONS, 39, "ID_WEB_HUPout"),
    FAN(CALCULATIONS, 42, "ID_WEB_VENout"),
    SOURCE_PUMP(CALCULATIONS, 43, "ID_WEB_VBOout"),
    COMPRESSOR(CALCULATIONS, 44, "ID_WEB_VD1out"),
    COMPRESSOR_SECONDS(CALCULATIONS, 56, "ID_WEB_Zaehler_BetrZeitVD1"),
    COMPRESSOR_STARTS(CALCULATIONS, 57, "ID_WEB_Zaehler_BetrZeitImpVD1"),
    HEAT_PUMP_SECONDS(CALCULATIONS, 63, "ID_WEB_Zaehler_BetrZeitWP"),
    HEATING_SECONDS(CALCULATIONS, 64, "ID_WEB_Zaehler_BetrZeitHz"),
    HOT_WATER_SECONDS(CALCULATIONS, 65, "ID_WEB_Zaehler_BetrZeitBW"),
    RUN_SECONDS(CALCULATIONS, 67, "ID_WEB_Time_WPein_akt"),
    LOCK_SECONDS(CALCULATIONS, 71, "ID_WEB_Time_SSPAUS_akt"),
    STANDSTILL_SECONDS(CALCULATIONS, 73, "ID_WEB_Time_VDStd_akt"),
    OPERATING_MODE(CALCULATIONS, 80, "ID_WEB_WP_BZ_akt"),
    SWITCH_OFF_CODES(CALCULATIONS, 106, "ID_WEB_Switchoff_file_Nr0..4"),
    SWITCH_OFF_TIMES(CALCULATIONS, 111, "ID_WEB_Switchoff_file_Time0..4"),
    STATUS_LINE_1(CALCULATIONS, 117, "ID_WEB_HauptMenuStatus_Zeile1"),
    STATUS_LINE_2(CALCULATIONS, 118, "ID_WEB_HauptMenuStatus_Zeile2"),
    STATUS_LINE_3(CALCULATIONS, 119, "ID_WEB_HauptMenuStatus_Zeile3"),
    STATUS_SECONDS(CALCULATIONS, 120, "ID_WEB_HauptMenuStatus_Zeit"),
    CLOCK(CALCULATIONS, 134, "ID_WEB_AktuelleTimeStamp"),
    DEFROST_SECONDS(CALCULATIONS, 141, "ID_WEB_Time_AbtIn"),
    HEAT_HEATING(CALCULATIONS, 151, "ID_WEB_WMZ_Heizung"),
    HEAT_HOT_WATER(CALCULATIONS, 152, "ID_WEB_WMZ_Brauchwasser"),
    HEAT_TOTAL(CALCULATIONS, 154, "ID_WEB_WMZ_Seit"),
    FLOW_RATE(CALCULATIONS, 155, "ID_WEB_WMZ_Durchfluss"),
    SOURCE_FLOW_RATE(CALCULATIONS, 173, "ID_WEB_Durchfluss_WQ"),
    SUCTION_EVAPORATOR(CALCULATIONS, 175, "ID_WEB_LIN_ANSAUG_VERDAMPFER"),
    SUCTION_COMPRESSOR(CALCULATIONS, 176, "ID_WEB_LIN_ANSAUG_VERDICHTER"),
    COMPRESSOR_HEATING(CALCULATIONS, 177, "ID_WEB_LIN_VDH"),
    SUPERHEAT(CALCULATIONS, 178, "ID_WEB_LIN_UH"),
    HIGH_PRESSURE(CALCULATIONS, 180, "ID_WEB_LIN_HD"),
    LOW_PRESSURE(CALCULATIONS, 181, "ID_WEB_LIN_ND"),
    FAN_SPEED(CALCULATIONS, 184, "ID_WEB_HZIO_VEN"),
    COMPRESSOR_FREQUENCY(CALCULATIONS, 231, "ID_WEB_Freq_VD"),
    EVAPORATION(CALCULATIONS, 232, "Vapourisation_Temperature"),
    CONDENSATION(CALCULATIONS, 233, "Liquefaction_Temperature"),
    FREQUENCY_TARGET(CALCULATIONS, 236, "ID_WEB_Freq_VD_Soll"),
    PUMP_PWM(CALCULATIONS, 241, "HUP_PWM"),
    SPREAD(CALCULATIONS, 243, "HUP_Temp_Spread_Ist"),
    FLOW_RATE_2(CALCULATIONS, 254, "Flow_Rate_254"),
    HEAT_OUTPUT(CALCULATIONS, 257, "Heat_Output"),
    POWER_INPUT(CALCULATIONS, 268, "AC_Power_Input"),
    LAST_DEFROST(PARAMETERS, 1119, "LAST_DEFROST_TIMESTAMP"),
    HEATING_ENERGY_INPUT(PARAMETERS, 1136, "HEAT_ENERGY_INPUT"),
    HOT_WATER_ENERGY_INPUT(PARAMETERS, 1137, "DHW_ENERGY_INPUT");

    final Group group;
    final int index;
    final String fieldName;

    ModelField(Group group, int index, String fieldName) {
        this.group = group;
        this.index = index;
        this.fieldName = fieldName;
    }

    /** The raw value, or the fallback when this firmware's array is too short. */
    int read(Snapshot snapshot, int slot, int fallback) {
        int i = index + slot;
        return snapshot.has(group, i) ? snapshot.raw(group, i) : fallback;
    }

    int read(Snapshot snapshot, int fallback) {
        return read(snapshot, 0, fallback);
    }

    void write(Snapshot snapshot, int slot, int value) {
        int i = index + slot;
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
