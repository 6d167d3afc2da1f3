package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import luxlogger.integrations.entity.Series;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class ControllerSeriesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Instant TIME = Instant.parse("2026-12-06T10:00:00.250Z");

    private final MemoryRegistry memory = new MemoryRegistry();
    private final ControllerSeries house = new ControllerSeries(memory.registry, "house");
    private final Decoder decoder = new Decoder(CATALOG);
    private final List<Series> series = HeatPumpMetrics.series(List.of(field("ID_WEB_Freq_VD_Min")));

    @Test
    void showsTheValuesOfThePollWithItsTime() {
        house.show(series, poll(TIME, 454, 87727), decoder);

        assertThat(memory.scrape())
                .containsEntry("luxtronik_flow_temperature_celsius{house}", 45.4)
                .containsEntry("luxtronik_heat_heating_joules_total{house}", 31_581_720_000.0)
                .containsEntry("luxtronik_calculations_id_web_freq_vd_min_hertz{house}", 0.0)
                .containsEntry("luxtronik_poll_timestamp_seconds{house}", 1_796_551_200.25);
        assertThat(memory.help("luxtronik_flow_temperature_celsius{house}"))
                .isEqualTo("Flow temperature (calculations.ID_WEB_Temperatur_TVL)");
    }

    @Test
    void followsTheNextPollWithoutRegisteringAgain() {
        house.show(series, poll(TIME, 454, 87727), decoder);
        house.show(series, poll(TIME.plusSeconds(30), 461, 87729), decoder);

        assertThat(memory.scrape())
                .containsEntry("luxtronik_flow_temperature_celsius{house}", 46.1)
                .containsEntry("luxtronik_heat_heating_joules_total{house}", 31_582_440_000.0);
        assertThat(memory.countersCreated).isEqualTo(counters());
    }

    @Test
    void startsACounterAgainWhenTheControllerTotalWentDown() {
        house.show(series, poll(TIME, 454, 87727), decoder);
        house.show(series, poll(TIME.plusSeconds(30), 454, 5), decoder);

        assertThat(memory.scrape()).containsEntry("luxtronik_heat_heating_joules_total{house}", 1_800_000.0);
        assertThat(memory.countersCreated).isEqualTo(counters() + 1);
    }

    @Test
    void leavesOutWhatAnOlderFirmwareDoesNotSend() {
        house.show(series, poll(TIME, 454, 87727), decoder);
        // firmware 3.78 sends about 230 calculations: no heat output, power input or frequency limits
        var older = new Snapshot(TIME.plusSeconds(30), new int[1160], new int[230], new byte[0]);
        older.calculations()[10] = 301;
        house.show(series, older, decoder);

        assertThat(memory.scrape())
                .containsEntry("luxtronik_flow_temperature_celsius{house}", 30.1)
                .doesNotContainKeys(
                        "luxtronik_heat_output_watts{house}", "luxtronik_calculations_id_web_freq_vd_min_hertz{house}")
                .allSatisfy((key, value) -> assertThat(value).as(key).isNotNaN());
    }

    @Test
    void aScrapeWhileAPollIsShownSeesThatPollOrTheOneBeforeNeverAMix() {
        // firmware 3.78 sends no heat output: a newer poll's gauges are registered while it is shown
        var older = new Snapshot(TIME, new int[1160], new int[230], new byte[0]);
        older.calculations()[10] = 301;
        house.show(series, older, decoder);
        List<Map<String, Double>> during = new ArrayList<>();
        memory.onGauge = () -> during.add(memory.scrape());

        house.show(series, poll(TIME.plusSeconds(30), 454, 87727), decoder);

        Map<String, Double> after = memory.scrape();
        assertThat(during).isNotEmpty().allSatisfy(seen -> assertThat(after).containsAllEntriesOf(seen));
    }

    @Test
    void leavesOutACounterThePollLacks() {
        house.show(series, poll(TIME, 454, 87727), decoder);
        var noElectricity = new Snapshot(TIME.plusSeconds(30), new int[1000], new int[269], new byte[0]);
        house.show(series, noElectricity, decoder);

        assertThat(memory.scrape())
                .containsKey("luxtronik_heat_heating_joules_total{house}")
                .doesNotContainKey("luxtronik_electricity_heating_joules_total{house}");
    }

    private static long counters() {
        return HeatPumpMetrics.series(List.of()).stream()
                .filter(s -> s.type() == luxlogger.integrations.entity.MetricType.COUNTER)
                .count();
    }

    private static Snapshot poll(Instant time, int flow, int heatHeating) {
        var shape = CATALOG.shape();
        var snapshot = new Snapshot(
                time,
                new int[shape.length(Group.PARAMETERS)],
                new int[shape.length(Group.CALCULATIONS)],
                new byte[shape.length(Group.VISIBILITIES)]);
        snapshot.calculations()[10] = flow;
        snapshot.calculations()[151] = heatHeating;
        return snapshot;
    }

    private static Field field(String name) {
        return CATALOG.field(name).orElseThrow();
    }
}
