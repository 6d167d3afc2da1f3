package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.Postgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.readings.entity.PollFailure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Schema step 4, the event journal's tables: an existing database of version 3 gains them and keeps its polls, and
 * the entities map onto them column for column, on SQLite and on PostgreSQL.
 */
class JournalTablesTest {

    private static final String KEPT = "/databases/main-2026-12-06.db";
    private static final Instant T0 = SingleControllerDatabase.START;

    @TempDir
    Path directory;

    /** The kept database (version 1) brought to version 3 as the release before the journal left it. */
    private Path version3() throws Exception {
        Path copy = directory.resolve("kept.db");
        try (InputStream in = getClass().getResourceAsStream(KEPT)) {
            Files.copy(in, copy);
        }
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + copy);
        Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                .javaMigrations(new Schema.V1__Polls(), new Schema.V2__Controllers("heatpump"), new V3__DaySummaries())
                .target("3")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = db.createStatement()) {
            // that release had the step nested in Schema, and its history says so
            statement.executeUpdate("UPDATE flyway_schema_history SET script = 'luxlogger.readings.control.Schema$"
                    + "V3__DaySummaries' WHERE version = '3'");
            assertThat(strings(statement, "SELECT script FROM flyway_schema_history WHERE version = '3'"))
                    .containsExactly("luxlogger.readings.control.Schema$V3__DaySummaries");
        }
        return copy;
    }

    @Test
    void aDatabaseOfVersion3GainsTheJournalTablesAndKeepsItsPolls() throws Exception {
        Path file = version3();
        try (var standalone = new StandaloneStore(file)) {
            assertThat(standalone.reader().count()).isEqualTo(SingleControllerDatabase.POLLS);
            assertThat(standalone.reader().firstPollTime("heatpump")).contains(T0);
            standalone.store().store(List.of(), List.of(new PollFailure("heatpump", T0.plusSeconds(15), "timeout")));
            assertThat(standalone.reader().failedPolls("heatpump", T0, T0.plus(Duration.ofDays(1))))
                    .containsExactly(new PollFailure("heatpump", T0.plusSeconds(15), "timeout"));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = db.createStatement()) {
            assertThat(strings(
                            statement,
                            "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY" + " installed_rank"))
                    .containsExactly("1", "2", "3", "4");
            // as the polls: the two-part key is the table, no row ids and no second index
            assertThat(strings(
                            statement,
                            "SELECT name FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID'" + " ORDER BY name"))
                    .containsExactly("day_summary", "failed_poll", "journal_event", "poll");
            assertThat(strings(
                            statement,
                            "SELECT name FROM sqlite_master WHERE type = 'index'"
                                    + " AND tbl_name = 'journal_event' AND sql IS NOT NULL ORDER BY name"))
                    .containsExactly("journal_event_detected", "journal_event_time");
            assertThat(strings(statement, "SELECT name FROM pragma_table_info('journal_progress') ORDER BY cid"))
                    .containsExactly("controller", "through", "rules");
        }
    }

    @Test
    void aJournalEventKeepsEveryColumnOnSqlite() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            assertRoundTrip(standalone);
        }
    }

    @Test
    void aJournalEventKeepsEveryColumnOnPostgresql() throws Exception {
        try (var postgres = Postgres.launch();
                var standalone = StandaloneStore.postgresql(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD)) {
            assertRoundTrip(standalone);
            standalone.store().store(List.of(), List.of(new PollFailure("heatpump", T0, "connection refused")));
            assertThat(standalone.reader().failedPolls("heatpump", T0, T0.plusSeconds(1)))
                    .containsExactly(new PollFailure("heatpump", T0, "connection refused"));
        }
    }

    /** Writes two events through JPA, one with every column set and one with every nullable column null. */
    private static void assertRoundTrip(StandaloneStore standalone) throws Exception {
        JournalEvent full = event("setting-change", "ID_Einst_HzHwHKE_akt");
        full.ended = T0.plusSeconds(600).toEpochMilli();
        full.code = 718;
        full.oldRaw = 380;
        full.newRaw = -400;
        full.history = true;
        full.approximate = true;
        JournalEvent bare = event("operating-mode", "");
        var em = standalone.reader().em;
        Transactions.run(standalone.store().transaction, () -> {
            em.persist(full);
            em.persist(bare);
            return null;
        });

        JournalEvent read = em.find(
                JournalEvent.class,
                new JournalEvent.Key(1, "setting-change", T0.toEpochMilli(), "ID_Einst_HzHwHKE_akt"));
        assertThat(read).usingRecursiveComparison().isEqualTo(full);
        assertThat(em.find(JournalEvent.class, new JournalEvent.Key(1, "operating-mode", T0.toEpochMilli(), "")))
                .usingRecursiveComparison()
                .isEqualTo(bare);
    }

    private static JournalEvent event(String kind, String subject) {
        var event = new JournalEvent();
        event.controller = 1;
        event.kind = kind;
        event.time = T0.toEpochMilli();
        event.subject = subject;
        event.detected = T0.plusSeconds(630).toEpochMilli();
        event.text = "Heating curve end point 38.0 -> 40.0 °C";
        return event;
    }

    private static List<String> strings(Statement statement, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
