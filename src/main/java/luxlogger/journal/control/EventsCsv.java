package luxlogger.journal.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.TableFile;

/**
 * {@code YYYY-MM-DD_events.csv} beside the daily report: the events of its window, oldest first, in the
 * report's dialect, times in its zone as in the report.
 */
public final class EventsCsv {

    public static final List<String> HEADER =
            List.of("time", "ended", "kind", "subject", "code", "text", "old", "new", "unit", "history");

    private EventsCsv() {}

    /** The file's name for the report of a day, e.g. {@code 2026-01-12_events.csv}. */
    public static String name(LocalDate day) {
        return day + "_events.csv";
    }

    /** Writes the events (in any order) into {@code target}, oldest first. */
    public static Report write(Path target, Dialect dialect, ZoneId zone, List<DecodedEvent> events)
            throws IOException {
        DateTimeFormatter times = dialect.timestamps(zone);
        List<DecodedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong((DecodedEvent e) -> e.event().time)
                .thenComparing(e -> e.event().kind)
                .thenComparing(e -> e.event().subject));
        List<List<Object>> rows = new ArrayList<>();
        for (DecodedEvent decoded : sorted) {
            var event = decoded.event();
            List<Object> row = new ArrayList<>();
            row.add(times.format(Instant.ofEpochMilli(event.time)));
            row.add(event.ended == null ? null : times.format(Instant.ofEpochMilli(event.ended)));
            row.add(event.kind);
            row.add(event.subject);
            row.add(event.code);
            row.add(event.text);
            row.add(cell(decoded.old(), times));
            row.add(cell(decoded.now(), times));
            row.add(decoded.unit());
            row.add(event.history ? 1 : 0);
            rows.add(row);
        }
        return TableFile.write(target, dialect, HEADER, rows);
    }

    private static Object cell(Object value, DateTimeFormatter times) {
        if (value instanceof Instant instant) {
            return times.format(instant);
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return DecodedEvent.number(value);
    }
}
