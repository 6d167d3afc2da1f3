package luxlogger.simulator.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;

/** The controllers the simulator imitates: two real dumps and a composite of current firmware. */
public enum Profile {

    /** Firmware 3.9x array lengths (the field tables); see {@link CurrentFirmware}. An air/water unit. */
    CURRENT("current", true),
    /** Real V3.78 dump (2016) of an MSW 6 brine/water heat pump: 1075 / 232 / 327 values. */
    BOUNI_V3_78("bouni_v3.78", false),
    /** Real V1.80 answers (2017) of an L1A air/water heat pump: 1086 / 200 / 336 values. */
    COOLCHIP_V1_80("coolchip_v1.80", true);

    private final String key;
    private final boolean airSource;
    private Snapshot base;

    Profile(String key, boolean airSource) {
        this.key = key;
        this.airSource = airSource;
    }

    /** The name used on the command line and in configuration, e.g. {@code bouni_v3.78}. */
    public String key() {
        return key;
    }

    /** Air/water heat pumps defrost their evaporator; brine/water ones never do. */
    public boolean airSource() {
        return airSource;
    }

    public static Profile of(String key) {
        return Arrays.stream(values())
                .filter(p -> p.key.equalsIgnoreCase(key) || p.name().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + key + "', known: "
                        + Arrays.stream(values()).map(Profile::key).toList()));
    }

    /**
     * A fresh copy of the profile's raw values, timed at its own controller clock (calculation 134); the
     * caller may change the arrays.
     */
    public Snapshot snapshot() {
        Snapshot s = base();
        return new Snapshot(
                s.time(),
                s.parameters().clone(),
                s.calculations().clone(),
                s.visibilities().clone());
    }

    private synchronized Snapshot base() {
        if (base == null) {
            base = this == CURRENT ? CurrentFirmware.compose(BOUNI_V3_78.base(), COOLCHIP_V1_80.base()) : dump(key);
        }
        return base;
    }

    private static Snapshot dump(String name) {
        int[] parameters = ints(name + ".parameters.txt");
        int[] calculations = ints(name + ".calculations.txt");
        int[] visibilities = ints(name + ".visibilities.txt");
        byte[] flags = new byte[visibilities.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = (byte) visibilities[i];
        }
        return new Snapshot(Instant.ofEpochSecond(calculations[134]), parameters, calculations, flags);
    }

    private static int[] ints(String file) {
        return lines("/luxtronik/dumps/" + file).stream()
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    /** Non-blank lines of a class-path resource. */
    static List<String> lines(String resource) {
        try (InputStream in = Profile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
