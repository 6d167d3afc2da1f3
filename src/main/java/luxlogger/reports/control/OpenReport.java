package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A report being written, one row per {@link #add added} snapshot, straight to a temporary file: memory
 * does not grow with the range. {@link #commit()} gives the file its final name; {@link #close()} without
 * a commit deletes it, so a failed report leaves nothing behind. Not thread-safe.
 *
 * <p>Most values of a heat pump stay the same from poll to poll, so each column keeps the raw value it saw
 * last with its finished cell (the separator in front, quoted, encoded) and only decodes when the raw value
 * changes.
 */
public final class OpenReport implements AutoCloseable {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PendingFile file;
    private final RowBuffer out;
    private final CellFormat format;
    private final Decoder decoder;
    private final String separatorText;
    private final byte[] separator;
    private final byte[] lineEnd;
    private final Field[] fields;
    private final int[] indices;
    /** Where the calculations and the visibilities start in {@link #fields} (catalog order is by group). */
    private final int calculationsFrom;

    private final int visibilitiesFrom;
    private final int[] raws;
    private final byte[][] cells;
    private long rows;
    private long skipped;
    private String firstSkipped;
    private boolean committed;
    private boolean broken;

    OpenReport(
            PendingFile file, Dialect dialect, CellFormat format, Decoder decoder, Columns columns, List<String> header)
            throws IOException {
        this.file = file;
        this.out = new RowBuffer(file.stream());
        this.format = format;
        this.decoder = decoder;
        this.separatorText = String.valueOf(dialect.separator());
        this.separator = bytes(separatorText);
        this.lineEnd = bytes(dialect.lineEnd());
        this.fields = columns.fields().toArray(Field[]::new);
        this.indices = columns.fields().stream().mapToInt(Field::index).toArray();
        this.calculationsFrom = start(Group.CALCULATIONS);
        this.visibilitiesFrom = start(Group.VISIBILITIES);
        this.raws = new int[fields.length];
        this.cells = new byte[fields.length][];
        if (dialect.byteOrderMark()) {
            out.put(BYTE_ORDER_MARK);
        }
        StringBuilder line = new StringBuilder();
        for (String name : header) {
            line.append(line.isEmpty() ? "" : separatorText).append(format.text(name));
        }
        out.put(bytes(line + dialect.lineEnd()));
    }

    private int start(Group group) {
        int at = 0;
        while (at < fields.length && fields[at].group().compareTo(group) < 0) {
            at++;
        }
        return at;
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
            out.put(bytes(format.time(snapshot.time())));
            out.put(bytes(separatorText + snapshot.time().getEpochSecond()));
            int[] parameters = snapshot.parameters();
            for (int i = 0; i < calculationsFrom; i++) {
                int index = indices[i];
                put(snapshot, i, index < parameters.length, index < parameters.length ? parameters[index] : 0);
            }
            int[] calculations = snapshot.calculations();
            for (int i = calculationsFrom; i < visibilitiesFrom; i++) {
                int index = indices[i];
                put(snapshot, i, index < calculations.length, index < calculations.length ? calculations[index] : 0);
            }
            byte[] visibilities = snapshot.visibilities();
            for (int i = visibilitiesFrom; i < fields.length; i++) {
                int index = indices[i];
                put(snapshot, i, index < visibilities.length, index < visibilities.length ? visibilities[index] : 0);
            }
            out.put(lineEnd);
            rows++;
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

    private void put(Snapshot snapshot, int column, boolean present, int raw) throws IOException {
        if (!present) {
            out.put(separator);
        } else if (fields[column].derived()) {
            // the firmware string: one column, decoded from ten indices, not worth a cache
            Object value =
                    decoder.decode(snapshot, fields[column]).map(Reading::value).orElse(null);
            out.put(bytes(separatorText + format.cell(value)));
        } else {
            byte[] cell = cells[column];
            if (cell == null || raw != raws[column]) {
                cell = bytes(separatorText
                        + format.cell(Decoder.decode(fields[column], raw).value()));
                cells[column] = cell;
                raws[column] = raw;
            }
            out.put(cell);
        }
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
        return new Report(path.getFileName().toString(), path, rows, fields.length + 2, bytes, skipped);
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    /** Deletes the unfinished file unless committed. */
    @Override
    public void close() {
        file.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
