package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard at {@code /} in a real headless chromium, against the shared server reading the simulator: each
 * page draws what the API says, without errors in the console, and leaves a screenshot in target/screenshots.
 */
class DashboardIT {

    private static final String OUTDOOR = "calculations.ID_WEB_Temperatur_TA";
    private static final String FLOW = "calculations.ID_WEB_Temperatur_TVL";
    private static final Map<String, String> STATES = Map.of(
            "heating", "heating",
            "heating external source", "heating",
            "hot water", "hot water",
            "defrost", "defrost",
            "no request", "off",
            "evu", "off (utility lock)");

    private static Api api;
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        api = SharedServer.api();
        api.awaitFirstPoll();
        browser = Browser.open("en-US");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void nowPanelShowsTheSimulatorsValuesAndTheLoggersHealth() {
        browser.open(api.uri("#/now"));
        browser.await("#state");
        browser.await(".health");
        // the panel redraws every poll: read the poll's time and its values in one go
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script("return [document.getElementById('poll-age').dataset.time,"
                + " document.querySelector('[data-field=\"" + OUTDOOR + "\"] .value').textContent,"
                + " document.querySelector('[data-field=\"" + FLOW + "\"] .value').textContent,"
                + " document.getElementById('state').textContent]");
        Instant time = Instant.parse(shown.get(0));
        JsonObject values = valuesAt(time, "ID_WEB_Temperatur_TA,ID_WEB_Temperatur_TVL,ID_WEB_WP_BZ_akt");

        assertThat(shown.get(1)).isEqualTo(oneDecimal(values, OUTDOOR) + " °C");
        assertThat(shown.get(2)).isEqualTo(oneDecimal(values, FLOW) + " °C");
        String mode = values.getString("calculations.ID_WEB_WP_BZ_akt");
        assertThat(shown.get(3)).isEqualTo(STATES.getOrDefault(mode, mode));
        // the shared server is ready unless this machine's disk is fuller than the check allows
        boolean ready = api.get("health/ready").statusCode() == 200;
        assertThat(browser.await(".health h2").getText()).isEqualTo(ready ? "Logger: ready" : "Logger: not ready");
        assertThat(browser.await(".health .buffered").getText()).startsWith("buffered polls: ");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("now");
    }

    @Test
    void nowPanelRefreshesItselfEveryPoll() {
        browser.open(api.uri("#/now"));
        String first = browser.await("#poll-age").getAttribute("data-time");
        Await.until(
                "a newer poll shown",
                Duration.ofSeconds(20),
                () -> !first.equals(browser.script("return document.getElementById('poll-age').dataset.time")));
    }

    @Test
    void chartDrawsTheRequestedRangeAndKeepsTheViewInTheUrl() {
        browser.open(api.uri("#/charts?fields=" + OUTDOOR + "," + FLOW + "&range=6h"));
        browser.await("#chart canvas");

        assertThat(span()).isEqualTo(Duration.ofHours(6));
        assertThat(browser.await("#chart").getAttribute("data-downsampled")).isEqualTo("false");
        assertThat(Integer.parseInt(browser.await("#chart").getAttribute("data-points")))
                .isPositive();
        assertThat(browser.all(".u-legend .u-series")).hasSize(3);
        assertThat(browser.url()).contains("range=6h").contains(OUTDOOR).contains(FLOW);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts");

        browser.await("[data-range=week]").click();
        Await.until(
                "the week's chart",
                Duration.ofSeconds(30),
                () -> browser.url().contains("range=week") && Duration.ofDays(7).equals(span()));
        browser.await("#chart canvas");
        assertThat(browser.url()).contains(OUTDOOR).contains(FLOW);
        // a range over a day is asked for about one point per pixel (points=), the API cuts it down
        assertThat(browser.await("#chart").getAttribute("data-downsampled")).isEqualTo("true");
    }

