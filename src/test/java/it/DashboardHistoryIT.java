package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The dashboard on a server of its own that holds history: two heat pumps, {@code house} (a simulator the test
 * drives, with the day before the test stored as 30-s polls) and {@code annex} (the built-in simulator). Here the
 * page shows what the shared server's first minute cannot: the journal's errors and defrosts on a chart, the
 * choice of heat pump kept in the URL, a day's chart loading, and a day's heat split into heating and hot water.
 */
class DashboardHistoryIT {

    private static final String FLOW = "calculations.ID_WEB_Temperatur_TVL";
    private static final String OUTDOOR = "calculations.ID_WEB_Temperatur_TA";
    private static final String MODE = "calculations.ID_WEB_WP_BZ_akt";
    private static final String TEMPERATURES = "calculations.ID_WEB_Temperatur_TVL,calculations.ID_WEB_Temperatur_TRL,"
            + "calculations.ID_WEB_Sollwert_TRL_HZ,calculations.ID_WEB_Temperatur_TA,calculations.ID_WEB_Temperatur_TBW";
    private static final Duration POLL = Duration.ofSeconds(30);
    /** The issue's target for the page with a day of data; the test asserts only a bound far above it. */
    private static final long TARGET_MS = 1_000;

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static Path folder;
    private static HeatPump heatPump;
    private static LibertyProcess server;
    private static Api api;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("lux-dashboard-history");
        Path database = folder.resolve("luxlogger.db");
        storeTheDayBefore(database, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT).withSpeed(60));
        server = new LibertyProcess(
                        "luxDashboard",
                        Map.of(
                                "CONTROLLERS",
                                "house=127.0.0.1:"
                                        + heatPump.serverEnvironment().get("PORT") + ",annex=simulator",
                                "SIMULATOR_SPEED",
                                "60",
                                // the stored polls are 30 s apart: at this interval they cover their day
                                "INTERVAL_SEC",
                                "15",
                                "TIMEOUT_SEC",
                                "5",
                                "RETRIES",
                                "0",
                                "TZ",
                                "UTC",
                                "CACHE_PATH",
                                database.toString(),
                                "OUTPUT_DIRS",
                                folder.resolve("reports").toString()))
                .start();
        api = server.api();
        Await.until(
                "polls of house and annex",
                Duration.ofSeconds(60),
                () -> api.get("api/readings/latest?controller=house").statusCode() == 200
                        && api.get("api/readings/latest?controller=annex").statusCode() == 200);
        browser = Browser.open("en-US");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
            assertThat(server.errors()).isEmpty();
        }
        if (heatPump != null) {
            heatPump.close();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void errorsAndDefrostsOfTheJournalAreMarkedOnTheChartAtTheirTimes() {
        // the stored day has defrosts of its own: only those from now on are the test's
        Instant injected = Instant.now().minusSeconds(5);
        heatPump.error(718);
        heatPump.defrost();
        JsonObject error = event("error", injected);
        JsonObject defrost = event("defrost", injected);
        Instant errorTime = Instant.parse(error.getString("time"));
        Instant defrostTime = Instant.parse(defrost.getString("time"));
        // an error carries the controller's clock (the simulator's runs ahead), so does a defrost that began and
        // ended between two polls (P1119); a defrost seen in the polls has their times
        // from before the injection, so that the chart holds polls as well as the markers
        Instant from = min(injected, min(errorTime, defrostTime))
                .minus(Duration.ofMinutes(20))
                .truncatedTo(ChronoUnit.SECONDS);
        Instant to = max(errorTime, defrostTime).plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);

        browser.open(api.uri("#/charts?controller=house&fields=" + FLOW + "," + MODE + "&from=" + from + "&to=" + to));
        browser.await("#chart canvas");
        browser.await("#chart .marker.error");
        List<WebElement> errors = browser.all("#chart .marker.error");
        List<WebElement> defrosts = browser.all("#chart .marker.defrost");
        assertThat(errors)
                .extracting(marker -> marker.getAttribute("data-time"))
                .contains(error.getString("time"));
        assertThat(defrosts)
                .extracting(marker -> marker.getAttribute("data-time"))
                .contains(defrost.getString("time"));
        Instant shownFrom = Instant.parse(browser.await("#chart").getAttribute("data-from"));
        Instant shownTo = Instant.parse(browser.await("#chart").getAttribute("data-to"));
        for (WebElement marker : concat(errors, defrosts)) {
            assertThat(Instant.parse(marker.getAttribute("data-time"))).isBetween(shownFrom, shownTo);
            // drawn inside the plot, a line or a span at least 2 px wide
            assertThat(marker.getSize().getWidth()).isGreaterThanOrEqualTo(2);
            assertThat(marker.getSize().getHeight()).isGreaterThan(100);
        }
        assertThat(errors.get(0).getAttribute("title")).startsWith("error ");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts-markers");
    }

    @Test
    void theHeatPumpChosenIsInTheUrlSoThatABookmarkShowsTheSameOne() {
        try (Browser own = Browser.open("en-US")) {
            own.open(api.uri("#/now?controller=annex"));
            assertThat(nowValuesAreThoseOf(own, "annex")).isTrue();
            assertThat(own.await("select#controller").getAttribute("value")).isEqualTo("annex");

            own.await("select#controller option[value=house]").click();
            Await.until(
                    "house in the URL", Duration.ofSeconds(30), () -> own.url().contains("controller=house"));
            assertThat(nowValuesAreThoseOf(own, "house")).isTrue();
            // the logger's health names the heat pump shown (with several there is no one buffer figure)
            assertThat(own.await(".health").getText())
                    .contains("house: ok, last poll 20")
                    .doesNotContain("undefined");
            own.screenshot("now-house");
            assertThat(own.script("return localStorage.getItem('lux-logger.controller')"))
                    .isEqualTo("house");

            // a link without a controller: the one chosen last, and the URL names it
            own.open(api.uri("?again#/charts?range=6h"));
            own.await("#chart canvas");
            assertThat(own.url()).contains("controller=house");
            assertThat(own.consoleErrors()).isEmpty();
        }
        // a bookmark in a browser that never chose: the heat pump the URL names, not the first one
        try (Browser other = Browser.open("en-US")) {
            other.open(api.uri("#/now?controller=annex"));
            assertThat(nowValuesAreThoseOf(other, "annex")).isTrue();
            other.screenshot("now-annex");
        }
    }

    @Test
    void aDayOfPollsIsDrawnWithinTheBoundAndTheFiguresArePrinted() {
        try (Browser fresh = Browser.open("en-US")) {
            String chart = "#/charts?controller=house&range=day&fields="
                    + URLEncoder.encode(TEMPERATURES, StandardCharsets.UTF_8);
            Timing nowFirst = load(fresh, "?now-first#/now?controller=house", "main[data-drawn]");
            Timing chartFirst = load(fresh, "?day-first#" + chart.substring(1), "#chart[data-drawn]");
            Timing now = load(fresh, "?now-again#/now?controller=house", "main[data-drawn]");
            Timing day = load(fresh, "?day-again#" + chart.substring(1), "#chart[data-drawn]");
            int points = Integer.parseInt(fresh.await("#chart").getAttribute("data-points"));
            assertThat(points).isGreaterThanOrEqualTo(2_880);
            for (var figure : List.of(
                    Map.entry("Now, first visit", nowFirst),
                    Map.entry("day chart, first visit", chartFirst),
                    Map.entry("Now", now),
                    Map.entry("day chart", day))) {
                System.out.printf(
                        Locale.ROOT,
                        "DashboardHistoryIT page load %-22s load event %4d ms, drawn %4d ms (%s) %s%n",
                        figure.getKey(),
                        figure.getValue().loadEventEnd(),
                        figure.getValue().drawn(),
                        figure.getKey().startsWith("Now") ? "latest poll, readiness" : points + " polls of 5 fields",
                        figure.getValue().drawn() <= TARGET_MS ? "ok (<= 1 s)" : "MISSED (> 1 s)");
            }
            // a bound far above the target: the machine is shared, and a test must not fail on a busy moment
            assertThat(day.drawn()).isLessThan(BOUND.toMillis());
            assertThat(now.drawn()).isLessThan(BOUND.toMillis());
            assertThat(fresh.consoleErrors()).isEmpty();
            fresh.screenshot("charts-day");
        }
    }

    @Test
    void energyBarsShowHeatingAndHotWaterApartAsTheSummarySays() {
        browser.open(api.uri("#/energy?controller=house"));
        browser.await("#energy-chart canvas");
        assertThat(browser.all("#energy-chart .u-legend .u-series"))
                .extracting(WebElement::getText)
                .anyMatch(text -> text.contains("Heat: Heating [kWh]"))
                .anyMatch(text -> text.contains("Heat: Hot water [kWh]"));
        var rows = Api.json(api.get("api/summary?period=day&controller=house"))
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        List<JsonObject> withHeat = rows.stream()
                .filter(row -> row.get("heatHeating") instanceof JsonNumber)
                .toList();
        assertThat(withHeat).isNotEmpty();
        for (JsonObject row : withHeat) {
            String label = row.getString("label");
            assertThat(browser.await("#summary tr[data-label='" + label + "'] [data-heating]")
                            .getText())
                    .isEqualTo(shown(row, "heatHeating"));
            assertThat(browser.await("#summary tr[data-label='" + label + "'] [data-hot-water]")
                            .getText())
                    .isEqualTo(shown(row, "heatHotWater"));
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("energy-day");
    }

    /** What a page load took, in ms from the navigation's start: the load event's end and the page drawn. */
    private record Timing(long loadEventEnd, long drawn) {}

    private Timing load(Browser on, String address, String drawn) {
        on.open(api.uri(address));
        on.await(drawn);
        Await.until(
                "the load event over",
                Duration.ofSeconds(30),
                () -> ((Number) on.script("return performance.getEntriesByType('navigation')[0].loadEventEnd"))
                                .doubleValue()
                        > 0);
        @SuppressWarnings("unchecked")
        List<Number> figures = (List<Number>) on.script(
                "return [performance.getEntriesByType('navigation')[0]"
                        + ".loadEventEnd, Number(document.querySelector(arguments[0]).dataset.drawn)]",
                drawn);
        return new Timing(
                Math.round(figures.get(0).doubleValue()), figures.get(1).longValue());
    }

    /** Waits for the Now panel of {@code controller} and compares its values with the API's at that poll. */
    private static boolean nowValuesAreThoseOf(Browser on, String controller) {
        Await.until(
                "the Now panel of " + controller,
                Duration.ofSeconds(30),
                () -> !on.all("#now-controller[data-controller='" + controller + "']")
                        .isEmpty());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) on.script("return [document.getElementById('poll-age').dataset.time,"
                + " document.getElementById('now-controller').dataset.controller,"
                + " document.querySelector('[data-field=\"" + OUTDOOR + "\"] .value').textContent,"
                + " document.querySelector('[data-field=\"" + FLOW + "\"] .value').textContent]");
        Instant time = Instant.parse(shown.get(0));
        JsonObject values = valuesAt(controller, time);
        assertThat(shown.get(1)).isEqualTo(controller);
        assertThat(shown.get(2)).isEqualTo(oneDecimal(values, OUTDOOR) + " °C");
        assertThat(shown.get(3)).isEqualTo(oneDecimal(values, FLOW) + " °C");
        return true;
    }

    private static JsonObject valuesAt(String controller, Instant time) {
        JsonObject series = Api.json(api.get("api/readings?controller=" + controller + "&from=" + time + "&to="
                + time.plusSeconds(1) + "&fields=ID_WEB_Temperatur_TA,ID_WEB_Temperatur_TVL"));
        return series.getJsonArray("points").stream()
                .map(JsonObject.class::cast)
                .filter(point -> Instant.parse(point.getString("time")).equals(time))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no poll of " + controller + " at " + time + ": " + series))
                .getJsonObject("values");
    }

    /** Awaits the house's newest event of this kind since {@code since} (or ahead, on the controller's clock). */
    private static JsonObject event(String kind, Instant since) {
        return Await.value("a " + kind + " in the journal since " + since, Duration.ofSeconds(120), () -> {
            var response = api.get("api/events?controller=house&kind=" + kind + "&from=" + since);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<JsonObject> events = Api.json(response).getJsonArray("events").getValuesAs(JsonObject.class);
            return events.isEmpty() ? null : events.get(0);
        });
    }

    /** The house's day before {@code now} as 30-s polls of the simulated model, stored as the logger stores. */
    private static void storeTheDayBefore(Path database, Instant now) throws Exception {
        Instant start = now.minus(Duration.ofDays(1));
        var model = new HeatPumpModel(Profile.CURRENT, 1, start);
        try (var standalone = new StandaloneStore(database)) {
            List<ControllerPoll> batch = new ArrayList<>();
            for (Instant time = start; time.isBefore(now); time = time.plus(POLL)) {
                batch.add(new ControllerPoll("house", model.snapshotAt(time)));
                if (batch.size() == 500) {
                    standalone.store().store(batch);
                    batch = new ArrayList<>();
                }
            }
            standalone.store().store(batch);
        }
    }

    /** A figure as the page shows it: one decimal, a dash where there is none. */
    private static String shown(JsonObject row, String name) {
        return row.get(name) instanceof JsonNumber ? oneDecimal(row, name) : "–";
    }

    private static String oneDecimal(JsonObject values, String name) {
        return String.format(Locale.US, "%.1f", values.getJsonNumber(name).doubleValue());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<WebElement> concat(List<WebElement> a, List<WebElement> b) {
        List<WebElement> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
