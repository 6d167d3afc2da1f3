package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import luxlogger.integrations.control.CuratedValues;
import luxlogger.integrations.entity.CuratedValue;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The monitoring files as far as they can be checked here, without Docker: the compose profile "monitoring" parses
 * and mounts files that exist, Prometheus' configuration passes its own checker, and the dashboard only asks for
 * metrics the logger has (whether each is in a real exposition: {@code PrometheusIT}).
 */
class MonitoringFilesTest {

    static final Path DASHBOARD = Path.of("deploy/grafana/dashboards/lux-logger.json");
    private static final Path PROMETHEUS = Path.of("deploy/prometheus/prometheus.yml");
    private static final Pattern METRIC = Pattern.compile("\\b(?:luxtronik|luxlogger)_[a-z0-9_]+");

    @Test
    @SuppressWarnings("unchecked")
    void theComposeProfileStartsPrometheusAndGrafanaWithFilesThatExist() {
        Map<String, Object> services =
                (Map<String, Object>) yaml(Path.of("docker-compose.yml")).get("services");

        for (String name : List.of("prometheus", "grafana")) {
            var service = (Map<String, Object>) services.get(name);
            assertThat(service).as(name).containsEntry("profiles", List.of("monitoring"));
            for (Object volume : (List<Object>) service.get("volumes")) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Path.of(source)).as(name + " mounts " + volume).exists();
                }
            }
        }
        var grafana = (Map<String, Object>) services.get("grafana");
        assertThat((List<Object>) grafana.get("volumes"))
                .contains("./deploy/grafana/dashboards:/etc/grafana/dashboards:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithPrometheusAndTheDashboard() {
        var sources = yaml(Path.of("deploy/grafana/provisioning/datasources/prometheus.yml"));
        assertThat((List<Map<String, Object>>) sources.get("datasources"))
                .singleElement()
                .satisfies(source -> assertThat(source)
                        .containsEntry("type", "prometheus")
                        .containsEntry("url", "http://prometheus:9090"));
        var dashboards = yaml(Path.of("deploy/grafana/provisioning/dashboards/lux-logger.yml"));
        assertThat((List<Map<String, Object>>) dashboards.get("providers"))
                .singleElement()
                .satisfies(provider -> assertThat((Map<String, Object>) provider.get("options"))
                        .containsEntry("path", "/etc/grafana/dashboards"));
    }

    @Test
    void prometheusAcceptsItsConfiguration() {
        var result = Promtool.checkConfig(PROMETHEUS);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheLoggerOfTheComposeFile() {
        var jobs = (List<Map<String, Object>>) yaml(PROMETHEUS).get("scrape_configs");
        var targets = jobs.stream()
                .flatMap(job -> ((List<Map<String, Object>>) job.get("static_configs")).stream())
                .flatMap(config -> ((List<String>) config.get("targets")).stream())
                .toList();

        assertThat(targets).containsExactly("lux-logger:9080");
    }

    @Test
    void theDashboardAsksOnlyForMetricsTheLoggerHas() {
        Set<String> known = CuratedValues.standard().stream()
                .map(CuratedValue::metric)
                .collect(Collectors.toCollection(TreeSet::new));
        known.add("luxtronik_poll_timestamp_seconds");

        assertThat(dashboardMetrics())
                .isNotEmpty()
                .allSatisfy(metric -> assertThat(metric.startsWith("luxlogger_") || known.contains(metric))
                        .as(metric)
                        .isTrue());
    }

    /** Every metric name in the dashboard's queries: its panels' and its variables'. */
    static Set<String> dashboardMetrics() {
        JsonObject dashboard = json(DASHBOARD);
        List<String> queries = new ArrayList<>();
        for (JsonValue panel : dashboard.getJsonArray("panels")) {
            JsonArray targets = panel.asJsonObject().getJsonArray("targets");
            if (targets != null) {
                targets.forEach(target -> queries.add(target.asJsonObject().getString("expr")));
            }
        }
        for (JsonValue variable : dashboard.getJsonObject("templating").getJsonArray("list")) {
            JsonValue query = variable.asJsonObject().get("query");
            queries.add(query.toString());
        }
        Set<String> metrics = new TreeSet<>();
        queries.forEach(query -> METRIC.matcher(query).results().forEach(match -> metrics.add(match.group())));
        return metrics;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(Path file) {
        try (var reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
