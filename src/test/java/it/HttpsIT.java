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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS, as a user sets it up: a keystore made with keytool, given by KEYSTORE_PATH and KEYSTORE_PASSWORD; a
 * client that trusts exactly that certificate reaches the API on the HTTPS port. Without a keystore (the default)
 * there is no HTTPS listener and no keystore appears.
 */
class HttpsIT {

    private static final String PASSWORD = "keystore-Pass-1";
    private static final String TOKEN = "https-Token-7";

    @TempDir
    Path folder;

    @Test
    void aGivenKeystoreServesTheApiOverHttpsBesidePlainHttp() throws Exception {
        Path keystore = folder.resolve("lux-logger.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "lux-logger",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD);
        Path certificate = folder.resolve("lux-logger.pem");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "lux-logger",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                certificate.toString());

        var env = Map.of(
                "HOST",
                "simulator",
                "INTERVAL_SEC",
                "1",
                "API_TOKEN",
                TOKEN,
                "KEYSTORE_PATH",
                keystore.toString(),
                "KEYSTORE_PASSWORD",
                PASSWORD);
        try (var server = new LibertyProcess("luxHttps", env).withoutData()) {
            server.start();
            HttpClient https = HttpClient.newBuilder()
                    .sslContext(trusting(certificate))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

            var ready = https.send(
                    HttpRequest.newBuilder(server.httpsUri("health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.version()).isIn(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2);

            var reports = https.send(
                    HttpRequest.newBuilder(server.httpsUri("api/reports"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
            var refused = https.send(
                    HttpRequest.newBuilder(server.httpsUri("api/reports")).build(),
                    HttpResponse.BodyHandlers.ofString());
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

    private static void keytool(String... arguments) throws Exception {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }
}
