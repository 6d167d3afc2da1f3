package luxlogger.readings.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A deliberately busy heat pump for the storage measurement, independent of the simulator: the V3.78 dump
 * padded to current firmware (1160 / 269 / 380), and per 30 s poll 25 temperatures with ±1-3 tenths of
 * noise around curves that follow the day and the compressor, 4 pressures and 3 flows, operating-second
 * counters, a start counter, heat meters, 5 clocks and the states that switch with the compressor. About
 * twice as many values change per poll as in the simulator, so it bounds the storage from above.
 */
final class NoisyWeek {

    private static final int[] TEMPERATURES = {
        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 175, 176, 177, 178, 232, 233, 243
    };
    private static final int[] PRESSURES = {180, 181, 226, 227};
    private static final int[] FLOWS = {155, 173, 254};
    private static final int[] OUTPUTS = {37, 39, 42, 43, 44};
    private static final int[] CLOCKS = {134, 72, 74, 75, 76};

    private final SplittableRandom random;
    private final Snapshot base;
    private final int[] calculations;
    private final double[] curve = new double[TEMPERATURES.length];
    private long time;
    private boolean running;
    private boolean hotWater;
    private double heat;

    NoisyWeek(long seed, Instant start) {
        random = new SplittableRandom(seed);
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, start);
        base = new Snapshot(
                start,
                Arrays.copyOf(dump.parameters(), 1160),
                Arrays.copyOf(dump.calculations(), 269),
                Arrays.copyOf(dump.visibilities(), 380));
        calculations = base.calculations().clone();
        for (int i = 0; i < curve.length; i++) {
            curve[i] = 200 + 20 * i;
        }
        time = start.getEpochSecond() - 30;
    }

    /** The next poll, 30 s after the previous one. */
    Snapshot next() {
        time += 30;
        double hour = time % 86_400 / 3600.0;
        double outdoor = 20 + 40 * Math.cos(2 * Math.PI * (hour - 14.5) / 24);
        boolean wasRunning = running;
        // cycles of roughly 20 minutes on and 25 off; four hot-water reheats a day
        if (random.nextInt(running ? 40 : 50) == 0) {
            running = !running;
            hotWater = running && random.nextInt(6) == 0;
        }
        for (int i = 0; i < curve.length; i++) {
            double target = i == 5 ? outdoor : running ? 300 + 15 * i : 220 + 5 * i;
            curve[i] += (target - curve[i]) * (i == 5 ? 0.2 : 0.05);
            calculations[TEMPERATURES[i]] = (int) Math.round(curve[i]) + random.nextInt(-3, 4);
        }
        for (int i = 0; i < PRESSURES.length; i++) {
            int level = running ? (i % 2 == 0 ? 2200 : 650) : 1100;
            calculations[PRESSURES[i]] = level + 30 * i + random.nextInt(-8, 9);
        }
        for (int i = 0; i < FLOWS.length; i++) {
            calculations[FLOWS[i]] = running || i == 0 ? 1100 + 200 * i + random.nextInt(-15, 16) : 0;
        }
        for (int output : OUTPUTS) {
            calculations[output] = running ? 1 : 0;
        }
        if (running && !wasRunning) {
            calculations[57]++;
            calculations[67] = 0;
            calculations[73] = 0;
        }
        int seconds = running ? 30 : 0;
        calculations[56] += seconds;
        calculations[63] += seconds;
        calculations[64] += hotWater ? 0 : seconds;
        calculations[65] += hotWater ? seconds : 0;
        calculations[67] += seconds;
        calculations[71] = running ? 0 : calculations[71] + 30;
        calculations[73] += running ? 0 : 30;
        calculations[120] = running == wasRunning ? calculations[120] + 30 : 0;
        calculations[141] += running ? 30 : 0;
        calculations[80] = running ? (hotWater ? 1 : 0) : 5;
        calculations[117] = running ? 0 : 5;
        heat += running ? 0.55 + random.nextDouble(0.1) : 0;
        calculations[hotWater ? 152 : 151] += (int) heat;
        calculations[154] += (int) heat;
        heat -= (int) heat;
        calculations[257] = running ? 6000 + random.nextInt(-200, 201) : 0;
        calculations[268] = running ? 1500 + random.nextInt(-60, 61) : 0;
        for (int i = 0; i < CLOCKS.length; i++) {
            calculations[CLOCKS[i]] = i == 0 ? (int) time : calculations[CLOCKS[i]] + 30;
        }
        return new Snapshot(Instant.ofEpochSecond(time), base.parameters(), calculations.clone(), base.visibilities());
    }
}
