package luxlogger.simulator.control;

/**
 * The utility's lock ("EVU-Sperre") of a German heat-pump tariff: at fixed hours the grid operator opens the
 * controller's EVU contact and the compressor must stay off. Tariffs allow up to three blocks of at most two
 * hours a day; the simulated site has two, around the midday and the evening peak, in its local time.
 */
final class UtilityLock {

    /** Start and end of each block, in seconds of the local day: 11:00-12:00 and 17:30-19:00. */
    private static final int[][] BLOCKS = {{11 * 3600, 12 * 3600}, {17 * 3600 + 1800, 19 * 3600}};

    private UtilityLock() {}

    static boolean locked(long epochSecond) {
        long second = Weather.localSecondOfDay(epochSecond);
        for (int[] block : BLOCKS) {
            if (second >= block[0] && second < block[1]) {
                return true;
            }
        }
        return false;
    }
}
