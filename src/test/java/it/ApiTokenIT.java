package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may call the API. With API_TOKEN set, nothing under /api answers without it, whatever else is wrong
 * with the configuration; a token that cannot be read closes the API. Without a token, a call that changes
 * something needs {@code X-Requested-By: lux-logger}, which a web page in the user's browser cannot send to
 * another site without asking first.
 */
class ApiTokenIT {

    private static final String TOKEN = "s3cret-Token_42";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void withATokenEveryApiCallNeedsItEvenWhileASettingIsBad() {
        var env = Map.of("HOST", "simulator", "INTERVAL_SEC", "1", "TZ", "Mars/Olympus", "API_TOKEN", TOKEN);
        try (var server = new LibertyProcess("luxTokenBadTz", env).withoutData()) {
            server.start();
            server.awaitLog(line -> line.contains("TZ='Mars/Olympus' is invalid"), Duration.ofSeconds(60));

            for (String[] call : List.of(
                    new String[] {"GET", "api/readings/latest"},
                    new String[] {"GET", "api/readings?fields=*Temperatur*"},
                    new String[] {"GET", "api/reports"},
                    new String[] {"GET", "api/reports/fields.csv"},
                    new String[] {"POST", "api/reports"},
                    new String[] {"GET", "api/no-such-thing"},
                    new String[] {"DELETE", "api/readings/latest"},
                    new String[] {"OPTIONS", "api/reports"})) {
                var unauthorized = send(server.uri(call[1]), call[0], Map.of());
                assertThat(unauthorized.statusCode())
                        .as(call[0] + " " + call[1] + ": " + unauthorized.body())
                        .isEqualTo(401);
                assertThat(unauthorized.headers().firstValue("WWW-Authenticate"))
                        .hasValue("Bearer realm=\"lux-logger\"");
                assertThat(error(unauthorized)).isEqualTo("API_TOKEN is set: send Authorization: Bearer <token>");

                var wrong = send(server.uri(call[1]), call[0], Map.of("Authorization", "Bearer " + TOKEN + "x"));
                assertThat(wrong.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
                assertThat(error(wrong)).isEqualTo("wrong token");
            }

            // the right token, in any letter case of the scheme, gets past the check to the configuration's 503
            for (String scheme : List.of("Bearer", "bearer", "BEARER")) {
                var latest =
                        send(server.uri("api/readings/latest"), "GET", Map.of("Authorization", scheme + " " + TOKEN));
                assertThat(latest.statusCode())
                        .as(scheme + ": " + latest.body())
                        .isEqualTo(503);
                assertThat(error(latest)).isEqualTo("invalid configuration");
            }
            assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTokenThatCannotBeReadClosesTheWholeApi() throws IOException {
        // e.g. a .env written for a shell: MicroProfile Config tries to expand ${...} and finds nothing
        var env = Map.of("HOST", "simulator", "INTERVAL_SEC", "1", "API_TOKEN", "${LUX_SECRET}");
        try (var server = new LibertyProcess("luxTokenUnreadable", env).withoutData()) {
            server.start();
            for (var authorization : List.of(
                    Map.<String, String>of(),
                    Map.of("Authorization", "Bearer ${LUX_SECRET}"),
                    Map.of("Authorization", "Bearer "))) {
                for (String path : List.of("api/readings/latest", "api/reports", "api/no-such-thing")) {
                    var response = send(server.uri(path), "GET", authorization);
                    assertThat(response.statusCode())
                            .as(path + " " + authorization + ": " + response.body())
                            .isEqualTo(503);
                    JsonObject body = json(response);
                    assertThat(body.getString("error")).isEqualTo("invalid configuration");
                    assertThat(body.getJsonArray("details").getString(0)).startsWith("API_TOKEN cannot be read");
                }
                var post = send(server.uri("api/reports"), "POST", authorization);
                assertThat(post.statusCode()).as("POST " + authorization).isEqualTo(503);
            }
            var ready = server.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("API_TOKEN cannot be read");
        }
    }

    @Test
    void withoutATokenAChangeNeedsTheRequestedByHeader() {
        Api api = SharedServer.api();
        URI reports = api.uri("api/reports?type=daily");
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            var response = send(reports, method, Map.of());
            assertThat(response.statusCode())
                    .as(method + ": " + response.body())
                    .isEqualTo(403);
            assertThat(error(response)).contains("X-Requested-By: lux-logger");
        }
        // what a form on another web page can send: a simple POST with a form body
        var form = send(reports, "POST", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(form.statusCode()).isEqualTo(403);

        var written = send(reports, "POST", Map.of("X-Requested-By", "lux-logger"));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(json(written).getJsonArray("written")).hasSize(1);
        // reading needs nothing
        assertThat(api.get("api/reports").statusCode()).isEqualTo(200);
    }

    static HttpResponse<String> send(URI uri, String method, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String error(HttpResponse<String> response) {
        return json(response).getString("error");
    }
}
