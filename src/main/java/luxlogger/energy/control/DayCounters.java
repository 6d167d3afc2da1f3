package luxlogger.energy.control;

import static luxlogger.luxtronik.entity.Group.CALCULATIONS;
import static luxlogger.luxtronik.entity.Group.PARAMETERS;

import java.util.ArrayList;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The lifetime counters of a day (design-12 §1-2): heat meters, auxiliary heat, electricity inputs, compressor
 * starts and operating times, each in its own {@link CounterTrack}, read from the raw arrays without decoding.
 */
final class DayCounters {

    /** P1059 {@code ID_Waermemenge_ZWE}, frozen from about V3.92.1 on, when P1140 counts on (ENERGY.md §1.1). */
    static final int AUX_HEAT = 1059;

    static final int AUX_HEAT_CONTINUED = 1140;

    /** Every track, in the order their events are reported. */
    private final List<CounterTrack> tracks = new ArrayList<>();

    private final CounterTrack heatHeating = track("heatHeating", CounterKind.HEAT);
    private final CounterTrack heatHotWater = track("heatHotWater", CounterKind.HEAT);
    private final CounterTrack heatPool = track("heatPool", CounterKind.HEAT);
    private final CounterTrack heatAux = track("heatAux", CounterKind.AUX_HEAT);
    private final CounterTrack electricHeating = track("electricHeating", CounterKind.ELECTRICITY);
    private final CounterTrack electricHotWater = track("electricHotWater", CounterKind.ELECTRICITY);
    private final CounterTrack electricPool = track("electricPool", CounterKind.ELECTRICITY);
    private final CounterTrack electricCooling = track("electricCooling", CounterKind.ELECTRICITY);
    private final CounterTrack starts = track("compressorStarts", CounterKind.STARTS);
    private final CounterTrack starts2 = track("compressor2Starts", CounterKind.STARTS);
    private final CounterTrack seconds = track("compressorHours", CounterKind.SECONDS);
    private final CounterTrack seconds2 = track("compressor2Hours", CounterKind.SECONDS);
    private final CounterTrack hoursHeating = track("hoursHeating", CounterKind.SECONDS);
    private final CounterTrack hoursHotWater = track("hoursHotWater", CounterKind.SECONDS);
    private final CounterTrack hoursCooling = track("hoursCooling", CounterKind.SECONDS);
    private final CounterTrack aux1 = track("aux1Hours", CounterKind.SECONDS);
    private final CounterTrack aux2 = track("aux2Hours", CounterKind.SECONDS);
    private final CounterTrack aux3 = track("aux3Hours", CounterKind.SECONDS);

    /** Feeds a sample of the day ({@code closing} false) or one at or after the next day's start. */
    void accept(Snapshot snapshot, long millis, boolean closing) {
        feed(heatHeating, snapshot, CALCULATIONS, 151, millis, closing);
        feed(heatHotWater, snapshot, CALCULATIONS, 152, millis, closing);
        feed(heatPool, snapshot, CALCULATIONS, 153, millis, closing);
        if (snapshot.has(PARAMETERS, AUX_HEAT) || snapshot.has(PARAMETERS, AUX_HEAT_CONTINUED)) {
            put(heatAux, auxHeat(snapshot), millis, closing);
        }
        feed(electricHeating, snapshot, PARAMETERS, 1136, millis, closing);
        feed(electricHotWater, snapshot, PARAMETERS, 1137, millis, closing);
        feed(electricPool, snapshot, PARAMETERS, 1138, millis, closing);
        feed(electricCooling, snapshot, PARAMETERS, 1139, millis, closing);
        feed(starts, snapshot, CALCULATIONS, 57, millis, closing);
        feed(starts2, snapshot, CALCULATIONS, 59, millis, closing);
        feed(seconds, snapshot, CALCULATIONS, 56, millis, closing);
        feed(seconds2, snapshot, CALCULATIONS, 58, millis, closing);
        feed(hoursHeating, snapshot, CALCULATIONS, 64, millis, closing);
        feed(hoursHotWater, snapshot, CALCULATIONS, 65, millis, closing);
        feed(hoursCooling, snapshot, CALCULATIONS, 66, millis, closing);
        feed(aux1, snapshot, CALCULATIONS, 60, millis, closing);
        feed(aux2, snapshot, CALCULATIONS, 61, millis, closing);
        feed(aux3, snapshot, CALCULATIONS, 62, millis, closing);
    }

