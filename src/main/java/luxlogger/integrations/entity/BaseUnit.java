package luxlogger.integrations.entity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The base unit Prometheus wants for a unit of the catalog (prometheus.io/docs/practices/naming: seconds, celsius,
 * joules, ratios rather than percent…), the suffix a metric's name gets for it and the conversion of a decoded value.
 * Kelvin stays kelvin: the catalog uses it only for temperature differences, which celsius would mistake for
 * absolute temperatures. Revolutions per minute stay rpm, as node_exporter's fan speeds.
 */
public enum BaseUnit {
    NONE("", "", 1, 1),
    CELSIUS("°C", "celsius", 1, 1),
    KELVIN("K", "kelvin", 1, 1),
    PASCALS("bar", "pascals", 100_000, 1),
    HERTZ("Hz", "hertz", 1, 1),
    WATTS("W", "watts", 1, 1),
    VOLTS("V", "volts", 1, 1),
    JOULES("kWh", "joules", 3_600_000, 1),
    SECONDS("s", "seconds", 1, 1),
    MINUTES("min", "seconds", 60, 1),
    HOURS("h", "seconds", 3600, 1),
    CUBIC_METERS_PER_SECOND("l/h", "cubic_meters_per_second", 1, 3_600_000),
    RATIO("%", "ratio", 1, 100),
    RPM("rpm", "rpm", 1, 1);

    private final String catalogUnit;
    private final String suffix;
    private final BigDecimal multiplier;
    private final BigDecimal divisor;

    BaseUnit(String catalogUnit, String suffix, long multiplier, long divisor) {
        this.catalogUnit = catalogUnit;
        this.suffix = suffix;
        this.multiplier = BigDecimal.valueOf(multiplier);
        this.divisor = BigDecimal.valueOf(divisor);
    }

    /** The base unit of a catalog unit ({@code Field.unit()}), empty for a unit this table does not know. */
    public static Optional<BaseUnit> of(String catalogUnit) {
        for (BaseUnit unit : values()) {
            if (unit.catalogUnit.equals(catalogUnit)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** What a metric's name ends with (before {@code _total}), e.g. {@code celsius}; empty for no unit. */
    public String suffix() {
        return suffix;
    }

    /** A decoded number in the catalog's unit converted to this unit, exact where the result is. */
    public BigDecimal convert(BigDecimal value) {
        BigDecimal scaled = value.multiply(multiplier);
        return divisor.equals(BigDecimal.ONE) ? scaled : scaled.divide(divisor, MathContext.DECIMAL64);
    }
}
