package luxlogger.readings.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageSettingsTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/luxlogger";

    @TempDir
    Path dir;

    private final GivenSettings given = new GivenSettings();

    @BeforeEach
    void dataFolder() {
        given.set("cache.path", dir.resolve("data/luxlogger.db").toString());
    }

    private StorageSettings settings() {
        return StorageSettings.from(given.reader());
    }

    private List<String> problems() {
        try {
            settings();
        } catch (InvalidSettingsException e) {
            return e.problems();
        }
        throw new AssertionError("the settings were accepted");
    }

    @Test
    void withoutADatabaseUrlPollsGoToTheSqliteFileWithTheSpillFileNextToIt() {
        StorageSettings settings = settings();
        assertThat(settings.sqlite()).isTrue();
        assertThat(settings.database())
                .isEqualTo(dir.resolve("data/luxlogger.db").toString());
        assertThat(settings.spillPath()).isEqualTo(dir.resolve("data/luxlogger.db.spill"));
        assertThat(settings.folders()).containsExactly(dir.resolve("data"));
    }

    @Test
    void aSpillPathElsewhereAddsItsFolder() {
        given.set("spill.path", dir.resolve("spill/polls.spill").toString());
        StorageSettings settings = settings();
        assertThat(settings.spillPath()).isEqualTo(dir.resolve("spill/polls.spill"));
        assertThat(settings.folders()).containsExactly(dir.resolve("data"), dir.resolve("spill"));
    }

    @Test
    void withPostgresqlOnlyTheSpillFolderIsOurs() {
        given.set("database.url", URL).set("database.user", "lux").set("database.password", "secret");
        StorageSettings settings = settings();
        assertThat(settings.sqlite()).isFalse();
        assertThat(settings.database()).isEqualTo(URL);
        assertThat(settings.spillPath()).isEqualTo(dir.resolve("data/luxlogger.db.spill"));
        assertThat(settings.folders()).containsExactly(dir.resolve("data"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                URL,
                "jdbc:postgresql://127.0.0.1/luxlogger",
                "jdbc:postgresql://[::1]:5433/lux-logger?sslmode=require&ApplicationName=x",
                "jdbc:postgresql://primary:5432,standby:5432/luxlogger?targetServerType=primary",
            })
    void acceptsPostgresqlUrls(String url) {
        given.set("database.url", url).set("database.user", "lux");
        assertThat(settings().databaseUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgresql://db.example:5432/luxlogger",
                "jdbc:mysql://db.example:3306/luxlogger",
                "jdbc:postgresql:luxlogger",
                "jdbc:postgresql://db.example:5432/",
                "jdbc:postgresql://db.example:port/luxlogger",
                "jdbc:sqlite:/data/luxlogger.db",
            })
    void rejectsAnUrlThatIsNoPostgresqlUrl(String url) {
        given.set("database.url", url).set("database.user", "lux");
        assertThat(problems())
                .containsExactly("DATABASE_URL='" + url + "' is invalid: expected a PostgreSQL JDBC URL,"
                        + " jdbc:postgresql://HOST[:PORT]/DATABASE (or no DATABASE_URL for SQLite)");
    }

    @Test
    void neverRepeatsTheParametersOfAnUrlWhichMayHoldAPassword() {
        given.set("database.url", "jdbc:postgresql://db example/luxlogger?password=secret")
                .set("database.user", "lux");
        assertThat(problems())
                .singleElement()
                .asString()
                .startsWith("DATABASE_URL='jdbc:postgresql://db example/luxlogger?...' is invalid")
                .doesNotContain("secret");
    }

    @Test
    void neverRepeatsAPasswordBeforeTheHost() {
        given.set("database.url", "jdbc:postgresql://lux:secret@db.example/luxlogger")
                .set("database.user", "lux");
        assertThat(problems())
                .singleElement()
                .asString()
                .startsWith("DATABASE_URL='jdbc:postgresql://...@db.example/luxlogger' is invalid")
                .doesNotContain("secret");
    }

    @Test
    void anUrlNeedsAUser() {
        given.set("database.url", URL).set("database.password", "secret");
        assertThat(problems())
                .containsExactly("DATABASE_USER is not set: expected the PostgreSQL user the logger logs in as,"
                        + " since DATABASE_URL is set");
    }

    @Test
    void aUserOrPasswordWithoutUrlIsAProblemNotAQuietSwitchToSqlite() {
        given.set("database.user", "lux").set("database.password", "secret");
        assertThat(problems())
                .containsExactly("DATABASE_URL is not set: expected a PostgreSQL JDBC URL,"
                        + " jdbc:postgresql://HOST[:PORT]/DATABASE, as DATABASE_USER and DATABASE_PASSWORD are set");
    }

    @Test
    void readsAPasswordFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "secret\n");
        given.set("database.url", URL).set("database.user", "lux").set("database.password.file", secret.toString());
        assertThat(settings().sqlite()).isFalse();
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path secret = dir.resolve("run/secrets/db");
        given.set("database.url", URL).set("database.user", "lux").set("database.password.file", secret.toString());
        assertThat(problems())
                .containsExactly("DATABASE_PASSWORD_FILE='" + secret + "' is invalid: expected a file the logger can"
                        + " read, holding the password (there is no such file)");
    }

    @Test
    void anUnreadablePasswordFileIsNamed() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "secret\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // root reads every file: then a folder in its place stands for a file that cannot be read
        Path unreadable = Files.isReadable(secret) ? Files.createDirectories(dir.resolve("folder")) : secret;
        given.set("database.url", URL).set("database.user", "lux").set("database.password.file", unreadable.toString());
        assertThat(problems())
                .containsExactly("DATABASE_PASSWORD_FILE='" + unreadable + "' is invalid: expected a file the logger"
                        + " can read, holding the password (it cannot be read)");
    }

    @Test
    void bothPasswordFormsAreOneTooManyAndThePasswordIsNotRepeated() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "secret\n");
        given.set("database.url", URL)
                .set("database.user", "lux")
                .set("database.password", "hunter2")
                .set("database.password.file", secret.toString());
        assertThat(problems())
                .singleElement()
                .asString()
                .isEqualTo("DATABASE_PASSWORD_FILE='" + secret + "' is invalid: expected either DATABASE_PASSWORD or"
                        + " DATABASE_PASSWORD_FILE, not both (both are set)")
                .doesNotContain("hunter2");
    }

    @Test
    void readingCreatesNoFolderAndNoFile() {
        given.set("spill.path", dir.resolve("spill/polls.spill").toString());
        settings();
        assertThat(dir).isEmptyDirectory();
    }
}
