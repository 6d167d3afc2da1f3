package luxlogger.luxtronik.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;

/** The real controller dumps shipped in {@code /luxtronik/dumps} as snapshots. */
final class DumpSnapshots {

    static final String BOUNI = "bouni_v3.78";
    static final String COOLCHIP = "coolchip_v1.80";

    private DumpSnapshots() {}

    /** A dump as one snapshot, timed at the controller clock it reports (calculation 134). */
    static Snapshot load(String name) {
        int[] parameters = values(name, "parameters");
        int[] calculations = values(name, "calculations");
        int[] visibilityValues = values(name, "visibilities");
        byte[] visibilities = new byte[visibilityValues.length];
        for (int i = 0; i < visibilities.length; i++) {
            visibilities[i] = (byte) visibilityValues[i];
        }
        return new Snapshot(Instant.ofEpochSecond(calculations[134]), parameters, calculations, visibilities);
    }

    private static int[] values(String name, String group) {
        String resource = "/luxtronik/dumps/" + name + "." + group + ".txt";
        try (InputStream in = DumpSnapshots.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).mapToInt(Integer::parseInt)
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
