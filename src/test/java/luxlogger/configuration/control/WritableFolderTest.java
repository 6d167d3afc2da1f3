package luxlogger.configuration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableFolderTest {

    @TempDir
    Path dir;

    @Test
    void createsAMissingFolderAndLeavesNoProbeBehind() throws IOException {
        Path folder = dir.resolve("reports/daily");
        WritableFolder.prepare("OUTPUT_DIRS", folder.toString(), folder);
        assertThat(folder).isDirectory().isEmptyDirectory();
    }

    @Test
    void rejectsAFolderThatCannotBeCreatedNamingTheVariable() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path folder = file.resolve("reports");
        assertThatThrownBy(() -> WritableFolder.prepare("OUTPUT_DIRS", folder.toString(), folder))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("OUTPUT_DIRS='" + folder
                                        + "' is invalid: expected a folder the logger can write to (" + folder + ": "));
    }

    @Test
    void rejectsADatabasePathThatIsAFolder() {
        assertThatThrownBy(() -> WritableFolder.prepareFor("CACHE_PATH", dir, "the path of the SQLite database file"))
                .hasMessage("CACHE_PATH='" + dir
                        + "' is invalid: expected the path of the SQLite database file, not a folder");
    }

    @Test
    void preparesTheFolderOfAFile() {
        Path database = dir.resolve("data/luxlogger.db");
        WritableFolder.prepareFor("CACHE_PATH", database, "the path of the SQLite database file");
        assertThat(database.getParent()).isDirectory();
        assertThat(database).doesNotExist();
    }
}
