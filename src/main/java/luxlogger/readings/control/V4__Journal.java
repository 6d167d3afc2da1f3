package luxlogger.readings.control;

import luxlogger.readings.control.Schema.ColumnTypes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The event journal (docs/design-13-journal.md §3): the polls that failed, which the journal needs to tell an
 * unreachable controller from a logger that was not running; the events derived from the polls
 * ({@code luxlogger.journal.entity.JournalEvent}), keyed by what they are so that one found twice is one row; and
 * how far each controller's journal has come. Times are epoch milliseconds, as in {@code poll}. The flags are
 * BOOLEAN, as {@code day_summary.partial}: PostgreSQL takes no Java boolean into an INTEGER column, and SQLite
 * stores BOOLEAN as an integer anyway.
 */
final class V4__Journal extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ColumnTypes types = ColumnTypes.of(context.getConnection());
        String withoutRowIds = types == ColumnTypes.SQLITE ? " WITHOUT ROWID" : "";
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE failed_poll (controller INTEGER NOT NULL, time " + types.integer()
                    + " NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (controller, time))" + withoutRowIds);
            statement.execute("CREATE TABLE journal_event (controller INTEGER NOT NULL, kind TEXT NOT NULL, time "
                    + types.integer() + " NOT NULL, subject TEXT NOT NULL, ended " + types.integer() + ", detected "
                    + types.integer() + " NOT NULL, code INTEGER, old_raw INTEGER, new_raw INTEGER,"
                    + " text TEXT NOT NULL, history BOOLEAN NOT NULL, approximate BOOLEAN NOT NULL,"
                    + " PRIMARY KEY (controller, kind, time, subject))" + withoutRowIds);
            statement.execute("CREATE INDEX journal_event_time ON journal_event (controller, time)");
            statement.execute("CREATE INDEX journal_event_detected ON journal_event (controller, detected)");
            statement.execute("CREATE TABLE journal_progress (controller INTEGER PRIMARY KEY, through "
                    + types.integer() + " NOT NULL, rules INTEGER NOT NULL)");
        }
    }
}
