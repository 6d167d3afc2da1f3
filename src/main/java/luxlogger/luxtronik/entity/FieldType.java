package luxlogger.luxtronik.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a raw integer of the config interface becomes a value. The {@link #key()} is the type name used
 * in the field tables (python-luxtronik's class names); {@link #decode(int)} never throws.
 *
 * <p>Values are {@link Integer} for plain numbers, exact {@link BigDecimal} for scaled numbers (so 454
 * tenths is 45.4, not 45.400000000000006), {@link Boolean}, {@link Instant} (UTC) for timestamps and
 * {@link String} for everything shown as text. {@code null} means "no value" (e.g. timestamp 0).
 */
public enum FieldType {
    UNKNOWN("Unknown", "", Rule.RAW, 0),
    COUNT("Count", "", Rule.RAW, 0),
    SECONDS("Seconds", "s", Rule.RAW, 0),
    MINUTES("Minutes", "min", Rule.RAW, 0),
    FREQUENCY("Frequency", "Hz", Rule.RAW, 0),
    SPEED("Speed", "rpm", Rule.RAW, 0),
    POWER("Power", "W", Rule.RAW, 0),
    FLOW("Flow", "l/h", Rule.RAW, 0),
    /** Whole percent; openHAB divides C 183 by 10, but python-luxtronik added this type for raw percent. */
    PERCENT2("Percent2", "%", Rule.RAW, 0),
    ICON("Icon", "", Rule.RAW, 0),
    LEVEL("Level", "", Rule.RAW, 0),
    CELSIUS("Celsius", "°C", Rule.SCALED, 1),
    KELVIN("Kelvin", "K", Rule.SCALED, 1),
    PRESSURE("Pressure", "bar", Rule.SCALED, 2),
    /** Tenths of a volt: analogue inputs (BenPru: AnalogIn3 reads 3.3 at 3.3 V) and the inverter (C 202). */
    VOLTAGE("Voltage", "V", Rule.SCALED, 1),
    /** Hundredths of a volt: the 0-10 V analogue outputs (see overrides.tsv for the evidence). */
    VOLTAGE_HUNDREDTHS("VoltageHundredths", "V", Rule.SCALED, 2),
    ENERGY("Energy", "kWh", Rule.SCALED, 1),
    /** Hundredths of a kWh: the heat quantity parameters, which equal the heat meter calculations × 10. */
    ENERGY_HUNDREDTHS("EnergyHundredths", "kWh", Rule.SCALED, 2),
    HOURS("Hours", "h", Rule.SCALED, 1),
    PERCENT("Percent", "%", Rule.SCALED, 1),
    BOOL("Bool", "", Rule.BOOL, 0),
    /** Unix seconds; 0 or less is an empty slot (python-luxtronik shows 1970 there), so no value. */
    TIMESTAMP("Timestamp", "", Rule.TIMESTAMP, 0),
    /** Byte 0 (most significant) first, as in every implementation: -1062709237 is 192.168.88.11. */
    IPV4_ADDRESS("IPv4Address", "", Rule.IPV4, 0),
    CHARACTER("Character", "", Rule.CHARACTER, 0),
    /** The firmware string, one character code per index over ten indices (C 81-90), zeros skipped. */
    VERSION("Version", "", Rule.VERSION, 0),
    /**
     * Major × 100 + minor, shown with a two-digit minor (105 is "1.05", as BenPru does; python-luxtronik's
     * "1.5" would look like 150). 0 means no device, so no value.
     */
    MAJOR_MINOR_VERSION("MajorMinorVersion", "", Rule.MAJOR_MINOR, 0),
    /** Seconds since midnight as HH:MM (HH:MM:SS when seconds are set); zero-padded so text sorts. */
    TIME_OF_DAY("TimeOfDay", "", Rule.TIME_OF_DAY, 0),
    /** Two 16-bit halves in minutes since midnight, low = start, high = end: HH:MM-HH:MM. */
    TIME_OF_DAY2("TimeOfDay2", "", Rule.TIME_OF_DAY2, 0),
    /** 1 + raw / 2 hours (raw 8 is 5.0 h, as the controller's web view shows). */
    HOURS2("Hours2", "h", Rule.HOURS2, 0),
    ERRORCODE("Errorcode"),
    HEATING_MODE("HeatingMode"),
    HOT_WATER_MODE("HotWaterMode"),
    COOLING_MODE("CoolingMode"),
    POOL_MODE("PoolMode"),
    MIXED_CIRCUIT_MODE("MixedCircuitMode"),
    SOLAR_MODE("SolarMode"),
    VENTILATION_MODE("VentilationMode"),
    ON_OFF_MODE("OnOffMode"),
    ACCESS_LEVEL("AccessLevel"),
    TIMER_PROGRAM("TimerProgram"),
    OPERATION_MODE("OperationMode"),
    BIVALENCE_LEVEL("BivalenceLevel"),
    MAIN_MENU_STATUS_LINE1("MainMenuStatusLine1"),
    MAIN_MENU_STATUS_LINE2("MainMenuStatusLine2"),
    MAIN_MENU_STATUS_LINE3("MainMenuStatusLine3"),
    SWITCHOFF_FILE("SwitchoffFile"),
    SEC_OPERATION_MODE("SecOperationMode"),
    HEATPUMP_CODE("HeatpumpCode");

    /** Number of indices the firmware string spans. */
    private static final int VERSION_SPAN = 10;

    private static final Map<String, FieldType> BY_KEY = byKey();

    private enum Rule {
        RAW,
        SCALED,
        BOOL,
        TIMESTAMP,
        IPV4,
        CHARACTER,
        VERSION,
        MAJOR_MINOR,
        TIME_OF_DAY,
        TIME_OF_DAY2,
        HOURS2,
        SELECTION
    }

    private final String key;
    private final String unit;
    private final Rule rule;
    private final int scale;
    private final String[] labels;

    FieldType(String key, String unit, Rule rule, int scale) {
        this.key = key;
        this.unit = unit;
        this.rule = rule;
        this.scale = scale;
        this.labels = null;
    }

    /** A selection type: the raw value is a code looked up in its table in codes.tsv. */
    FieldType(String key) {
        this.key = key;
        this.unit = "";
        this.rule = Rule.SELECTION;
        this.scale = 0;
        this.labels = Codes.labels(key);
    }

    /** The type by its name in the field tables, e.g. {@code Celsius}. */
    public static Optional<FieldType> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The name used in the field tables. */
    public String key() {
        return key;
    }

    /** The unit of decoded values, empty when they have none. */
    public String unit() {
        return unit;
    }

    /** Number of consecutive indices one value is made of (10 for the firmware version, else 1). */
    public int span() {
        return rule == Rule.VERSION ? VERSION_SPAN : 1;
    }

    /** True for types whose raw value is a code with a label. */
    public boolean selection() {
        return rule == Rule.SELECTION;
    }

    /** The value of one raw integer; never throws. A Version decodes one index as one character. */
    public Object decode(int raw) {
        return switch (rule) {
            case RAW -> raw;
            case SCALED -> BigDecimal.valueOf(raw, scale);
            case BOOL -> raw != 0;
            case TIMESTAMP -> raw > 0 ? Instant.ofEpochSecond(raw) : null;
            case IPV4 -> ipv4(raw);
            case CHARACTER, VERSION -> Characters.of(raw);
            case MAJOR_MINOR -> raw > 0 ? raw / 100 + "." + Clock.twoDigits(raw % 100) : null;
            case TIME_OF_DAY -> raw >= 0 ? Clock.ofSeconds(raw) : null;
            case TIME_OF_DAY2 -> Clock.ofMinutes(raw & 0xFFFF) + "-" + Clock.ofMinutes(raw >>> 16);
            case HOURS2 -> BigDecimal.valueOf(raw * 5L + 10, 1);
            case SELECTION -> label(raw);
        };
    }

    /** The value of a field spanning several indices; for single-index types the first raw value. */
    public Object decode(int[] raws) {
        if (rule != Rule.VERSION) {
            return raws.length == 0 ? null : decode(raws[0]);
        }
        return Characters.joined(raws);
    }

    private Object label(int raw) {
        return raw >= 0 && raw < labels.length && labels[raw] != null ? labels[raw] : "Unknown_" + raw;
    }

    private static String ipv4(int raw) {
        return (raw >>> 24) + "." + (raw >>> 16 & 0xFF) + "." + (raw >>> 8 & 0xFF) + "." + (raw & 0xFF);
    }

    private static Map<String, FieldType> byKey() {
        Map<String, FieldType> byKey = new HashMap<>();
        for (FieldType type : values()) {
            byKey.put(type.key, type);
        }
        return Map.copyOf(byKey);
    }
}
