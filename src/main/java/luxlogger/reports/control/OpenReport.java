package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A report being written, one row per {@link #add added} snapshot, straight to a temporary file: memory
 * does not grow with the range. {@link #commit()} gives the file its final name; {@link #close()} without
 * a commit deletes it, so a failed report leaves nothing behind. Not thread-safe.
 */
public final class OpenReport implements AutoCloseable {

    private final PendingFile file;
    private final RowBuffer out;
    private final Rows rows;
    private long count;
    private long skipped;
    private String firstSkipped;
    private boolean committed;
    private boolean broken;

    /** Writes what comes before the rows (a CSV's header) at once. */
    OpenReport(PendingFile file, Rows rows) throws IOException {
        this.file = file;
        this.out = new RowBuffer(file.stream());
        this.rows = rows;
        rows.header(out);
    }

    /**
     * Writes the row of a snapshot: values of fields beyond its arrays are left empty.
     *
     * @throws UncheckedIOException when the file cannot be written; the report cannot be committed then
     */
    public void add(Snapshot snapshot) {
        if (committed || broken) {
            throw new IllegalStateException(file.target() + (committed ? " is already committed" : " failed"));
        }
        try {
            rows.row(snapshot, out);
            count++;
        } catch (IOException e) {
            broken = true;
            throw new UncheckedIOException("cannot write " + file.target(), e);
        }
    }

    /**
     * Counts a stored poll that cannot be decoded: it spoils only its own row, the report goes on without it.
     *
     * @param problem what is wrong with it; the first one is kept for the log
     */
    public void skip(String problem) {
        if (skipped++ == 0) {
            firstSkipped = problem;
        }
    }

    /** Polls skipped so far, and the problem of the first one (null without). */
    String firstSkipped() {
        return firstSkipped;
    }

    /**
     * Finishes the file and gives it its final name.
     *
     * @return the written report
     */
    public Report commit() throws IOException {
        if (committed || broken) {
            throw new IllegalStateException(file.target() + (committed ? " is already committed" : " failed"));
        }
        out.drain();
        long bytes = file.commit();
        committed = true;
        Path path = file.target();
        return new Report(path.getFileName().toString(), path, count, rows.columns(), bytes, skipped);
    }

    /** Rows written so far. */
    public long rows() {
        return count;
    }

    /** Deletes the unfinished file unless committed. */
    @Override
    public void close() {
        file.close();
    }
}
