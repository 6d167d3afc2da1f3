package it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.microshed.testing.ApplicationEnvironment;

/** Black-box HTTP access to the Liberty server the build started (MicroShed Testing in manual mode). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** The address of the server under test, e.g. {@code http://127.0.0.1:19080/}. */
    public static URI base() {
        String url = ApplicationEnvironment.Resolver.load().getApplicationURL();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base().resolve(path)).GET());
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("server not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
