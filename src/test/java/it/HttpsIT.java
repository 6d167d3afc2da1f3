package it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * HTTPS, as a user sets it up: a keystore made with keytool, given by KEYSTORE_PATH and KEYSTORE_PASSWORD (the
 * {@link GuardedServer}); a client that trusts exactly that certificate reaches the API on the HTTPS port. Without a keystore (the default)
 * there is no HTTPS listener and no keystore appears.
 */
class HttpsIT {

    @Test
    void aGivenKeystoreServesTheApiOverHttpsBesidePlainHttp() throws Exception {
        LibertyProcess server = GuardedServer.process();
        HttpClient https = HttpClient.newBuilder()
                .sslContext(trusting(GuardedServer.certificate()))
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        // ready as soon as a poll answered in time: the shared server's poll may be slow on a busy machine
        var ready = Await.value("ready over HTTPS", Duration.ofSeconds(60), () -> {
            try {
                var response = https.send(
                        HttpRequest.newBuilder(server.httpsUri("health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertThat(ready.version()).isIn(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2);

        var reports = https.send(
                HttpRequest.newBuilder(server.httpsUri("api/reports"))
                        .header("Authorization", "Bearer " + GuardedServer.TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
        var refused = https.send(
                HttpRequest.newBuilder(server.httpsUri("api/reports")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);

        // a client that trusts only the usual authorities refuses the self-made certificate
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.httpsUri("health/live"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        // plain HTTP stays
        assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        assertThat(Files.readString(server.messages())).contains("defaultHttpEndpoint-ssl has been started");
    }

    @Test
    void withoutAKeystoreThereIsNoHttpsAndNoKeystoreAppears() throws IOException {
        LibertyProcess server = SharedServer.process();
        assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        URI https = server.httpsUri("health/live");
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(https)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
        // nor a failure about one: Liberty leaves the HTTPS configuration out entirely
        assertThat(Files.readString(server.messages())).doesNotContain("FFDC1015I", "CWPKI0033E", "luxKeyStore");
        try (var files = Files.walk(server.dir())) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".p12") || name.endsWith(".jks"));
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry(
                    "lux-logger", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
