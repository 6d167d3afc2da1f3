package luxlogger.readings.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import luxlogger.configuration.control.SettingsReader;

/**
 * Where polls are kept: the SQLite file at {@code CACHE_PATH} unless {@code DATABASE_URL} names a PostgreSQL server,
 * and the spill file that holds them while the database refuses them. The server's data sources read the same
 * variables themselves (server.env, {@code database-*.xml}); these are read here to check them, and so that what
 * only SQLite has (its file, the folder and volume it is on) is left out with PostgreSQL.
 *
 * @param databaseUrl {@code jdbc:postgresql://...}, or empty for SQLite
 * @param databaseFile SQLite's file, {@code CACHE_PATH}; unused with PostgreSQL
 * @param spillPath {@code SPILL_PATH}, by default the database file's path with {@code .spill} appended
 */
public record StorageSettings(String databaseUrl, Path databaseFile, Path spillPath) {

    /** One or more {@code host[:port]} (an IPv6 address in brackets), a database, and parameters if any. */
    private static final Pattern POSTGRESQL_URL =
            Pattern.compile("jdbc:postgresql://(?:[^\\s/?#:,\\[\\]]+|\\[[0-9A-Fa-f:.]+])(?::\\d{1,5})?"
                    + "(?:,(?:[^\\s/?#:,\\[\\]]+|\\[[0-9A-Fa-f:.]+])(?::\\d{1,5})?)*/[^\\s/?#]+(?:\\?\\S*)?");

    private static final Pattern USER_INFO = Pattern.compile("//[^/]*@");

    private static final String URL_FORM = "a PostgreSQL JDBC URL, jdbc:postgresql://HOST[:PORT]/DATABASE";

    /**
     * Reads {@code database.url} with {@code database.user}, {@code database.password} or
     * {@code database.password.file}, {@code cache.path} and {@code spill.path}. No password is ever part of a
     * problem line. It reads only: no folder or file is created.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static StorageSettings from(SettingsReader reader) {
        String url = url(reader);
        Path file = reader.path("cache.path");
        String spill = reader.text("spill.path");
        Path spillPath = spill.isEmpty() ? file == null ? null : Path.of(file + ".spill") : reader.path("spill.path");
        return reader.valid(new StorageSettings(url, file, spillPath));
    }

    private static String url(SettingsReader reader) {
        String url = reader.text("database.url");
        String user = reader.text("database.user");
        boolean password = !reader.text("database.password").isEmpty();
        String passwordFile = reader.text("database.password.file");
        if (url.isEmpty()) {
            List<String> given = Stream.of(
                            user.isEmpty() ? null : "DATABASE_USER",
                            password ? "DATABASE_PASSWORD" : null,
                            passwordFile.isEmpty() ? null : "DATABASE_PASSWORD_FILE")
                    .filter(name -> name != null)
                    .toList();
            if (!given.isEmpty()) {
                // without a URL the polls would quietly go to SQLite: a misspelt DATABASE_URL must not do that
                reader.missing(
                        "database.url",
                        URL_FORM + ", as " + String.join(" and ", given) + (given.size() == 1 ? " is" : " are")
                                + " set");
            }
            return url;
        }
        if (!POSTGRESQL_URL.matcher(url).matches()) {
            reader.problem("database.url", withoutParameters(url), URL_FORM + " (or no DATABASE_URL for SQLite)");
        }
        if (user.isEmpty()) {
            reader.missing("database.user", "the PostgreSQL user the logger logs in as, since DATABASE_URL is set");
        }
        if (password && !passwordFile.isEmpty()) {
            reader.problem(
                    "database.password.file",
                    passwordFile,
                    "either DATABASE_PASSWORD or DATABASE_PASSWORD_FILE, not both (both are set)");
        } else if (!passwordFile.isEmpty()) {
            Path path = reader.path("database.password.file");
            if (path != null && !(Files.isRegularFile(path) && Files.isReadable(path))) {
                reader.problem(
                        "database.password.file",
                        passwordFile,
                        "a file the logger can read, holding the password ("
                                + (Files.exists(path) ? "it cannot be read" : "there is no such file") + ")");
            }
        }
        return url;
    }

    /** SQLite, the default, unless DATABASE_URL names a PostgreSQL server. */
    public boolean sqlite() {
        return databaseUrl.isEmpty();
    }

    /** The database as a log line names it: SQLite's file, or PostgreSQL's URL without its parameters. */
    public String database() {
        return sqlite() ? databaseFile.toString() : withoutParameters(databaseUrl);
    }

    /**
     * The folders that hold our files: the spill file's, and with SQLite the database's; each once. Their volumes
     * count against {@code DISK_MAX_PERCENT}.
     */
    public List<Path> folders() {
        Stream<Path> files = sqlite() ? Stream.of(databaseFile, spillPath) : Stream.of(spillPath);
        return files.map(file -> file.toAbsolutePath().getParent()).distinct().toList();
    }

    /** A URL's parameters, or a user and password before an {@code @}, may hold a password: they are never logged. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        String shown = query < 0 ? url : url.substring(0, query) + "?...";
        return USER_INFO.matcher(shown).replaceFirst("//...@");
    }
}
