package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A server's SQLite file, looked into from outside as a user would with the sqlite3 tool. */
public final class Database {

    private final Path file;

    public Database(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The instants (epoch ms) of all stored polls, oldest first. */
    public List<Long> pollTimes() {
        try (var connection = open();
                var rows = connection.createStatement().executeQuery("SELECT time FROM poll ORDER BY time")) {
            List<Long> times = new ArrayList<>();
            while (rows.next()) {
                times.add(rows.getLong(1));
            }
            return times;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the polls of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The instants (epoch ms) of the stored polls of one controller, oldest first. */
    public List<Long> pollTimes(String controller) {
        try (var connection = open();
                var query = connection.prepareStatement("SELECT p.time FROM poll p JOIN controller c"
                        + " ON c.id = p.controller WHERE c.name = ? ORDER BY p.time")) {
            query.setString(1, controller);
            try (var rows = query.executeQuery()) {
                List<Long> times = new ArrayList<>();
                while (rows.next()) {
                    times.add(rows.getLong(1));
                }
                return times;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot read the polls of " + controller + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The firmware of each controller's keyframes (the complete snapshots its polls are stored against), by the
     * controller's name; a controller the database knows without a keyframe has none.
     */
    public Map<String, List<String>> firmwares() {
        try (var connection = open();
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT c.name, k.firmware FROM controller c LEFT JOIN keyframe k"
                                + " ON k.controller = c.id ORDER BY c.id, k.id")) {
            Map<String, List<String>> firmwares = new LinkedHashMap<>();
            while (rows.next()) {
                List<String> list = firmwares.computeIfAbsent(rows.getString(1), name -> new ArrayList<>());
                if (rows.getString(2) != null) {
                    list.add(rows.getString(2));
                }
            }
            return firmwares;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keyframes of " + file + ": " + e.getMessage(), e);
        }
    }

    /** What {@code PRAGMA integrity_check} says: "ok" for an intact file. */
    public String integrity() {
        try (var connection = open();
                var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + file + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the file holds at least {@code count} polls; returns their instants. */
    public List<Long> awaitPolls(int count) {
        return Await.value(count + " polls stored in " + file, Duration.ofSeconds(60), () -> {
            List<Long> times = Files.exists(file) ? pollTimes() : List.of();
            return times.size() >= count ? times : null;
        });
    }

    /** Bytes waiting in the spill file next to the database, where polls go while it refuses writes. */
    public long spilledBytes() {
        Path spill = Path.of(file + ".spill");
        try {
            return Files.exists(spill) ? Files.size(spill) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds the database locked as another program may (a backup, a user's sqlite3 session): an open exclusive
     * transaction, until the lock is closed.
     */
    public Lock lockExclusively() {
        try {
            Files.createDirectories(file.getParent());
            Connection connection = open();
            connection.createStatement().execute("BEGIN EXCLUSIVE");
            return new Lock(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** An exclusive lock on the database; closing it rolls the transaction back and lets the server write. */
    public static final class Lock implements AutoCloseable {

        private final Connection connection;

        private Lock(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.createStatement().execute("ROLLBACK");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot release the lock: " + e.getMessage(), e);
            }
        }
    }
}
