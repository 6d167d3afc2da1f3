package luxlogger.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import luxlogger.luxtronik.entity.Group;

/**
 * The earlier logger's real databases of {@code src/test/resources/migration} (README there), unpacked into a
 * test's folder, and the raw polls each was made from; for the tests of the import here, of the command line and
 * of the server (it.ImportIT).
 */
public final class Samples {

    public static final String SAMPLE = "cache_sample";
    public static final String BERLIN = "cache_berlin_autumn";

    private Samples() {}

    /** A raw poll as the controller sent it: the row's timestamp and the three arrays. */
    public record RawPoll(BigDecimal ts, int[] parameters, int[] calculations, int[] visibilities) {

        public int[] group(Group group) {
            return switch (group) {
                case PARAMETERS -> parameters;
                case CALCULATIONS -> calculations;
                case VISIBILITIES -> visibilities;
            };
        }
    }

    /** The database, as the file {@code <name>.db} in the folder. */
    public static Path database(String name, Path folder) {
        Path file = folder.resolve(name + ".db");
        try (InputStream in = unpacked(name + ".db.gz")) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The raw polls of the database, in the order of its rows. */
    public static List<RawPoll> raw(String name) {
        List<RawPoll> polls = new ArrayList<>();
        try (var lines =
                new BufferedReader(new InputStreamReader(unpacked(name + ".raw.jsonl.gz"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject poll = reader.readObject();
                    polls.add(new RawPoll(
                            poll.getJsonNumber("ts").bigDecimalValue(),
                            ints(poll.getJsonArray("parameters")),
                            ints(poll.getJsonArray("calculations")),
                            ints(poll.getJsonArray("visibilities"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return polls;
    }

    private static int[] ints(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
                .mapToInt(jakarta.json.JsonNumber::intValueExact)
                .toArray();
    }

    private static InputStream unpacked(String resource) throws IOException {
        InputStream in = Samples.class.getResourceAsStream("/migration/" + resource);
        if (in == null) {
            throw new IllegalStateException("/migration/" + resource + " is missing from the test classpath");
        }
        return new GZIPInputStream(in, 1 << 16);
    }
}
