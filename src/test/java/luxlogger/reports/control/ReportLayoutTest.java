package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each controller's reports go, whichever form OUTPUT_DIRS takes, and how the reports of several controllers
 * are listed and found by name.
 */
class ReportLayoutTest {

    @TempDir
    Path dir;

    private final GivenSettings given = new GivenSettings();

    /** The layout of the settings as a user gives them, e.g. {@code controllers=house=simulator,annex=simulator}. */
    private ReportLayout layout(String... settings) {
        given.set("cache.path", dir.resolve("luxlogger.db").toString());
        for (int i = 0; i < settings.length; i += 2) {
            given.set(settings[i], settings[i + 1]);
        }
        if (given.lookup("controllers").isEmpty()) {
            given.set("host", "simulator");
        }
        return ReportLayout.of(ReportSettings.from(given.reader()), Controllers.from(given.reader()));
    }

    private static final String TWO = "house=simulator,annex=simulator";

    @Test
    void oneControllersReportsGoToTheFoldersThemselvesAsBefore() {
        ReportLayout layout = layout("output.dirs", dir.toString());

        assertThat(layout.several()).isFalse();
        assertThat(layout.of("heatpump").dailyDir()).isEqualTo(dir.resolve("daily"));
        assertThat(layout.folders()).containsExactly(dir.resolve("daily"), dir.resolve("weekly"));
        assertThat(layout.files().folders()).containsExactly(dir.resolve("daily"), dir.resolve("weekly"));
    }

    @Test
    void severalControllersGetAFolderOfTheirNameInTheDailyAndTheWeeklyFolderOfOneBaseFolder() {
        ReportLayout layout = layout("controllers", TWO, "output.dirs", dir.toString());

        assertThat(layout.several()).isTrue();
        assertThat(layout.of("annex").dailyDir()).isEqualTo(dir.resolve("daily/annex"));
        assertThat(layout.of("annex").weeklyDir()).isEqualTo(dir.resolve("weekly/annex"));
        assertThat(Kind.DAILY.file(layout.of("house"), LocalDate.parse("2026-01-31"), ExportFormat.CSV))
                .isEqualTo(dir.resolve("daily/house/2026-01-31_daily.csv"));
        assertThat(layout.folders())
                .containsExactly(
                        dir.resolve("daily/house"),
                        dir.resolve("weekly/house"),
                        dir.resolve("daily/annex"),
                        dir.resolve("weekly/annex"));
    }

    @Test
    void severalControllersGetAFolderOfTheirNameInEachOfTwoNamedFolders() {
        Path daily = dir.resolve("days");
        Path weekly = dir.resolve("elsewhere/weeks");
        ReportLayout layout = layout("controllers", TWO, "output.dirs", "daily=" + daily + ",weekly=" + weekly);

        assertThat(layout.folders())
                .containsExactly(
                        daily.resolve("house"),
                        weekly.resolve("house"),
                        daily.resolve("annex"),
                        weekly.resolve("annex"));
    }

    @Test
    void oneFolderForBothKindsHoldsOneFolderPerController() {
        Path both = dir.resolve("reports");
        ReportLayout layout = layout("controllers", TWO, "output.dirs", "daily=" + both + ",weekly=" + both);

        assertThat(layout.folders()).containsExactly(both.resolve("house"), both.resolve("annex"));
        assertThat(layout.of("house").weeklyDir()).isEqualTo(both.resolve("house"));
    }

    @Test
    void theFoldersAreCreatedAndProvedWritableAtStartAndAFileInTheWayIsNamed() throws IOException {
        ReportLayout layout = layout("controllers", TWO, "output.dirs", dir.toString());
        layout.prepare();
        assertThat(layout.folders()).allSatisfy(folder -> assertThat(folder).isDirectory());

        Files.delete(dir.resolve("weekly/annex"));
        Files.writeString(dir.resolve("weekly/annex"), "not a folder");
        assertThatThrownBy(layout::prepare)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("OUTPUT_DIRS='" + dir.resolve("weekly/annex") + "' is invalid")
                .hasMessageContaining("a file is in the way");
    }

