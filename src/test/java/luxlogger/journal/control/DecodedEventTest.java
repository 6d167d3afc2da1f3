package luxlogger.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import org.junit.jupiter.api.Test;

/** An event as {@code GET /api/events} shows it: a setting's raw values decoded by its field. */
class DecodedEventTest {

    private static final Catalog CATALOG = Catalog.standard();

    private static JournalEvent change(String subject, Integer old, Integer now) {
        JournalEvent event = new JournalEvent();
        event.kind = EventKind.SETTING_CHANGE.key();
        event.time = Instant.parse("2026-01-12T09:30:00Z").toEpochMilli();
        event.detected = event.time;
        event.subject = subject;
        event.text = "changed";
        event.oldRaw = old;
        event.newRaw = now;
        return event;
    }

    @Test
    void aTemperatureSettingIsTwoNumbersAndItsUnit() {
        var json = DecodedEvent.of(change("parameters.ID_Einst_HzHwHKE_akt", 380, 400), CATALOG)
                .json();

        assertThat(json)
                .containsKeys(
                        "time",
                        "ended",
                        "kind",
                        "subject",
                        "code",
                        "text",
                        "old",
                        "new",
                        "unit",
                        "history",
                        "approximate",
                        "detected")
                .containsEntry("time", "2026-01-12T09:30:00Z")
                .containsEntry("ended", null)
                .containsEntry("kind", "setting-change")
                .containsEntry("old", new BigDecimal("38.0"))
                .containsEntry("new", new BigDecimal("40.0"))
                .containsEntry("unit", "°C")
                .containsEntry("history", false);
    }

    @Test
    void aClockTimeIsTextWithoutUnit() {
        var decoded = DecodedEvent.of(change("parameters.ID_Einst_SuHkrW0_zeit_0_0", 25200, 23400), CATALOG);

        assertThat(decoded.json()).containsEntry("old", "07:00").containsEntry("new", "06:30");
        assertThat(decoded.unit()).isNull();
    }

    @Test
    void aFieldTheCatalogNoLongerKnowsKeepsItsRawValues() {
        var decoded = DecodedEvent.of(change("parameters.No_Such_Field", 1, 2), CATALOG);

        assertThat(decoded.json())
                .containsEntry("old", 1)
                .containsEntry("new", 2)
                .containsEntry("unit", null);
    }

    @Test
    void anEventWithoutValuesHasNone() {
        JournalEvent run = change("VD1", null, null);
        run.kind = EventKind.COMPRESSOR_RUN.key();
        run.ended = Instant.parse("2026-01-12T10:00:00Z").toEpochMilli();

        assertThat(DecodedEvent.of(run, CATALOG).json())
                .containsEntry("ended", "2026-01-12T10:00:00Z")
                .containsEntry("old", null)
                .containsEntry("unit", null);
    }
}
