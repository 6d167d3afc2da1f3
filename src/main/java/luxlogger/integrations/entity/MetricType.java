package luxlogger.integrations.entity;

/** The Prometheus type of a value: a reading that goes up and down, or a total that only grows (but for a reset). */
public enum MetricType {
    GAUGE,
    COUNTER;

    /** The name used in {@code values.tsv} and in the exposition's {@code # TYPE} line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
