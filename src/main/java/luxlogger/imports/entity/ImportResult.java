package luxlogger.imports.entity;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What one import of the earlier logger's database did, as the API answers it and the command line prints it. Every
 * row read is imported, already present or rejected.
 *
 * @param controller the controller the polls were stored for
 * @param zone the zone the earlier logger's local times were read in
 * @param read rows read
 * @param imported polls stored now
 * @param present polls not stored because one of the same controller and instant (to the millisecond) was stored
 *     before: by an earlier run of the same import, or by the logger itself
 * @param rejected rows that gave no poll
 * @param rejections the first of them with their reasons
 * @param values raw values of the polls read
 * @param missed values that could not be turned back exactly (stored as raw 0)
 * @param exact the share of the values turned back exactly, from 0 to 1
 * @param misses per key of the earlier logger, how many of its values could not be turned back exactly
 * @param ambiguous per key, labels that several codes share, stored as the first code as python-luxtronik did
 * @param first the earliest poll imported now, null when none was
 * @param last the latest poll imported now, null when none was
 */
public record ImportResult(
        String controller,
        String zone,
        long read,
        long imported,
        long present,
        long rejected,
        List<Rejection> rejections,
        long values,
        long missed,
        double exact,
        SortedMap<String, Long> misses,
        SortedMap<String, Long> ambiguous,
        Instant first,
        Instant last) {

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    /**
     * The result of a complete read whose polls were stored as counted.
     *
     * @param stored what storing the polls did
     */
    public static ImportResult of(String controller, String zone, ImportReport report, Span stored) {
        return new ImportResult(
                controller,
                zone,
                report.read(),
                stored.imported(),
                report.converted() - stored.imported(),
                report.rejected(),
                report.rejections(),
                report.values(),
                report.missed(),
                report.exact(),
                report.misses(),
                report.ambiguous(),
                stored.first(),
                stored.last());
    }

    /**
     * The polls a run has stored so far.
     *
     * @param imported how many
     * @param first the earliest, null while there is none
     * @param last the latest, null while there is none
     */
    public record Span(long imported, Instant first, Instant last) {

        public static final Span NONE = new Span(0, null, null);

        /** This span and the polls stored after it. */
        public Span and(long more, Instant from, Instant to) {
            if (more == 0) {
                return this;
            }
            return new Span(
                    imported + more,
                    first == null || from.isBefore(first) ? from : first,
                    last == null || to.isAfter(last) ? to : last);
        }
    }
}
