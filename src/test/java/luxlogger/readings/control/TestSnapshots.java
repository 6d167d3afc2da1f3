package luxlogger.readings.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;

/** Snapshots for the tests: the real controller dumps in {@code /luxtronik/dumps}, and noisy polls of them. */
final class TestSnapshots {

    static final String BOUNI = "bouni_v3.78";
    static final String COOLCHIP = "coolchip_v1.80";

    private TestSnapshots() {
    }

    /** A dump (one signed int per line in each of three files) as one snapshot. */
    static Snapshot dump(String name, Instant time) {
        int[] visibilities = values(name, "visibilities");
        byte[] flags = new byte[visibilities.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = (byte) visibilities[i];
        }
        return new Snapshot(time, values(name, "parameters"), values(name, "calculations"), flags);
    }

    private static int[] values(String name, String group) {
        String resource = "/luxtronik/dumps/" + name + "." + group + ".txt";
        try (InputStream in = TestSnapshots.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).mapToInt(Integer::parseInt).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dump with about forty values moved as a poll moves them: temperatures by a few tenths, counters
     * and clocks forward, now and then a state.
     */
    static Snapshot noisy(Snapshot base, SplittableRandom random, Instant time) {
        int[] calculations = base.calculations().clone();
        for (int i = 10; i <= 30; i++) {
            calculations[i] += random.nextInt(-30, 31);
        }
        for (int i = 56; i <= 75; i++) {
            calculations[i] += random.nextInt(0, 4000);
        }
        calculations[134] += random.nextInt(0, 20_000);
        for (int i = 150; i < Math.min(calculations.length, 182); i += 3) {
            calculations[i] += random.nextInt(-300, 301);
        }
        calculations[80] = random.nextInt(0, 8);
        return new Snapshot(time, base.parameters(), calculations, base.visibilities());
    }
}
