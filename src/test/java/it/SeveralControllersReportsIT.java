package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of two heat pumps, {@code house} and {@code annex}, polled by one server: each controller's reports
 * go to a folder of its name in the daily and in the weekly folder (here given as {@code daily=...,weekly=...}),
 * on schedule, when missed and on demand; they are listed with their controller and downloaded by it; and a
 * controller whose folder fails at CSV_TIME does not cost the other its reports. The server starts with today's
 * CSV_TIME a little over a minute ahead, so its catch-up writes yesterday's reports and the timer today's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralControllersReportsIT {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final List<String> CONTROLLERS = List.of("house", "annex");

    @TempDir
    static Path dir;

    private static Path day;
    private static Path week;
    private static LocalTime csvTime;
    private static LocalDate today;
    private static LibertyProcess server;
    private static Api api;

    @BeforeAll
    static void start() {
        // late enough that the server is up and has caught up on yesterday before the timer is due
        csvTime = LocalTime.now(ZoneOffset.UTC).plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
        Assumptions.assumeTrue(csvTime.isAfter(LocalTime.of(0, 2)), "too close to midnight for a same-day schedule");
        today = LocalDate.now(ZoneOffset.UTC);
        day = dir.resolve("day");
        week = dir.resolve("week");
        server = new LibertyProcess(
                        "luxSeveralReports",
                        Map.of(
                                "CONTROLLERS", "house=simulator,annex=simulator",
                                "INTERVAL_SEC", "1",
                                "TIMEOUT_SEC", "5",
                                "RETRIES", "1",
                                "TZ", "UTC",
                                "CSV_TIME", CLOCK.format(csvTime),
                                "WEEKLY_DAY", today.getDayOfWeek().name(),
                                "OUTPUT_DIRS", "daily=" + day + ",weekly=" + week))
                .withoutData()
                .start();
        api = server.api();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void eachControllersMissedReportsAreWrittenIntoItsOwnFoldersAtStart() {
        for (String controller : CONTROLLERS) {
            for (Path report : List.of(
                    day.resolve(controller).resolve(today.minusDays(1) + "_daily.csv"),
                    week.resolve(controller).resolve(today.minusDays(7) + "_weekly.csv"),
                    day.resolve(controller).resolve("fields.csv"),
                    week.resolve(controller).resolve("fields.csv"))) {
                Await.until(report + " written", Duration.ofSeconds(60), () -> Files.isRegularFile(report));
            }
        }
        // nothing but the controllers' folders in the daily and weekly folder themselves
        assertThat(names(day)).containsExactlyInAnyOrder("house", "annex");
        assertThat(names(week)).containsExactlyInAnyOrder("house", "annex");
    }

    @Test
    @Order(2)
    void reportsOnDemandGoToTheControllersFoldersAndAreListedAndDownloadedByController() throws IOException {
        for (String controller : CONTROLLERS) {
            Await.until(
                    "a poll of " + controller,
                    Duration.ofSeconds(60),
                    () -> api.get("api/readings/latest?controller=" + controller + "&fields=ID_WEB_Temperatur_TA")
                                    .statusCode()
                            == 200);
        }
        JsonObject house = api.writeReports("?type=daily&controller=house").getJsonObject(0);
        JsonObject annex = api.writeReports("?type=daily&controller=annex").getJsonObject(0);
        assertThat(house.getString("controller")).isEqualTo("house");
        assertThat(house.getString("folder")).isEqualTo("day");
        assertThat(annex.getString("controller")).isEqualTo("annex");
        Path houseFile = day.resolve("house").resolve(house.getString("name"));
        Path annexFile = day.resolve("annex").resolve(annex.getString("name"));
        assertThat(houseFile).isRegularFile();
        assertThat(annexFile).isRegularFile();
        JsonObject weekly = api.writeReports("?type=weekly&controller=annex").getJsonObject(0);
        assertThat(weekly.getString("folder")).isEqualTo("week");
        assertThat(week.resolve("annex").resolve(weekly.getString("name"))).isRegularFile();

        // listed with their controllers, each link naming its controller
        JsonArray listing = array(api.get("api/reports").body());
        assertThat(listing.getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("controller") + " " + entry.getString("folder") + " "
                        + entry.getString("name") + " " + entry.getString("href"))
                .contains(
                        "house day " + houseFile.getFileName() + " api/reports/" + houseFile.getFileName()
                                + "?controller=house",
                        "annex day " + annexFile.getFileName() + " api/reports/" + annexFile.getFileName()
                                + "?controller=annex",
                        "annex week fields.csv api/reports/fields.csv?controller=annex");
        assertThat(array(api.get("api/reports?controller=annex").body()).getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getString("controller")).isEqualTo("annex"));

        // each controller's own file
        for (Path file : List.of(houseFile, annexFile)) {
            String controller = file.getParent().getFileName().toString();
            var download = api.get("api/reports/" + file.getFileName() + "?controller=" + controller);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(Files.readString(file));
        }
        // a name only one controller has needs no controller; one both have does
        assertThat(api.get("api/reports/" + weekly.getString("name")).statusCode())
                .isEqualTo(200);
        var ambiguous = api.get("api/reports/fields.csv");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(Api.json(ambiguous).getString("error"))
                .contains("several controllers have a report named 'fields.csv'", "house", "annex");
        assertThat(api.get("api/reports/fields.csv?controller=cellar").statusCode())
                .isEqualTo(404);
        assertThat(api.get("api/reports/..%2F..%2Fserver.xml?controller=house").statusCode())
                .isBetween(400, 499);
        assertThat(api.post("api/reports?type=daily").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void aControllerWhoseFolderFailsAtCsvTimeDoesNotCostTheOtherItsReports() throws IOException {
        Assumptions.assumeTrue(
                LocalTime.now(ZoneOffset.UTC).isBefore(csvTime.minusSeconds(5)),
                "the server started too slowly: CSV_TIME has come already");
        // a file where house's daily folder was: its daily report cannot be written
        Path houseDaily = day.resolve("house");
        try (Stream<Path> files = Files.walk(houseDaily)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(houseDaily, "in the way");
        String houseReport = houseDaily.resolve(today + "_daily.csv").toString();

        server.awaitLog(line -> line.contains("Report " + houseReport + " failed"), Duration.ofSeconds(150));
        for (String controller : CONTROLLERS) {
            Path weekly = week.resolve(controller).resolve(today + "_weekly.csv");
            Await.until(weekly + " written", Duration.ofSeconds(30), () -> Files.isRegularFile(weekly));
        }
        assertThat(day.resolve("annex").resolve(today + "_daily.csv")).isRegularFile();
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
