package it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks into a server's SQLite file directly, as a user would with the sqlite3 tool. */
final class Database {

    private Database() {
    }

    static Path of(LibertyProcess server) {
        return server.dir().resolve("data/luxlogger.db");
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** The instants (epoch ms) of all stored polls, oldest first. */
    static List<Long> pollTimes(Path file) throws SQLException {
        try (var connection = open(file); var rows = connection.createStatement().executeQuery("SELECT time FROM poll ORDER BY time")) {
            List<Long> times = new ArrayList<>();
            while (rows.next()) {
                times.add(rows.getLong(1));
            }
            return times;
        }
    }

    static String integrity(Path file) throws SQLException {
        try (var connection = open(file); var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Waits until the server has stored at least {@code count} polls. */
    static void awaitPolls(LibertyProcess server, int count) throws InterruptedException {
        awaitPolls(of(server), count);
    }

    /** Waits until the database file holds at least {@code count} polls. */
    static void awaitPolls(Path file, int count) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (java.nio.file.Files.exists(file) && pollTimes(file).size() >= count) {
                    return;
                }
            } catch (SQLException e) {
                // the schema is not there yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " polls in " + file + " within 60 s");
    }
}
