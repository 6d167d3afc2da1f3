package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of hostile request to every endpoint of the API, against a server with a valid configuration and a
 * token (the {@link GuardedServer}): bad and absurd times, huge ranges, patterns that match everything, long and odd names, wrong methods and
 * content types, missing and wrong tokens. Whatever comes, the answer is never a 5xx (except the 503s the API
 * documents), neither the answer nor the server's log carries a stack trace, every error is a JSON body whose
 * {@code error} names the problem, and no file appears that the report listing does not show.
 */
class HostileRequestsIT {

    private static final String TOKEN = GuardedServer.TOKEN;
    private static final String BEARER = "Bearer " + TOKEN;
    private static final String FIELD = "ID_WEB_Temperatur_TVL";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.<>]+\\(|\\.java:\\d+\\)|Caused by: ");
    private static final Set<String> DOCUMENTED_503 = Set.of("no poll stored yet", "invalid configuration");
    private static final String KB10 = "x".repeat(10 * 1024);

    /** One request, and what its status must be beyond "no 5xx". */
    private record Probe(
            String kind,
            String method,
            String path,
            Map<String, String> headers,
            String body,
            IntPredicate status,
            String expected) {

        Probe header(String name, String value) {
            var more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Probe(kind, method, path, more, body, status, expected);
        }

        Probe body(String contentType, String content) {
            return header("Content-Type", contentType).withBody(content);
        }

        private Probe withBody(String content) {
            return new Probe(kind, method, path, headers, content, status, expected);
        }

        @Override
        public String toString() {
            String shown = path.length() > 120 ? path.substring(0, 120) + "…(" + path.length() + " chars)" : path;
            return kind + ": " + method + " /" + shown + (headers.size() > 1 ? " " + headersShown() : "");
        }

        private String headersShown() {
            return headers.entrySet().stream()
                    .map(h -> h.getKey() + ": "
                            + (h.getValue().length() > 40 ? h.getValue().substring(0, 40) + "…" : h.getValue()))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    private static Probe probe(String kind, String method, String path, IntPredicate status, String expected) {
        return new Probe(kind, method, path, Map.of("Authorization", BEARER), null, status, expected);
    }

    private static IntPredicate is(int... statuses) {
        return status -> java.util.Arrays.stream(statuses).anyMatch(s -> s == status);
    }

    private static final IntPredicate CLIENT_ERROR = status -> status >= 400 && status < 500;
    private static final IntPredicate ANY = status -> true;

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void noHostileRequestGetsA5xxAStackTraceOrAnUnexplainedErrorAndNoFileAppearsUnlisted() throws Exception {
        LibertyProcess server = GuardedServer.process();
        awaitFirstPoll(server);
        long logLines = lines(server.messages()).size();
        var probing = java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(1));
        long consoleBytes = Files.size(server.dir().resolve("console.out"));

        List<Probe> probes = probes();
        Map<String, Integer> sent = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int refusedByServer = 0;
        for (Probe probe : probes) {
            sent.merge(probe.kind(), 1, Integer::sum);
            HttpResponse<String> response;
            try {
                response = send(server.uri(""), probe);
            } catch (IOException e) {
                failures.add(probe + " -> no answer: " + e);
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (refusedByTheServer(probe, response)) {
                refusedByServer++;
            }
            String problem = problem(probe, response);
            if (problem != null) {
                failures.add(
                        probe + " -> " + response.statusCode() + " " + abbreviate(response.body()) + ": " + problem);
            }
        }
        System.out.println("hostile requests sent: " + sent + ", " + probes.size() + " in all; answers by status: "
                + statuses + "; " + refusedByServer
                + " (NUL or line break in the path) refused by Open Liberty itself");

        List<String> newLog = lines(server.messages()).stream().skip(logLines).toList();
        newLog.stream()
                .filter(line -> STACK_TRACE.matcher(line).find() || line.contains(" E ") || line.contains("FFDC"))
                .forEach(line -> failures.add("messages.log: " + abbreviate(line)));
        String console = Files.readString(server.dir().resolve("console.out"));
        if (STACK_TRACE
                .matcher(console.substring((int) Math.min(consoleBytes, console.length())))
                .find()) {
            failures.add("console.out carries a stack trace");
        }
        Path ffdc = server.dir().resolve("logs/ffdc");
        if (Files.isDirectory(ffdc)) {
            try (Stream<Path> incidents = Files.list(ffdc)) {
                incidents
                        .filter(incident -> modified(incident).compareTo(probing) >= 0)
                        .forEach(incident -> failures.add("FFDC incident: " + incident.getFileName()));
            }
        }
        failures.addAll(unlistedReports(server));

        assertThat(failures)
                .as("%d of %d hostile requests were answered badly", failures.size(), probes.size())
                .isEmpty();
    }

    private static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        times(probes);
        ranges(probes);
        patterns(probes);
        names(probes);
        controllers(probes);
        methods(probes);
        contentTypes(probes);
        tokens(probes);
        return probes;
    }

    /** Bad and absurd times: every one is refused with 400. */
    private static void times(List<Probe> probes) {
        List<String> times = List.of(
                "99999-01-01",
                "+99999-01-01T00:00:00Z",
                "10000-01-01",
                "-1",
                "-99999999999",
                "9999999999999",
                "99999999999999999999",
                "garbage",
                "2026-13-45",
                "2026-02-30",
                "2026-01-31T25:00",
                "2026-01-31T07:00+25:00",
                "1e10",
                "0x10",
                "NaN",
                "２０２６-01-01",
                "0000-01-01",
                "-0001-01-01",
                "1969-12-31",
                "' OR 1=1 --",
                "<script>alert(1)</script>",
                "\u0000",
                "${jndi:ldap://127.0.0.1/x}",
                "1".repeat(10_000));
        for (String time : times) {
            String t = q(time);
            probes.add(probe("times", "GET", "api/readings?from=" + t + "&fields=" + FIELD, is(400), "400"));
            probes.add(probe("times", "GET", "api/readings?to=" + t + "&fields=" + FIELD, is(400), "400"));
            probes.add(probe("times", "POST", "api/reports?from=" + t, is(400), "400"));
            probes.add(probe("times", "POST", "api/reports?from=2026-01-01&to=" + t, is(400), "400"));
            probes.add(probe("times", "POST", "api/reports?to=" + t, is(400), "400"));
        }
        // a year past 9999 in a report range: its name would be one nothing lists or deletes
        probes.add(probe("times", "POST", "api/reports?from=9999999999000&to=9999999999999", is(400), "400"));
        probes.add(probe(
                "times", "POST", "api/reports?from=9999-12-30T23:00:00Z&to=9999-12-31T01:00:00Z", is(400), "400"));
    }

    /** Huge, empty and reversed ranges: refused, or (reports, whose limit is the range's own) answered. */
    private static void ranges(List<Probe> probes) {
        List<String> ranges = List.of(
                "from=1970-01-01&to=9999-12-30",
                "from=2025-01-01&to=2026-02-05",
                "from=2025-01-01&to=2026-01-01",
                "from=2026-01-01&to=2026-01-01",
                "from=2026-02-01&to=2026-01-01",
                "from=0&to=9999999999",
                "from=2000-01-01&to=2000-01-02",
                "from=1970-01-01&to=1970-01-02");
        for (String range : ranges) {
            probes.add(
                    probe("ranges", "GET", "api/readings?" + range + "&fields=" + FIELD, is(200, 400), "200 or 400"));
            probes.add(probe("ranges", "GET", "api/readings?" + range + "&fields=*", is(200, 400), "200 or 400"));
            probes.add(probe("ranges", "POST", "api/reports?" + range, is(200, 400), "200 or 400"));
            probes.add(probe("ranges", "POST", "api/reports?type=daily&" + range, is(400), "400"));
        }
    }

    /** Patterns that match everything, nothing, or are built to be slow. */
    private static void patterns(List<Probe> probes) {
        String lastMinutes = "from=" + q(Instant.now().minusSeconds(600).toString());
        List<String> patterns = List.of(
                "*",
                "**",
                "*,*,*",
                "%2A",
                String.join(",", java.util.Collections.nCopies(1000, "*")),
                "?",
                "*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?z",
                "*a".repeat(2000) + "b",
                "*" + "a".repeat(10_000),
                "[a-z]*",
                ".*",
                "(a+)+$",
                ",,,",
                q(" "),
                q("\u0000") + "*",
                "calculations.*",
                "*.*.*",
                q("ä*"),
                KB10,
                q("*\u202e*"),
                q("${jndi:ldap://127.0.0.1/x}"));
        for (String pattern : patterns) {
            probes.add(probe("patterns", "GET", "api/readings/latest?fields=" + pattern, is(200, 400), "200 or 400"));
            probes.add(probe(
                    "patterns",
                    "GET",
                    "api/readings?" + lastMinutes + "&fields=" + pattern,
                    is(200, 400),
                    "200 or 400"));
        }
        probes.add(probe(
                "patterns",
                "GET",
                "api/readings?fields=" + FIELD + "&fields=*&fields=" + KB10,
                is(200, 400),
                "200 or 400"));
    }

    /** Long and odd names of reports, types and parameters. */
    private static void names(List<Probe> probes) {
        List<String> names = List.of(
                KB10,
                KB10 + ".csv",
                "..%2F..%2Fserver.xml",
                "..%2F",
                "%2e%2e%2f%2e%2e%2fserver.xml",
                "..%5C..%5Cserver.xml",
                "%00",
                "fields.csv%00",
                "fields.csv%00.txt",
                "%C3%A4%F0%9F%98%80.csv",
                "%C0%AE%C0%AE%2Fserver.xml",
                "CON",
                "aux.csv",
                "%20",
                "fields.csv%20",
                ".%2Ffields.csv",
                "fields.csv%3Bx=1",
                "2026-01-01_daily.csv%2F..%2F..%2Fserver.xml",
                "%FF%FE",
                "~root",
                "%24%28id%29",
                "luxlogger.db",
                "luxlogger.db-wal",
                ".write-test.tmp",
                "%2e",
                "%2e%2e",
                "fields.CSV",
                "..fields.csv",
                "fields.csv.",
                "2026-01-01_daily.csv%0d%0aSet-Cookie:x=1",
                "99999-01-01_daily.csv",
                "%2Fetc%2Fpasswd",
                "..%2F..%2FWEB-INF%2Fweb.xml",
                "..%2F..%2FMETA-INF%2FMANIFEST.MF",
                "%2e%2e/%2e%2e/WEB-INF/web.xml",
                "..%2F..%2FWEB-INF%2Fclasses%2Fluxlogger%2FApiToken.class",
                "%25",
                "%252e%252e%252fserver.xml");
        for (String name : names) {
            probes.add(probe("names", "GET", "api/reports/" + name, CLIENT_ERROR, "4xx"));
            probes.add(probe("names", "GET", "api/reports/" + name + "/more", CLIENT_ERROR, "4xx"));
        }
        for (String type : List.of(KB10, "%00", "%C3%A4", "DAILY%00", "daily%2Cweekly", "..%2Fdaily", "")) {
            probes.add(
                    probe("names", "POST", "api/reports?type=" + type, type.isEmpty() ? is(200, 400) : is(400), "400"));
        }
        probes.add(probe("names", "POST", "api/reports?type=daily&type=weekly", is(200, 400), "200 or 400"));
        probes.add(probe("names", "GET", "api/reports?" + KB10 + "=1", is(200), "200"));
        probes.add(probe("names", "GET", "api/" + KB10, is(404), "404"));
        probes.add(probe(
                "names", "GET", "api/readings/latest?fields=" + q("ID_WEB_Temperatur_TVL\u0000"), is(400), "400"));
    }

    /**
     * Odd and unknown controller names on every endpoint that takes {@code ?controller=}: 404 naming the known
     * ones; the one controller's own name, or none, is served.
     */
    private static void controllers(List<Probe> probes) {
        List<String> endpoints = List.of(
                "GET api/readings/latest?fields=" + FIELD + "&controller=",
                "GET api/readings?fields=" + FIELD + "&controller=",
                "POST api/reports?type=daily&controller=");
        List<String> names = List.of(
                KB10,
                "%00",
                "%C3%A4",
                "HEATPUMP",
                "heatpump%0d%0a",
                "..%2Fheatpump",
                "heatpump%2Cother",
                "%27%20OR%201%3D1%20--",
                "%2A",
                "%25");
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (String name : names) {
                probes.add(probe("controllers", method, path + name, is(404), "404"));
            }
            probes.add(probe("controllers", method, path + "heatpump", is(200), "200"));
            probes.add(probe("controllers", method, path, is(200), "200"));
            probes.add(
                    probe("controllers", method, path + "heatpump&controller=other", is(200, 400, 404), "200 or 4xx"));
        }
        probes.add(probe("controllers", "GET", "api/controllers", is(200), "200"));
        probes.add(probe("controllers", "GET", "api/controllers?controller=" + KB10, is(200), "200"));
    }

    /** Every method on every path of the API. */
    private static void methods(List<Probe> probes) {
        List<String> paths = List.of(
                "api/readings/latest",
                "api/readings?fields=" + FIELD,
                "api/reports",
                "api/reports/fields.csv",
                "api/controllers",
                "api",
                "api/",
                "api/nothing",
                "api/readings/latest/more");
        for (String path : paths) {
            for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "BREW")) {
                boolean known = !path.startsWith("api/nothing") && !path.endsWith("/more") && !path.matches("api/?");
                boolean allowed = known
                        && (Set.of("GET", "HEAD", "OPTIONS").contains(method)
                                || method.equals("POST") && path.equals("api/reports"));
                probes.add(probe(
                        "methods",
                        method,
                        path.equals("api/reports") && method.equals("POST") ? "api/reports?type=daily" : path,
                        allowed ? is(200, 204) : CLIENT_ERROR,
                        allowed ? "2xx" : "4xx"));
            }
        }
    }

    /** Bodies and Accept headers the API does not take. */
    private static void contentTypes(List<Probe> probes) {
        Probe post = probe("content types", "POST", "api/reports?type=daily", is(200, 400, 406, 415), "200 or 4xx");
        probes.add(post.body("application/json", "{\"type\": \"weekly\", \"from\": \"99999-01-01\"}"));
        probes.add(post.body("application/json", "{\"a\":".repeat(10_000)));
        probes.add(post.body("application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        probes.add(post.body("text/plain", "hello"));
        probes.add(post.body("application/x-www-form-urlencoded", "type=weekly&from=0"));
        probes.add(post.body(
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n"));
        probes.add(post.body("garbage/;;;", "?"));
        probes.add(post.body("text/csv; charset=nonsense", "a,b"));
        probes.add(post.body("application/octet-stream", "\u0000".repeat(1024 * 1024)));
        probes.add(post.header("Content-Encoding", "gzip").body("application/json", "not gzip"));
        for (String accept : List.of(
                "application/xml",
                "text/html",
                "image/png",
                "*/*;q=garbage",
                "application/json;q=0",
                "text/csv",
                KB10)) {
            for (String path : List.of(
                    "api/readings/latest?fields=" + FIELD,
                    "api/reports",
                    "api/reports/fields.csv",
                    "api/reports/nothing.csv",
                    "api/readings?from=garbage")) {
                probes.add(probe("content types", "GET", path, ANY, "no 5xx").header("Accept", accept));
            }
        }
        probes.add(probe("content types", "GET", "api/reports", ANY, "no 5xx").header("Accept-Charset", "nonsense"));
        probes.add(probe("content types", "GET", "api/reports", ANY, "no 5xx").header("Accept-Encoding", "gzip;q=x"));
    }

    /** Missing, wrong and odd tokens on every path, and the right one in odd spellings. */
    private static void tokens(List<Probe> probes) {
        List<String> paths = List.of(
                "api/readings/latest",
                "api/readings?fields=" + FIELD,
                "api/reports",
                "api/reports/fields.csv",
                "api/reports?type=daily",
                "api/controllers",
                "api/nothing",
                "api");
        Map<String, Boolean> authorizations = new LinkedHashMap<>();
        authorizations.put("", false);
        authorizations.put("Bearer wrong", false);
        authorizations.put(BEARER + "x", false);
        authorizations.put("Bearer " + TOKEN.substring(1), false);
        authorizations.put("Bearer", false);
        authorizations.put("Bearer ", false);
        authorizations.put(TOKEN, false);
        authorizations.put(
                "Basic " + Base64.getEncoder().encodeToString(("lux:" + TOKEN).getBytes(StandardCharsets.UTF_8)),
                false);
        authorizations.put("Bearer " + KB10, false);
        authorizations.put("Bearer " + TOKEN.toUpperCase(), false);
        authorizations.put("Bearer\t" + TOKEN, false);
        authorizations.put(BEARER + " " + TOKEN, false);
        authorizations.put("Digest username=\"lux\"", false);
        authorizations.put("bearer " + TOKEN, true);
        authorizations.put("BEARER " + TOKEN, true);
        authorizations.put("Bearer   " + TOKEN + "  ", true);
        for (String path : paths) {
            String method = path.startsWith("api/reports?") ? "POST" : "GET";
            boolean known = !path.equals("api/nothing") && !path.equals("api");
            authorizations.forEach((authorization, right) -> {
                var headers =
                        authorization.isEmpty() ? Map.<String, String>of() : Map.of("Authorization", authorization);
                probes.add(new Probe(
                        "tokens",
                        method,
                        path,
                        headers,
                        null,
                        right ? (known ? is(200) : is(404)) : is(401),
                        right ? "200 (404 unknown path)" : "401"));
            });
        }
    }

    /**
     * A path with a NUL or a line break: Open Liberty refuses it itself, before any application, with a 400 and a
     * one-line HTML message naming the problem (and nothing in the log). The one answer that is not the API's JSON.
     */
    private static boolean refusedByTheServer(Probe probe, HttpResponse<String> response) {
        String path = probe.path().toLowerCase();
        String before = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return (before.contains("%00") || before.contains("%0d") || before.contains("%0a"))
                && response.statusCode() == 400
                && response.body().contains("CWWWC0005I: The request URI has invalid or improperly encoded characters");
    }

    /** What is wrong with an answer; null when nothing is. */
    private static String problem(Probe probe, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (STACK_TRACE.matcher(body).find()) {
            return "the answer carries a stack trace";
        }
        if (body.contains("<web-app")
                || body.contains("Manifest-Version")
                || body.contains("<server")
                || body.contains("java/lang/Object")) {
            return "the answer shows a file of the server";
        }
        if (refusedByTheServer(probe, response)) {
            return null;
        }
        boolean error = status >= 400;
        String message = null;
        if (error && !probe.method().equals("HEAD")) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                return "an error that is not JSON ("
                        + response.headers().firstValue("Content-Type").orElse("no type") + ")";
            }
            try {
                JsonObject json = Json.createReader(new StringReader(body)).readObject();
                message = json.get("error") instanceof JsonString text
                        ? text.getString().strip()
                        : null;
            } catch (JsonException | ClassCastException e) {
                return "an error body that is no JSON object";
            }
            if (message == null || message.isEmpty()) {
                return "an error without a message";
            }
            if (GENERIC.contains(message.toLowerCase())) {
                return "an error that names no problem: '" + message + "'";
            }
        }
        if (status >= 500 && !(status == 503 && DOCUMENTED_503.contains(message))) {
            return "a 5xx the API does not document";
        }
        if (!probe.status().test(status)) {
            return "expected " + probe.expected();
        }
        return null;
    }

    /** Messages that only repeat the status: they do not tell a user what is wrong. */
    private static final Set<String> GENERIC = Set.of(
            "bad request",
            "unauthorized",
            "forbidden",
            "not found",
            "method not allowed",
            "not acceptable",
            "unsupported media type",
            "internal server error",
            "service unavailable",
            "request entity too large",
            "conflict",
            "gone",
            "length required");

    private static List<String> unlistedReports(LibertyProcess server) throws IOException, InterruptedException {
        var listing = send(server.uri(""), probe("listing", "GET", "api/reports", is(200), "200"));
        Set<String> listed = Json.createReader(new StringReader(listing.body())).readArray().stream()
                .map(entry -> entry.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(server.dir().resolve("data"))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith("luxlogger.db") && !listed.contains(name))
                    .map(name -> "a file the listing does not show: " + abbreviate(name))
                    .toList();
        }
    }

    private static void awaitFirstPoll(LibertyProcess server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (send(server.uri(""), probe("wait", "GET", "api/readings/latest?fields=" + FIELD, ANY, ""))
                        .statusCode()
                != 200) {
            assertThat(System.nanoTime()).as("a poll stored within 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static HttpResponse<String> send(URI base, Probe probe) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + probe.path()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        probe.method(),
                        probe.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(probe.body()));
        probe.headers().forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String line = text.replace("\n", "\\n").replace("\r", "\\r");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