    @Test
    void chartDrawsACustomRangeFromTheUrl() {
        Instant to = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant from = to.minus(Duration.ofMinutes(3));
        browser.open(api.uri("#/charts?fields=" + FLOW + ",calculations.ID_WEB_VD1out,calculations.ID_WEB_WP_BZ_akt"
                + "&from=" + from + "&to=" + to));
        browser.await("#chart canvas");

        assertThat(span()).isEqualTo(Duration.ofMinutes(3));
        assertThat(browser.await("#chart").getAttribute("data-from")).isEqualTo(from.toString());
        assertThat(browser.all(".u-legend .u-series")).hasSize(4);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts-custom");
    }

    @Test
    void theWheelZoomsAroundThePointerAndShiftDragMovesTheRangeBothIntoTheUrl() {
        browser.open(api.uri("#/charts?fields=" + OUTDOOR + "&range=6h"));
        browser.await("#chart canvas");
        Instant from = Instant.parse(browser.await("#chart").getAttribute("data-from"));
        Instant to = Instant.parse(browser.await("#chart").getAttribute("data-to"));
        Instant middle = from.plus(Duration.between(from, to).dividedBy(2));

        // the wheel over the chart's middle: a narrower range that still holds the time under the pointer
        browser.wheel(browser.await("#chart .u-over"), -300);
        Range zoomed = Await.value("a narrower range in the URL", Duration.ofSeconds(30), () -> {
            Range range = Range.of(browser.url());
            return range != null && range.from().isAfter(from) && range.to().isBefore(to) ? range : null;
        });
        assertThat(browser.url()).contains("range=custom");
        assertThat(middle).isBetween(zoomed.from(), zoomed.to());
        Await.until(
                "the zoomed chart",
                Duration.ofSeconds(30),
                () -> zoomed.from().toString().equals(browser.await("#chart").getAttribute("data-from")));
        browser.await("#chart canvas");

        // Shift+drag to the right: earlier times come in, the span stays
        browser.shiftDrag(browser.await("#chart .u-over"), 200);
        Range moved = Await.value("an earlier range in the URL", Duration.ofSeconds(30), () -> {
            Range range = Range.of(browser.url());
            return range != null && range.from().isBefore(zoomed.from()) ? range : null;
        });
        assertThat(moved.to()).isBefore(zoomed.to());
        assertThat(Duration.between(moved.from(), moved.to()).toSeconds())
                .isCloseTo(
                        Duration.between(zoomed.from(), zoomed.to()).toSeconds(),
                        org.assertj.core.data.Offset.offset(2L));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The range a custom view's URL holds ({@code from=} and {@code to=}), or null without one. */
    private record Range(Instant from, Instant to) {
        static Range of(String url) {
            var from = java.util.regex.Pattern.compile("[?&]from=([^&]+)").matcher(url);
            var to = java.util.regex.Pattern.compile("[?&]to=([^&]+)").matcher(url);
            if (!from.find() || !to.find()) {
                return null;
            }
            return new Range(
                    Instant.parse(java.net.URLDecoder.decode(from.group(1), StandardCharsets.UTF_8)),
                    Instant.parse(java.net.URLDecoder.decode(to.group(1), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void fieldPickerFindsAFieldByItsLabelAndAddsItToTheView() {
        browser.open(api.uri("#/charts?fields=" + OUTDOOR + "&range=6h"));
        browser.await("#chart canvas");
        browser.await("#field-search").sendKeys("hot water");
        browser.await("#field-matches button[data-field='calculations.ID_WEB_Temperatur_TBW']")
                .click();

        Await.until(
                "the hot-water temperature in the view",
                Duration.ofSeconds(30),
                () -> browser.url().contains("calculations.ID_WEB_Temperatur_TBW")
                        && browser.all(".u-legend .u-series").size() == 3);
        assertThat(browser.url()).contains(OUTDOOR);
    }

    @Test
    void readyChartsShowTheirFields() {
        browser.open(api.uri("#/charts"));
        browser.await("[data-ready=heatPower]").click();
        Await.until(
                "the heat and power chart",
                Duration.ofSeconds(30),
                () -> browser.url()
                        .contains(URLEncoder.encode(
                                "calculations.Heat_Output,calculations.AC_Power_Input", StandardCharsets.UTF_8)));
        browser.await("[data-ready=compressorModes]").click();
        browser.await("#chart canvas");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("charts-compressor");
    }

    @Test
    void energyEventsAndReportsPagesDrawWithoutErrors() {
        browser.open(api.uri("#/energy"));
        browser.await("main[data-page=energy] .buttons");
        browser.screenshot("energy");
        browser.open(api.uri("#/events"));
        browser.await("#events");
        browser.screenshot("events");
        browser.open(api.uri("#/reports"));
        browser.await("#write-now");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void writeNowWritesTheReportsAndListsThem() {
        browser.open(api.uri("#/reports"));
        browser.await("#write-now").click();

        String message = Await.value("the reports written", Duration.ofSeconds(60), () -> {
            String text = browser.await("#report-message").getText();
            return text.startsWith("Written: ") ? text : null;
        });
        String first = message.substring("Written: ".length()).split(", ")[0];
        assertThat(browser.await("#reports").getText()).contains(first);
        assertThat(api.get("api/reports").body()).contains(first);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("reports");

        browser.await("#reports a[data-name='" + first + "']").click();
        java.nio.file.Path saved = browser.downloads().resolve(first);
        Await.until("the report downloaded", Duration.ofSeconds(30), () -> java.nio.file.Files.isRegularFile(saved));
        assertThat(api.get("api/reports/" + first).body())
                .isEqualTo(Await.value("the download's content", Duration.ofSeconds(10), () -> read(saved)));
    }

    @Test
    void tokenPromptAsksOnceAndTheBrowserKeepsTheToken() {
        LibertyProcess guarded = GuardedServer.process();
        try (Browser own = Browser.open("en-US")) {
            own.open(guarded.uri("#/now"));
            own.await("#token-value").sendKeys(GuardedServer.TOKEN);
            own.screenshot("token");
            own.await("#token button").click();
            own.await("#state");

            own.open(guarded.uri("#/reports"));
            own.await("#write-now");
            own.open(java.net.URI.create(guarded.uri("") + "?again#/now"));
            own.await("#state");
            assertThat(own.all("#token").get(0).isDisplayed()).isFalse();
        }
    }

    @Test
    void pageWordsFollowTheBrowsersLanguage() {
        try (Browser german = Browser.open("de-DE")) {
            german.open(api.uri("#/now"));
            german.await("#state");
            assertThat(german.await("nav a[data-page=charts]").getText()).isEqualTo("Verläufe");
            assertThat(german.await(".health h2").getText()).startsWith("Logger: ");
            assertThat(german.await("#poll-age").getText()).startsWith("Letzte Abfrage: vor ");
            german.screenshot("now-de");
        }
    }

    @Test
    void phoneScreenShowsTheNowPanel() {
        browser.resize(390, 844);
        try {
            browser.open(api.uri("#/now"));
            browser.await("#state");
            browser.screenshot("now-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    private static Duration span() {
        var chart = browser.await("#chart");
        String from = chart.getAttribute("data-from");
        String to = chart.getAttribute("data-to");
        return from == null || to == null ? null : Duration.between(Instant.parse(from), Instant.parse(to));
    }

    private static JsonObject valuesAt(Instant time, String fields) {
        JsonObject series =
                Api.json(api.get("api/readings?from=" + time + "&to=" + time.plusSeconds(1) + "&fields=" + fields));
        return series.getJsonArray("points").stream()
                .map(JsonObject.class::cast)
                .filter(point -> Instant.parse(point.getString("time")).equals(time))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no poll at " + time + ": " + series))
                .getJsonObject("values");
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String oneDecimal(JsonObject values, String name) {
        return String.format(
                java.util.Locale.US, "%.1f", values.getJsonNumber(name).doubleValue());
    }
}
