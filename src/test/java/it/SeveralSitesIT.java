package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several logger instances, one per site, writing to one PostgreSQL database: {@code site-a} polls {@code house},
 * {@code site-b} polls {@code barn}; each sees the other's controller and its polls. A third instance,
 * {@code site-c}, with a controller also named {@code house} beside its {@code shed}, refuses to write, names
 * {@code site-a} and claims nothing; site-a itself starts again under its name. Servers start in that order, at most two at a time; each test starts what it
 * needs when it runs alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralSitesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Postgres postgres;
    private static LibertyProcess siteA;
    private static LibertyProcess siteB;
    private static LibertyProcess siteC;

    @BeforeAll
    static void launch() {
        postgres = Postgres.launch();
    }

    @AfterAll
    static void stop() {
        for (LibertyProcess server : new LibertyProcess[] {siteA, siteB, siteC}) {
            if (server != null) {
                server.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A server of its own (folder, spill file), polling built-in simulators every second into the shared database. */
    private static LibertyProcess site(String instance, String controllers) {
        Map<String, String> env = new HashMap<>(postgres.serverEnvironment());
        env.putAll(Map.of(
                "INSTANCE_NAME", instance,
                "CONTROLLERS", controllers,
                "INTERVAL_SEC", "1",
                "TIMEOUT_SEC", "3",
                "RETRIES", "0"));
        return new LibertyProcess("luxSite-" + instance, env);
    }

    private static LibertyProcess siteA() {
        if (siteA == null) {
            siteA = site("site-a", "house=simulator").withoutData();
        }
        return siteA;
    }

    /** Makes sure site-a has claimed house and stored a poll of it (when a test runs alone), and stops site-a. */
    private static void houseClaimedBySiteAWhichIsDown() {
        if (siteA == null) {
            siteA().start();
            awaitPolls("house", 1);
        }
        siteA.close();
    }

    @Test
    @Order(1)
    void twoSitesStoreTheirOwnControllersInOneDatabaseAndEachSeesTheOthers() {
        Api a = siteA().start().api();
        siteB = site("site-b", "barn=simulator").withoutData().start();
        Api b = siteB.api();
        awaitPolls("house", 3);
        awaitPolls("barn", 3);

        assertThat(owners()).isEqualTo(Map.of("house", "site-a", "barn", "site-b"));
        a.awaitReadiness(200);
        b.awaitReadiness(200);

        JsonObject barnOnA = controller(a, "barn");
        assertThat(barnOnA.getString("state")).isEqualTo("stored");
        assertThat(barnOnA.getString("instance")).isEqualTo("site-b");
        assertThat(barnOnA.getString("firmware")).isNotBlank();
        assertThat(Instant.parse(barnOnA.getString("lastPoll")))
                .isAfter(Instant.now().minusSeconds(60));
        assertThat(controller(a, "house").getString("state")).isEqualTo("ok");
        assertThat(controller(a, "house").getString("instance")).isEqualTo("site-a");

        JsonObject houseOnB = controller(b, "house");
        assertThat(houseOnB.getString("state")).isEqualTo("stored");
        assertThat(houseOnB.getString("instance")).isEqualTo("site-a");
        assertThat(houseOnB.getString("firmware")).isEqualTo(barnOnA.getString("firmware"));

        // a central server sees every site: site-a answers for site-b's heat pump
        var latest = a.get("api/readings/latest?controller=barn");
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        JsonObject barn = Api.json(latest);
        assertThat(barn.getString("controller")).isEqualTo("barn");
        assertThat(barn.getJsonArray("values").size()).isGreaterThan(1800);
        assertThat(barn.getBoolean("simulated")).isFalse();

        siteB.stop();
        assertThat(pollTimes("barn")).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void aSiteWhoseControllerNameAnotherSiteClaimedRefusesToWriteAndNamesIt() {
        // site-a is down: its claim holds all the same, and polls of house now could only come from site-c
        houseClaimedBySiteAWhichIsDown();
        List<Long> house = pollTimes("house");

        siteC = site("site-c", "shed=simulator,house=simulator").withoutData().start();
        Api c = siteC.api();
        String problem = "controller 'house' is polled by the instance 'site-a'";
        assertThat(c.awaitReadiness(503, problem).body()).contains("INSTANCE_NAME", "'site-c'");
        assertThat(siteC.awaitLog("Invalid configuration: " + problem)).contains("INSTANCE_NAME");
        assertThat(c.get("health/live").statusCode()).isEqualTo(200);
        assertThat(controller(c, "house").getString("instance")).isEqualTo("site-a");
        siteC.stop();

        assertThat(pollTimes("house")).isEqualTo(house);
        // nor does it hold a claim on shed, which is free for whoever polls it
        assertThat(owners()).containsEntry("house", "site-a").doesNotContainKey("shed");
        assertThat(siteC.log()).noneMatch(line -> line.contains("Polling failed unexpectedly"));
    }

    @Test
    @Order(3)
    void theSiteThatClaimedAControllerStartsAgainUnderItsName() {
        houseClaimedBySiteAWhichIsDown();
        int before = pollTimes("house").size();

        Api a = siteA.start().api();
        awaitPolls("house", before + 3);
        a.awaitReadiness(200);
        siteA.stop();

        assertThat(owners()).containsEntry("house", "site-a");
        assertThat(pollTimes("house")).doesNotHaveDuplicates().isSortedAccordingTo(Long::compare);
        assertThat(siteA.log()).noneMatch(line -> line.contains("Invalid configuration"));
    }

    /** The entry of {@code GET /api/controllers} of that name. */
    private static JsonObject controller(Api api, String name) {
        var response = api.get("api/controllers");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no controller " + name + " in " + response.body()));
    }

    /** Each stored controller with the instance that claimed it, as a user sees them with psql. */
    private static Map<String, String> owners() {
        return query("SELECT name, instance FROM controller ORDER BY id", rows -> {
            var owners = new LinkedHashMap<String, String>();
            while (rows.next()) {
                owners.put(rows.getString(1), rows.getString(2));
            }
            return owners;
        });
    }

    /** The instants (epoch ms) of a controller's stored polls, oldest first. */
    private static List<Long> pollTimes(String controller) {
        return query(
                "SELECT p.time FROM poll p JOIN controller c ON c.id = p.controller WHERE c.name = '" + controller
                        + "' ORDER BY p.time",
                rows -> {
                    var times = new ArrayList<Long>();
                    while (rows.next()) {
                        times.add(rows.getLong(1));
                    }
                    return times;
                });
    }

    private static void awaitPolls(String controller, int count) {
        Await.until(
                count + " polls of " + controller + " stored",
                WAIT,
                () -> pollTimes(controller).size() >= count);
    }

    /** Reads what a query answered. */
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, Rows<T> read) {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
                var rows = connection.createStatement().executeQuery(sql)) {
            return read.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + postgres.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }
}
