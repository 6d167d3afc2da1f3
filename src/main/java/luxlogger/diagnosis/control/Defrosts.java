package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Defrosts (rule 8): each one's outdoor temperature, and defrost time over compressor time. A defrost is a new
 * last-defrost time P1119 where the controller files one, else the operating mode C80 turning to defrost (which
 * misses a defrost wholly between two polls), as the day summaries count them.
 */
final class Defrosts {

    /** A defrost: when it was seen and the outdoor temperature then. */
    record Defrost(long millis, double outdoor) {}

    private static final int KEPT = 5;

    private final double warm;
    private long filed = Long.MIN_VALUE;
    private boolean stamps;
    private int count;
    private int warmCount;
    private double warmest = Double.NaN;
    private final List<Defrost> warmOnes = new ArrayList<>();
    private double defrostSeconds;
    private double compressorSeconds;

    /** @param warm the outdoor temperature above which a defrost is out of place, °C */
    Defrosts(double warm) {
        this.warm = warm;
    }

    /** Two polls in a row; {@code within} when the later one lies in the period. */
    void polls(Sample prev, Sample cur, boolean within) {
        boolean found;
        if (cur.lastDefrost() > 0) {
            // a newer time stamp than any seen is a new defrost; an older one coming back is not
            found = filed != Long.MIN_VALUE && cur.lastDefrost() > filed;
            filed = Math.max(filed, cur.lastDefrost());
            stamps = true;
        } else {
            found = !stamps && prev.mode() != Sample.DEFROST && cur.mode() == Sample.DEFROST && prev.mode() >= 0;
        }
        if (found && within) {
            count++;
            double outdoor = Double.isNaN(cur.outdoor()) ? prev.outdoor() : cur.outdoor();
            if (outdoor > warm) {
                warmCount++;
                warmest = Double.isNaN(warmest) ? outdoor : Math.max(warmest, outdoor);
                if (warmOnes.size() < KEPT) {
                    warmOnes.add(new Defrost(cur.millis(), outdoor));
                }
            }
        }
    }

    /** The first poll read: a last-defrost time it holds is history, not a defrost. */
    void first(Sample first) {
        if (first.lastDefrost() > 0) {
            filed = first.lastDefrost();
            stamps = true;
        }
    }

    void interval(Interval interval) {
        Sample prev = interval.prev();
        defrostSeconds += prev.mode() == Sample.DEFROST ? interval.seconds() : 0;
        compressorSeconds += prev.compressor() ? interval.seconds() : 0;
    }

    int count() {
        return count;
    }

    int warmCount() {
        return warmCount;
    }

    /** The highest outdoor temperature of a defrost above {@code warm}; NaN without one. */
    double warmest() {
        return warmest;
    }

    /** The first few defrosts above {@code warm}. */
    List<Defrost> warmOnes() {
        return List.copyOf(warmOnes);
    }

    /** Defrost time over compressor time, percent; NaN without compressor time. */
    double share() {
        return compressorSeconds > 0 ? 100 * defrostSeconds / compressorSeconds : Double.NaN;
    }
}
