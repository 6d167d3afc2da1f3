package bench;

import it.LibertyProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to a benchmark's server through one client, so that its connections are reused as a monitoring system
 * would reuse them: a new client per request leaves a socket per request open on the server until Liberty's
 * keep-alive times it out, which shows up as open files that are the benchmark's own.
 */
record ServerHttp(LibertyProcess server, HttpClient client) {

    static ServerHttp of(LibertyProcess server) {
        return new ServerHttp(
                server,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("X-Requested-By", "lux-logger")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Prometheus metrics() {
        return Prometheus.parse(get("metrics").body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
