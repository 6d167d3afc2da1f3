package luxlogger.diagnosis.entity;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Locale;

/**
 * How a finding judges the period. Where DIAGNOSTICS.md gives a fleet distribution: {@link #OK} up to the median,
 * {@link #NOTICE} up to p90, {@link #WARNING} beyond; where it gives a threshold: {@link #WARNING} beyond it.
 * {@link #UNSUPPORTED}: the data cannot support the rule (the finding's {@code unsupported} says why: not enough
 * coverage, no electricity counters, no rated output given, not an air-source unit ...).
 */
@JsonbTypeAdapter(Severity.Json.class)
public enum Severity {
    OK,
    NOTICE,
    WARNING,
    UNSUPPORTED;

    /** The JSON and HTML form: {@code ok}, {@code notice}, {@code warning}, {@code unsupported}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of two. */
    public Severity worse(Severity other) {
        if (this == UNSUPPORTED) {
            return other;
        }
        if (other == UNSUPPORTED) {
            return this;
        }
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** JSON-B writes and reads the lower-case key. */
    public static final class Json implements JsonbAdapter<Severity, String> {

        @Override
        public String adaptToJson(Severity severity) {
            return severity.key();
        }

        @Override
        public Severity adaptFromJson(String key) {
            return Severity.valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
