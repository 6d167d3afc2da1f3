package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** A server's SQLite file read from outside, as a user would with the sqlite3 tool; never written. */
record StoredPolls(Path file) {

    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** Rows in {@code poll}; 0 while the file or the schema does not exist yet. */
    long count() {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var db = open();
                var rows = db.createStatement().executeQuery("SELECT count(*) FROM poll")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Polls stored more than once: rows sharing a wall-clock second. With a poll per second on a fixed grid
     * and no retries every read ends in a second of its own, so a second twice means a poll stored twice
     * (the primary key only catches the same millisecond).
     */
    long duplicates() throws SQLException {
        try (var db = open();
                var rows =
                        db.createStatement().executeQuery("SELECT count(*) - count(DISTINCT time / 1000) FROM poll")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Rows whose poll time is in {@code [from, to)}, epoch milliseconds. */
    long countBetween(long from, long to) throws SQLException {
        try (var db = open();
                var query = db.prepareStatement("SELECT count(*) FROM poll WHERE time >= ? AND time < ?")) {
            query.setLong(1, from);
            query.setLong(2, to);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** First and last poll, epoch milliseconds. */
    long[] range() throws SQLException {
        try (var db = open();
                var rows = db.createStatement().executeQuery("SELECT min(time), max(time) FROM poll")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    String integrity() throws SQLException {
        try (var db = open();
                var rows = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Waits until at least one poll is stored; false after the timeout. */
    boolean awaitFirst(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count() > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
