package luxlogger.simulator.control;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Outdoor temperature and hot-water draw-offs of the simulated site, as pure functions of time; a {@link Scenario}
 * may shift the temperature by {@code offset} K to make a mild week of a winter one.
 *
 * <p>Calibrated on the real history in {@code shared/luxtronik/history}: the outdoor minimum falls around
 * 02:00-05:00 and the maximum around 13:00-16:00 local time, 4-10 K apart; hot water is reheated about four
 * times a day, mostly after the morning and evening draw-offs.
 */
record Weather(long seed, double offset) {

    /** Central European winter time; the simulated site does not switch to summer time. */
    private static final int LOCAL_OFFSET_SECONDS = 3600;

    private static final double DAY = 86_400;
    private static final double WARMEST_HOUR = 14.5;
    /** Weather fronts: periods in days and amplitudes in K of the slow drift around the seasonal mean. */
    private static final double[] DRIFT_PERIODS = {2.7, 4.3, 9.1, 17.3};

    private static final double[] DRIFT_AMPLITUDES = {1.0, 1.5, 2.0, 2.0};

    double outdoor(long epochSecond) {
        double hour = localSecondOfDay(epochSecond) / 3600.0;
        return dailyMean(epochSecond) + amplitude(epochSecond) * Math.cos(2 * Math.PI * (hour - WARMEST_HOUR) / 24);
    }

    /** Seasonal mean (0 °C late January, 19 °C late July) plus the drift of passing weather and the offset. */
    double dailyMean(long epochSecond) {
        double dayOfYear =
                Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC).getDayOfYear();
        double seasonal = 9.5 - 9.5 * Math.cos(2 * Math.PI * (dayOfYear - 20) / 365.25);
        double drift = 0;
        for (int i = 0; i < DRIFT_PERIODS.length; i++) {
            double phase = 2 * Math.PI * new ModelNoise(seed).uniform(-1, i);
            drift += DRIFT_AMPLITUDES[i] * Math.sin(2 * Math.PI * epochSecond / (DRIFT_PERIODS[i] * DAY) + phase);
        }
        return seasonal + drift + offset;
    }

    /** Half the day-night swing: larger on clear days, smaller on cloudy ones (a slow 3.7-day wave). */
    private double amplitude(long epochSecond) {
        double phase = 2 * Math.PI * new ModelNoise(seed).uniform(-2, 0);
        return 3.5 + 1.5 * Math.sin(2 * Math.PI * epochSecond / (3.7 * DAY) + phase);
    }

    /**
     * Cooling of the hot-water tank by tapping, in K per hour: a morning shower (06:00-07:30), an evening one
     * (18:30-21:30) and up to three small draws during the day, drawn per day from the seed.
     */
    double drawOff(long epochSecond) {
        long local = epochSecond + LOCAL_OFFSET_SECONDS;
        long day = Math.floorDiv(local, (long) DAY);
        long second = Math.floorMod(local, (long) DAY);
        ModelNoise noise = new ModelNoise(seed);
        double rate = 0;
        for (int i = 0; i < 5; i++) {
            double start;
            double minutes;
            double drop;
            if (i == 0) {
                start = 6 * 3600 + noise.uniform(day, 10 * i) * 90 * 60;
                minutes = 10;
                drop = 2.0 + 1.5 * noise.uniform(day, 10 * i + 1);
            } else if (i == 1) {
                start = 18.5 * 3600 + noise.uniform(day, 10 * i) * 180 * 60;
                minutes = 12;
                drop = 2.0 + 2.0 * noise.uniform(day, 10 * i + 1);
            } else {
                if (noise.uniform(day, 10 * i + 2) > 0.7) {
                    continue;
                }
                start = 8 * 3600 + noise.uniform(day, 10 * i) * 13 * 3600;
                minutes = 3;
                drop = 0.3 + 0.8 * noise.uniform(day, 10 * i + 1);
            }
            if (second >= start && second < start + minutes * 60) {
                rate += drop / (minutes / 60);
            }
        }
        return rate;
    }

    static long localSecondOfDay(long epochSecond) {
        return Math.floorMod(epochSecond + LOCAL_OFFSET_SECONDS, (long) DAY);
    }
}