    private CounterTrack track(String name, CounterKind kind) {
        CounterTrack track = new CounterTrack(name, kind);
        tracks.add(track);
        return track;
    }

    private static void feed(
            CounterTrack track, Snapshot snapshot, Group group, int index, long millis, boolean closing) {
        if (snapshot.has(group, index)) {
            put(track, snapshot.raw(group, index), millis, closing);
        }
    }

    private static void put(CounterTrack track, long value, long millis, boolean closing) {
        if (closing) {
            track.close(value, millis);
        } else {
            track.add(value, millis);
        }
    }

    /**
     * P1059 + P1140, summed before the glitch rules so the hand-over from the frozen one to the other is no glitch
     * (ENERGY.md §1.1); -1 (invalid) when either is invalid.
     */
    private static long auxHeat(Snapshot snapshot) {
        boolean first = snapshot.has(PARAMETERS, AUX_HEAT);
        boolean second = snapshot.has(PARAMETERS, AUX_HEAT_CONTINUED);
        long a = first ? snapshot.raw(PARAMETERS, AUX_HEAT) : 0;
        long b = second ? snapshot.raw(PARAMETERS, AUX_HEAT_CONTINUED) : 0;
        return a < 0 || b < 0 || a >= CounterTrack.SENTINEL || b >= CounterTrack.SENTINEL ? -1 : a + b;
    }

    /** Fills the counter figures; {@code auxDivisor} is the firmware's raw units per kWh of P1059, 0 for none. */
    void fill(DaySummary summary, double auxDivisor) {
        summary.heatHeating = scaled(heatHeating, 10);
        summary.heatHotWater = scaled(heatHotWater, 10);
        summary.heatPool = scaled(heatPool, 10);
        summary.heatTotal = sum(summary.heatHeating, summary.heatHotWater, summary.heatPool);
        summary.heatAux = auxDivisor > 0 ? scaled(heatAux, auxDivisor) : null;
        summary.electricHeating = scaled(electricHeating, 100);
        summary.electricHotWater = scaled(electricHotWater, 100);
        summary.electricPool = scaled(electricPool, 100);
        summary.electricCooling = scaled(electricCooling, 100);
        Long started = sum(starts.delta(), starts2.delta());
        Long run = sum(seconds.delta(), seconds2.delta());
        summary.compressorStarts = started == null ? null : Math.toIntExact(started);
        summary.compressorHours = run == null ? null : run / 3600.0;
        summary.meanRunMinutes = started == null || started == 0 || run == null ? null : run / 60.0 / started;
        summary.hoursHeating = scaled(hoursHeating, 3600);
        summary.hoursHotWater = scaled(hoursHotWater, 3600);
        summary.hoursCooling = scaled(hoursCooling, 3600);
        Long aux = sum(aux1.delta(), sum(aux2.delta(), aux3.delta()));
        summary.auxHours = aux == null ? null : aux / 3600.0;
    }

    /** True when one of the electricity inputs P1136-P1139 counted. */
    boolean electricityCounted() {
        return electricHeating.present()
                || electricHotWater.present()
                || electricPool.present()
                || electricCooling.present();
    }

    /** The events of all counters, e.g. {@code heatHeating:drop 0.2;electricHeating:reset}; null if none. */
    String events(double auxDivisor) {
        StringBuilder out = new StringBuilder();
        for (CounterTrack track : tracks) {
            track.events(out, track == heatAux && auxDivisor > 0 ? auxDivisor : track.kind().divisor);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static Double scaled(CounterTrack track, double divisor) {
        Long delta = track.delta();
        return delta == null ? null : delta / divisor;
    }

    static Double sum(Double a, Double b, Double c) {
        if (a == null && b == null && c == null) {
            return null;
        }
        return (a == null ? 0 : a) + (b == null ? 0 : b) + (c == null ? 0 : c);
    }

    private static Long sum(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a + b;
    }
}
