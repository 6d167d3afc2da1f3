package luxlogger.imports.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import luxlogger.imports.entity.ImportReport;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The polls of the earlier Python logger's database ({@code cache.db}), turned back into the raw arrays the
 * controller sent, oldest first, in batches for whoever stores them. Reads the file only; a row that gives no poll
 * is rejected with its reason and the rest go on.
 */
public final class LegacyPolls {

    private static final Logger LOG = System.getLogger(LegacyPolls.class.getName());
    /** The latest instant a row may have: the end of year 9999, far beyond any real poll. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private final ZoneId zone;
    private final LegacyFields fields;

    /** @param zone the zone the earlier logger ran in, whose local time its timestamps are written in */
    public LegacyPolls(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fields = LegacyFields.standard();
    }

    /**
     * Reads a database and hands its polls on in batches of up to {@code batchSize}, the last one possibly smaller.
     * An exception of the sink ends the read and reaches the caller.
     *
     * @throws CacheFileException when the file is no database of the earlier logger's or is still being written;
     *     nothing has been handed on then, unless the file turned unreadable midway
     */
    public ImportReport read(Path file, int batchSize, Consumer<List<Snapshot>> sink) throws CacheFileException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is less than 1");
        }
        var tally = new Tally();
        var converter = new RowConverter(fields, zone, tally);
        List<Snapshot> batch = new ArrayList<>(batchSize);
        try (CacheFile cache = CacheFile.open(file)) {
            cache.rows((timestamp, json) -> {
                Snapshot poll = convert(converter, tally, timestamp, json);
                if (poll != null) {
                    batch.add(poll);
                }
                if (batch.size() == batchSize) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
        ImportReport report = tally.report();
        LOG.log(
                Level.INFO,
                "Read {0}: {1} rows, {2} polls, {3} rejected, {4} of {5} values not turned back exactly",
                file,
                report.read(),
                report.converted(),
                report.rejected(),
                report.missed(),
                report.values());
        return report;
    }

    private static Snapshot convert(RowConverter converter, Tally tally, Object timestamp, byte[] json) {
        try {
            if (json == null) {
                throw new RejectedRow("no data_json");
            }
            return converter.convert(time(timestamp), json);
        } catch (RejectedRow e) {
            tally.rejected(row(timestamp), e.getMessage());
            return null;
        }
    }

    /** A row's timestamp as SQLite would print it: plain seconds, NULL, a quoted text or a blob literal. */
    static String row(Object timestamp) {
        if (timestamp instanceof Double seconds && Double.isFinite(seconds)) {
            return BigDecimal.valueOf(seconds).toPlainString();
        }
        if (timestamp == null) {
            return "NULL";
        }
        if (timestamp instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        return timestamp instanceof Number ? timestamp.toString() : "'" + timestamp + "'";
    }

    /**
     * The row's Unix seconds to the microsecond: python's time.time() as a double has no finer digits, and the
     * exact binary value of the double has many more.
     */
    static Instant time(Object timestamp) throws RejectedRow {
        if (!(timestamp instanceof Number number)) {
            throw new RejectedRow(timestamp == null ? "no timestamp" : "timestamp is not a number");
        }
        double seconds = number.doubleValue();
        if (!(seconds > 0 && seconds <= LAST_SECOND)) {
            throw new RejectedRow("timestamp " + timestamp + " is no time of a poll");
        }
        BigDecimal micros = new BigDecimal(seconds).setScale(6, RoundingMode.HALF_EVEN);
        long whole = micros.longValue();
        return Instant.ofEpochSecond(
                whole,
                micros.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValueExact());
    }
}
