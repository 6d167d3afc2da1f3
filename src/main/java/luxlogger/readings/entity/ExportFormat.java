package luxlogger.readings.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats stored readings are written in, as reports ({@code REPORT_FORMATS}) and as streams of
 * {@code GET /api/readings?format=}: one row per poll either way.
 */
public enum ExportFormat {
    /** The spreadsheet's format, in the reports' dialect. */
    CSV("text/csv; charset=UTF-8"),
    /**
     * JSON Lines: one JSON object per line, what pandas ({@code read_json(lines=True)}), jq and log shippers read
     * as a stream. {@code application/x-ndjson} rather than {@code application/jsonl}: it is the type the tools that
     * exist send and accept (Elasticsearch's bulk API, Loki, NDJSON libraries); neither is registered with IANA.
     */
    JSONL("application/x-ndjson");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The name in a query, a setting and a file name's extension: {@code csv} or {@code jsonl}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ending of its files, e.g. {@code .jsonl}. */
    public String extension() {
        return "." + key();
    }

    /** The Content-Type of its files and streams. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a query's {@code format=} value, case-insensitive.
     *
     * @throws IllegalArgumentException naming the parameter and the formats there are
     */
    public static ExportFormat of(String key) {
        return Arrays.stream(values())
                .filter(format -> format.key().equalsIgnoreCase(key.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format='" + key + "' is unknown: use csv or jsonl"));
    }

    /** The format of a file by its name's ending; empty for another file. */
    public static Optional<ExportFormat> ofFile(String name) {
        return Arrays.stream(values())
                .filter(format -> name.endsWith(format.extension()))
                .findFirst();
    }
}
