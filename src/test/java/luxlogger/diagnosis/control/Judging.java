package luxlogger.diagnosis.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/** A period of a {@link TestHeatPump} passed as the report passes it, into the evidence the rules judge. */
final class Judging {

    /** A Monday. */
    static final Instant T0 = Instant.parse("2026-01-12T00:00:00Z");

    private Judging() {}

    static Evidence evidence(TestHeatPump pump, int days) {
        return evidence(pump, days, HeatSource.AIR, null, List.of());
    }

    static Evidence evidence(
            TestHeatPump pump, int days, HeatSource source, Double ratedOutputKw, List<JournalEvent> events) {
        Instant to = T0.plus(Duration.ofDays(days));
        var pass = new PeriodPass(T0, to, to, ZoneOffset.UTC, TestHeatPump.POLL, References.standard());
        pump.feed(pass.passFrom(), pass.passTo(), pass);
        pass.finish();
        return new Evidence(
                pass,
                pass.daySummaries(),
                events,
                0,
                source,
                ratedOutputKw,
                References.standard(),
                new Links("heatpump"));
    }

    /** A journal event as the journal stores them. */
    static JournalEvent event(EventKind kind, Instant time, Integer code, String text) {
        var event = new JournalEvent();
        event.kind = kind.key();
        event.time = time.toEpochMilli();
        event.subject = code == null ? "" : code.toString();
        event.code = code;
        event.text = text;
        event.detected = time.toEpochMilli();
        return event;
    }
}