    @Test
    void eachControllersReportsAreListedWithItsNameAndTheFolderTheyAreIn() throws IOException {
        ReportLayout layout = layout("controllers", TWO, "output.dirs", dir.toString());
        layout.prepare();
        report(layout, "house", Kind.DAILY, "2026-01-31_daily.csv");
        report(layout, "annex", Kind.DAILY, "2026-01-31_daily.csv");
        report(layout, "annex", Kind.WEEKLY, "2026-01-26_weekly.csv");
        // written while there was one controller, named by CONTROLLER_NAME (default heatpump)
        ReportFolders.report(dir.resolve("daily"), "2026-01-01_daily.csv");

        assertThat(layout.files().list())
                .extracting(entry -> entry.controller() + " " + entry.folder() + " " + entry.name())
                .containsExactlyInAnyOrder(
                        "house daily 2026-01-31_daily.csv",
                        "annex daily 2026-01-31_daily.csv",
                        "annex weekly 2026-01-26_weekly.csv",
                        "heatpump daily 2026-01-01_daily.csv");
        assertThat(layout.files().only("annex").list())
                .extracting(ReportFile::name)
                .containsExactlyInAnyOrder("2026-01-31_daily.csv", "2026-01-26_weekly.csv");
    }

    @Test
    void aNameIsFoundOncePerControllerThatHasItAndNeverOutsideTheFolders() throws IOException {
        ReportLayout layout = layout("controllers", TWO, "output.dirs", dir.toString());
        layout.prepare();
        Path house = report(layout, "house", Kind.DAILY, "2026-01-31_daily.csv");
        report(layout, "annex", Kind.DAILY, "2026-01-31_daily.csv");
        report(layout, "annex", Kind.DAILY, "fields.csv");
        report(layout, "annex", Kind.WEEKLY, "fields.csv");
        Files.writeString(dir.resolve("daily/secret.csv"), "x");
        ReportFiles files = layout.files();

        assertThat(files.find("2026-01-31_daily.csv"))
                .extracting(ReportFile::controller)
                .containsExactly("house", "annex");
        assertThat(files.only("house").find("2026-01-31_daily.csv"))
                .extracting(ReportFile::path)
                .containsExactly(house);
        // the daily folder's dictionary first, as with one controller
        assertThat(files.find("fields.csv"))
                .extracting(ReportFile::path)
                .containsExactly(dir.resolve("daily/annex/fields.csv"));
        for (String hostile : List.of("../secret.csv", "house/2026-01-31_daily.csv", "../house/fields.csv", "annex")) {
            assertThat(files.find(hostile)).as(hostile).isEmpty();
        }
        assertThat(files.only("nobody").find("2026-01-31_daily.csv")).isEmpty();
        assertThat(files.only("nobody").folders()).isEmpty();
    }

    @Test
    void aWrittenReportsFolderIsTheDailyOrWeeklyFolderItIsIn() {
        ReportLayout layout = layout("controllers", TWO, "output.dirs", dir.toString());
        ReportFiles files = layout.files();

        assertThat(files.folderOf(Kind.WEEKLY.file(layout.of("annex"), Instant.EPOCH, ExportFormat.CSV)))
                .hasValueSatisfying(folder -> {
                    assertThat(folder.controller()).isEqualTo("annex");
                    assertThat(folder.name()).isEqualTo("weekly");
                });
        assertThat(files.folderOf(dir.resolve("elsewhere/x.csv"))).isEmpty();
    }

    @Test
    void theLegacyControllersOwnFolderComesBeforeTheReportsOfTheTimeWhenItWasTheOnlyOne() throws IOException {
        var folders = ReportFolders.in(dir);
        var layout = new ReportLayout(folders.houseAndAnnex().settings(), List.of("heatpump", "annex"), "heatpump");
        layout.prepare();
        Path own = report(layout, "heatpump", Kind.DAILY, "fields.csv");
        ReportFolders.report(dir.resolve("daily"), "fields.csv");

        assertThat(layout.files().find("fields.csv"))
                .extracting(ReportFile::path)
                .containsExactly(own);
        assertThat(layout.files().only("heatpump").list()).hasSize(2);
    }

    /** A small file of that name in a controller's folder of the kind. */
    private static Path report(ReportLayout layout, String controller, Kind kind, String name) throws IOException {
        return ReportFolders.report(kind.folder(layout.of(controller)), name);
    }
}
