package luxlogger.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code YYYY-MM-DD_events.csv}: its name, oldest first, the report's dialect and zone, settings decoded. */
class EventsCsvTest {

    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    @Test
    void isNamedByTheReportsDay() {
        assertThat(EventsCsv.name(LocalDate.parse("2026-01-12"))).isEqualTo("2026-01-12_events.csv");
    }

    @Test
    void writesTheEventsOldestFirstInTheDialectWithTheSettingsDecoded() throws Exception {
        JournalEvent error = event(EventKind.ERROR, "2026-01-12T02:14:00Z", "718", "718 max. outdoor temp.");
        error.code = 718;
        error.history = true;
        JournalEvent curve = event(
                EventKind.SETTING_CHANGE,
                "2026-01-12T09:30:00Z",
                "parameters.ID_Einst_HzHwHKE_akt",
                "Heating curve end point 38.0 -> 40.0 °C");
        curve.oldRaw = 380;
        curve.newRaw = 400;
        JournalEvent clock = event(EventKind.CLOCK_SET, "2026-01-12T05:00:00Z", "", "+3600 s");
        JournalEvent run = event(EventKind.COMPRESSOR_RUN, "2026-01-12T06:00:00Z", "VD1", "VD1 45 min");
        run.ended = Instant.parse("2026-01-12T06:45:00Z").toEpochMilli();
        Path target = dir.resolve(EventsCsv.name(LocalDate.parse("2026-01-12")));

        Report report = EventsCsv.write(
                target,
                Dialect.of("excel-de"),
                ZoneId.of("Europe/Berlin"),
                List.of(curve, run, clock, error).stream()
                        .map(e -> DecodedEvent.of(e, CATALOG))
                        .toList());

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFtime;ended;kind;subject;code;text;old;new;unit;history");
        assertThat(lines.get(1)).startsWith("12.01.2026 03:14:00;;error;718;718;718 max. outdoor temp.;;;;1");
        assertThat(lines.get(2)).contains(";clock-set;;;'+3600 s;;;;0");
        assertThat(lines.get(3)).startsWith("12.01.2026 07:00:00;12.01.2026 07:45:00;compressor-run;VD1");
        assertThat(lines.get(4))
                .endsWith(";setting-change;parameters.ID_Einst_HzHwHKE_akt;;Heating curve end point 38.0 -> 40.0 °C"
                        + ";38;40;°C;0");
        assertThat(report.rows()).isEqualTo(4);
    }

    private static JournalEvent event(EventKind kind, String time, String subject, String text) {
        JournalEvent event = new JournalEvent();
        event.kind = kind.key();
        event.time = Instant.parse(time).toEpochMilli();
        event.detected = event.time;
        event.subject = subject;
        event.text = text;
        return event;
    }
}
