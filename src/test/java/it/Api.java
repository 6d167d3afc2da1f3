package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A lux-logger server seen from outside, over HTTP on 127.0.0.1, as a user or a dashboard sees it: readings,
 * reports, health and metrics. Methods named after what a user does fail when the server does not answer
 * with success; {@link #get} and {@link #post} give the raw answer for tests of status codes and error bodies.
 */
public final class Api {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final URI base;

    /** @param base the server's root, e.g. {@code http://127.0.0.1:19080/} */
    public Api(URI base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /**
     * The address of a path, taken as it is: no dot segments are resolved, so that a test can send what a
     * hostile client would.
     */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .GET());
    }

    public HttpResponse<String> post(String path) {
        // as the dashboard and the README's examples do: without a token, changes need this header (no cross-site POST)
        return send(HttpRequest.newBuilder(uri(path))
                .header("X-Requested-By", "lux-logger")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Any call with the given headers, e.g. a token and {@code If-None-Match}; the body is empty. */
    public HttpResponse<String> request(String method, String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    /** The latest poll, decoded (GET /api/readings/latest). */
    public JsonObject latestReading() {
        return json(ok(get("api/readings/latest")));
    }

    /** Waits until the server has stored its first poll. */
    public void awaitFirstPoll() {
        Await.until(
                "a poll stored",
                WAIT,
                () -> get("api/readings/latest?fields=ID_WEB_Temperatur_TA").statusCode() == 200);
    }

    /** Waits until the series since {@code from} of the given fields has at least {@code count} points. */
    public JsonObject awaitSeries(Instant from, String fields, int count) {
        String query =
                "api/readings?from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8) + "&fields=" + fields;
        return Await.value(count + " points in " + query, WAIT, () -> {
            JsonObject series = json(ok(get(query)));
            return series.getJsonArray("points").size() >= count ? series : null;
        });
    }

    /** Writes reports now (POST /api/reports with the query, e.g. {@code ?type=weekly}); what was written. */
    public JsonArray writeReports(String query) {
        return json(ok(post("api/reports" + query))).getJsonArray("written");
    }

    /** A report file as CSV rows, header first. */
    public List<String[]> report(String name) {
        var response = ok(get("api/reports/" + name));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        try (var reader = new CSVReader(new StringReader(response.body()))) {
            return reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new AssertionError("report " + name + " is no CSV: " + e.getMessage(), e);
        }
    }

    /** The server's application metrics in Prometheus' text format. */
    public String metrics() {
        return ok(get("metrics?scope=application")).body();
    }

    /**
     * The value of an application metric, of the first series whose labels contain each of {@code labels}, e.g.
     * {@code outcome="ok"} (none or empty: any); NaN when there is none.
     */
    public double metric(String name, String... labels) {
        var line = Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        var matcher = line.matcher(metrics());
        while (matcher.find()) {
            String series = matcher.group(1) == null ? "" : matcher.group(1);
            if (List.of(labels).stream().allMatch(series::contains)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return Double.NaN;
    }

    /** Polls counted with an outcome: ok, failed, skipped or rejected. */
    public double polls(String outcome) {
        return metric("luxlogger_polls_total", "outcome=\"" + outcome + "\"");
    }

    /** Polls of one controller counted with an outcome, from the metric's {@code controller} label. */
    public double polls(String controller, String outcome) {
        return metric("luxlogger_polls_total", "controller=\"" + controller + "\"", "outcome=\"" + outcome + "\"");
    }

    /** The controllers (GET /api/controllers): name, address, firmware, last poll, state. */
    public List<JsonObject> controllers() {
        return Json.createReader(new StringReader(ok(get("api/controllers")).body()))
                .readArray()
                .getValuesAs(JsonObject.class);
    }

    /** Waits until polls with this outcome are counted at least {@code count} times. */
    public void awaitPolls(String outcome, int count) {
        Await.until(count + " polls counted " + outcome, WAIT, () -> polls(outcome) >= count);
    }

    /** Waits until readiness (GET /health/ready) answers with this status and its body contains the texts. */
    public HttpResponse<String> awaitReadiness(int status, String... texts) {
        return Await.value("readiness " + status + " with " + List.of(texts), WAIT, () -> {
            var response = get("health/ready");
            return response.statusCode() == status && List.of(texts).stream().allMatch(response.body()::contains)
                    ? response
                    : null;
        });
    }

    /** The named check of a health answer (GET /health, /health/ready, /health/live). */
    public static JsonObject check(HttpResponse<String> health, String name) {
        return json(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.body()));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.request().uri() + ": " + response.body())
                .isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("server not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
