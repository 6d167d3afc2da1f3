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

/**
 * A server's database, looked into from outside as a user would with the sqlite3 or psql tool: its SQLite file, or
 * the PostgreSQL database of {@code DATABASE_URL}; and its spill file.
 */
public final class Database {

    /** SQLite's file; null for PostgreSQL. */
    private final Path file;

    private final String url;
    private final String user;
    private final String password;
    private final Path spill;

    /** A SQLite file with its spill file next to it, as the server has them by default. */
    public Database(Path file) {
        this(file, Path.of(file + ".spill"));
    }

    public Database(Path file, Path spill) {
        this(file, "jdbc:sqlite:" + file, null, null, spill);
    }

    private Database(Path file, String url, String user, String password, Path spill) {
        this.file = file;
        this.url = url;
        this.user = user;
        this.password = password;
        this.spill = spill;
    }

    /** The PostgreSQL database a server with this DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD writes. */
    public static Database postgresql(String url, String user, String password, Path spill) {
        return new Database(null, url, user, password, spill);
    }

    /** SQLite's file. */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(url + " is no SQLite file");
        }
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
            throw new IllegalStateException("cannot read the polls of " + url + ": " + e.getMessage(), e);
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

    /** What {@code PRAGMA integrity_check} says: "ok" for an intact file. SQLite only. */
    public String integrity() {
        file();
        try (var connection = open();
                var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + file + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the database holds at least {@code count} polls; returns their instants. */
    public List<Long> awaitPolls(int count) {
        return Await.value(count + " polls stored in " + url, Duration.ofSeconds(60), () -> {
            // a SQLite file that is not there yet would be created by the look; PostgreSQL's table is awaited
            List<Long> times = file == null || Files.exists(file) ? pollTimes() : List.of();
            return times.size() >= count ? times : null;
        });
    }

    /** Bytes waiting in the spill file, where polls go while the database refuses writes. */
    public long spilledBytes() {
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
            Files.createDirectories(file().getParent());
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
        return DriverManager.getConnection(url, user, password);
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
