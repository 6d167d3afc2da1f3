package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import luxlogger.diagnosis.entity.DayFigures;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The health page as a mailed file: well-formed, no script, nothing from outside, all text escaped. */
class HealthPageTest {

    private static ParsedPage page(HealthReport report) {
        return new ParsedPage(HealthPage.render(report));
    }

    private static String finding(String id) {
        return "//article[@data-id='" + id + "']";
    }

    @Test
    void isWellFormedWithoutScriptHandlersOrAnyAddressOutsideItself() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.text).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script");
        assertThat(page.all("//script | //link | //img | //iframe | //object | //embed | //base"))
                .isEmpty();
        assertThat(page.attributes())
                .noneMatch(attribute -> attribute.matches("[^@]+@on.*"))
                .noneMatch(attribute -> attribute.toLowerCase(Locale.ROOT).contains("javascript:"))
                .noneMatch(attribute -> attribute.matches("[^@]+@(href|src|xlink:href|action)=.*"));
        // no fetch of any kind, from the style sheet either: no address at all in the page's markup
        assertThat(page.text)
                .doesNotContain("http:")
                .doesNotContain("https:")
                .doesNotContain("url(")
                .doesNotContain("@import");
        assertThat(page.textOf("//style")).doesNotContain("//");
    }

    @Test
    void showsHostileTextOnlyEscaped() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.text)
                .contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39; Wärmepumpe ü")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("\"><script");
        // and reads back exactly as given, in text and in attributes
        assertThat(page.textOf("//p[@class='controller']")).isEqualTo(SampleReports.HOSTILE);
        assertThat(page.textOf(finding("flow-spread") + "/p[@class='summary']")).isEqualTo(SampleReports.HOSTILE);
        assertThat(page.one("//header[@id='report']").getAttribute("data-controller"))
                .isEqualTo(SampleReports.HOSTILE);
        assertThat(page.textOf("/html/head/title")).endsWith(" · " + SampleReports.HOSTILE);
        assertThat(page.textOf(finding("flow-spread") + "//p[@lang='de']"))
                .isEqualTo("Empfehlung: Ventile öffnen & prüfen.");
    }

    @Test
    void replacesCharactersMarkupCannotCarry() {
        String broken = "E\u0000 7\u001b12 \uD800 \uD83D\uDD25";

        ParsedPage page = page(SampleReports.week(broken, SampleReports.days(1)));

        assertThat(page.textOf("//p[@class='controller']")).isEqualTo("E\uFFFD 7\uFFFD12 \uFFFD \uD83D\uDD25");
    }

    @Test
    void saysEachSeverityInWordsBesideItsColour() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.one("//section[@id='overall']").getAttribute("class")).isEqualTo("overall warning");
        assertThat(page.textOf("//section[@id='overall']/span[contains(@class,'badge')]"))
                .isEqualTo("Warning");
        assertThat(page.textOf("//section[@id='overall']/span[@class='counts']"))
                .isEqualTo(" 1 Warning, 1 Notice, 1 OK, 2 Not assessed (findings).");
        for (String[] expected : new String[][] {
            {"short-cycling", "warning", "Warning"},
            {"flow-spread", "notice", "Notice"},
            {"hot-water", "ok", "OK"},
            {"oversized", "unsupported", "Not assessed"}
        }) {
            Element badge = page.one(finding(expected[0]) + "//span[contains(@class,'badge')]");
            assertThat(badge.getAttribute("class")).isEqualTo("badge " + expected[1]);
            assertThat(badge.getTextContent()).isEqualTo(expected[2]);
            assertThat(page.one(finding(expected[0])).getAttribute("data-severity"))
                    .isEqualTo(expected[1]);
        }
    }

    @Test
    void showsFiguresWithUnitsAndWhatTheyAreJudgedAgainstWithItsSource() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.textOf(finding("short-cycling") + "//tr[@data-key='startsPerDay']"))
                .isEqualTo("starts per day14.5 1/d");
        assertThat(page.textOf(finding("short-cycling") + "//tr[@data-key='meanRunMinutes']/td"))
                .isEqualTo("9 min");
        assertThat(page.textOf(finding("short-cycling") + "/p[@class='reference']"))
                .isEqualTo(
                        "Judged against: fleet median 6.1, p90 12.8 starts/day Source: heatpumpmonitor.org (computed)");
        // a reference without its sentence says its numbers
        assertThat(page.textOf(finding("flow-spread") + "/p[@class='reference']"))
                .startsWith("Judged against: p10 3, fleet median 3.8, p90 5.2 Source: ");
        assertThat(page.textOf(finding("short-cycling") + "//p[@lang='en']"))
                .isEqualTo("Advice: Lower the heating curve.");
        assertThat(page.textOf(finding("short-cycling") + "//p[@lang='de']"))
                .isEqualTo("Empfehlung: Heizkurve absenken.");
    }

    @Test
    void saysWhyARuleIsNotAssessed() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.textOf(finding("oversized") + "/p[@class='summary']"))
                .isEqualTo("no rated output given (RATED_OUTPUT_KW)");
        assertThat(page.all(finding("oversized") + "/p[@class='why']")).isEmpty();
        assertThat(page.textOf(finding("data-gaps") + "/p[@class='why']"))
                .isEqualTo("Why it is not assessed: not enough data: 62 % of the period has polls (90 % needed)");
        assertThat(page.all(finding("data-gaps") + "//table | " + finding("data-gaps") + "//div[@class='advice']"))
                .isEmpty();
    }

    @Test
    void showsTheHeaderAndTheSeasonalFactorAsControllerReported() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.textOf("//dd[@id='fact-period']")).isEqualTo("2026-W49: 2026-11-30 00:00 – 2026-12-07 00:00");
        assertThat(page.textOf("//dd[@id='fact-coverage']")).isEqualTo("96.5 % of the period has polls");
        assertThat(page.textOf("//dd[@id='fact-source']")).isEqualTo("air (from the controller's heat-pump type)");
        assertThat(page.textOf("//dd[@id='fact-rated']")).isEqualTo("not given (RATED_OUTPUT_KW)");
        assertThat(page.textOf("//dd[@id='fact-computed']")).isEqualTo("2026-12-07 02:30");
        assertThat(page.textOf("//section[@id='seasonal']/p[@class='factor']"))
                .isEqualTo("Season 2026/27: 3.90 (controller-reported, air source)");
        assertThat(page.textOf("//section[@id='seasonal']/p[@class='sentence']"))
                .contains("better than about 4 of 10 monitored air-source systems");
        assertThat(page.textOf("//section[@id='seasonal']/p[@class='caveat']"))
                .contains("calculates its heat quantity")
                .contains("controller-reported");
    }

    @Test
    void writesEvidenceAsTextWithItsTimeSpanWithoutTheDashboardsAddress() {
        ParsedPage page = page(SampleReports.week());

        assertThat(page.all("//a")).isEmpty();
        assertThat(page.all(finding("short-cycling") + "//div[@class='evidence']//li"))
                .extracting(Element::getTextContent)
                .containsExactly(
                        "eleven starts in two hours: 2026-12-01 06:00 – 2026-12-01 08:00",
                        "a sneaky link: 2026-12-02 06:00 – 2026-12-02 07:00");
    }

    @Test
    void linksEvidenceToTheDashboardAtTheGivenAddressOnly() {
        ParsedPage page = new ParsedPage(HealthPage.render(SampleReports.week(), "https://heatpump.home/lux"));

        assertThat(page.all("//a"))
                .extracting(link -> link.getAttribute("href"))
                .containsExactly("https://heatpump.home/lux/" + SampleReports.CHART_LINK);
        assertThat(page.attributes())
                .filteredOn(attribute -> attribute.contains("http"))
                .containsExactly("a@href=https://heatpump.home/lux/" + SampleReports.CHART_LINK);
        assertThat(HealthPage.render(SampleReports.week(), " ")).isEqualTo(HealthPage.render(SampleReports.week()));
    }

    @Test
    void refusesADashboardAddressThatIsNoWebAddress() {
        for (String address :
                List.of("javascript:alert(1)", "//evil.example/", "heatpump.home", "https://h/?a=1", "h ttp:")) {
            assertThatThrownBy(() -> HealthPage.render(SampleReports.week(), address))
                    .as(address)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void drawsABarPerDayWithAFigureAndTheFleetLines() {
        ParsedPage page = page(SampleReports.week());

        long starts =
                Arrays.stream(SampleReports.STARTS).filter(Objects::nonNull).count();
        assertThat(page.all("//*[@id='chart-starts']//rect[@class='bar']")).hasSize((int) starts);
        assertThat(page.all("//*[@id='chart-starts']//*[@class='missing']")).hasSize(1);
        assertThat(page.all("//*[@id='chart-starts']//line[starts-with(@class,'reference')]"))
                .extracting(line -> line.getAttribute("class"))
                .containsExactly("reference median", "reference p90");
        assertThat(page.all("//*[@id='chart-starts']//rect/title"))
                .extracting(Element::getTextContent)
                .first()
                .isEqualTo("Mon 30: 12 1/d");
        assertThat(page.all("//*[@id='chart-cop']//rect[@class='bar']")).hasSize(6);
        assertThat(page.all("//*[@id='chart-hot-water']//rect[@class='bar']")).hasSize(6);
        // flow against outdoor: only the days that have both
        assertThat(page.all("//*[@id='chart-flow']//circle[@class='point']")).hasSize(5);
        assertThat(page.all("//table[@id='day-table']/tbody/tr")).hasSize(7);
        assertThat(page.all("//svg"))
                .hasSize(4)
                .allSatisfy(svg -> assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 480 220"));
    }

    @Test
    void drawsASingleDayWithFiniteCoordinates() {
        ParsedPage page = page(SampleReports.week("heatpump", SampleReports.days(1)));

        assertThat(page.all("//*[@id='chart-starts']//rect[@class='bar']")).hasSize(1);
        assertThat(page.all("//*[@id='chart-flow']//circle[@class='point']")).hasSize(1);
        assertThat(page.attributes())
                .noneMatch(attribute -> attribute.contains("NaN") || attribute.contains("Infinity"));
    }

    @Test
    void saysSoWhereAChartHasNoFigures() {
        List<DayFigures> days = SampleReports.days(3).stream()
                .map(day ->
                        new DayFigures(day.day(), 40, null, null, null, null, null, null, null, null, null, null, null))
                .toList();

        ParsedPage page = page(SampleReports.week("heatpump", days));

        assertThat(page.all("//svg")).isEmpty();
        assertThat(page.textOf("//p[@id='chart-cop']")).isEqualTo("No figures for this chart in the period.");
        assertThat(page.textOf("//p[@id='chart-flow']")).isEqualTo("No heating runs in the period.");
        assertThat(page.textOf("//table[@id='day-table']/tbody/tr[1]")).isEqualTo("Mon 11-3040" + "–".repeat(11));
    }

    @Test
    void rendersARangeWithoutSeasonalFactorRatedOutputDaysOrFindings() {
        HealthReport week = SampleReports.week();
        HealthReport range = new HealthReport(
                "heatpump",
                null,
                Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-03T10:00:00Z"),
                "Not/AZone",
                week.computed(),
                0,
                "ground",
                "setting",
                8.5,
                null,
                null,
                List.<Finding>of(),
                List.of());

        ParsedPage page = page(range);

        assertThat(page.textOf("//dd[@id='fact-period']")).isEqualTo("2026-12-01 10:00 – 2026-12-03 10:00");
        assertThat(page.textOf("//dd[@id='fact-source']")).isEqualTo("ground (from the setting HEATPUMP_SOURCE)");
        assertThat(page.textOf("//dd[@id='fact-rated']")).isEqualTo("8.5 kW (RATED_OUTPUT_KW)");
        assertThat(page.one("//section[@id='overall']").getAttribute("data-severity"))
                .isEqualTo("unsupported");
        assertThat(page.textOf("//section[@id='seasonal']/p[1]")).isEqualTo("No seasonal factor for this period.");
        assertThat(page.textOf("//section[@id='days']/p")).isEqualTo("No days in this period.");
        assertThat(HealthPage.fileName(range)).isEqualTo("2026-12-01_2026-12-03_health.html");
        assertThat(HealthPage.fileName(week)).isEqualTo("2026-W49_health.html");
    }

    @Test
    void writesNumbersWithADecimalPointWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            ParsedPage page = page(SampleReports.week());

            assertThat(page.textOf("//table[@id='day-table']/tbody/tr[7]/td[6]"))
                    .isEqualTo("3.87");
            assertThat(page.textOf("//dd[@id='fact-coverage']")).startsWith("96.5 %");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void roundsFiguresByTheirSize() {
        assertThat(PageFormat.number(1234.4)).isEqualTo("1234");
        assertThat(PageFormat.number(14.56)).isEqualTo("14.6");
        assertThat(PageFormat.number(3.876)).isEqualTo("3.88");
        assertThat(PageFormat.number(-0.001)).isEqualTo("0");
        assertThat(PageFormat.number(Double.NaN)).isEqualTo("–");
        assertThat(Scale.niceCeiling(17)).isEqualTo(20);
        assertThat(Scale.niceCeiling(2.1)).isEqualTo(2.5);
        assertThat(Scale.niceCeiling(0)).isEqualTo(1);
        assertThat(Severity.WARNING.key()).isEqualTo("warning");
    }
}
