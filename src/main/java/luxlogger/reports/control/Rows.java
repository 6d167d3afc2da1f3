package luxlogger.reports.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * How the rows of a report are spelled, one per poll, into a {@link RowBuffer}: CSV in a dialect ({@link CsvRows}),
 * or JSON Lines ({@link JsonLines}). Both walk the columns the same way, so both give the same decoded values.
 *
 * <p>Most values of a heat pump stay the same from poll to poll, so each column keeps the raw value it saw last with
 * its finished cell (with what goes in front of it: the separator, or the key) and only decodes when the raw value
 * changes. Not thread-safe.
 */
abstract sealed class Rows permits CsvRows, JsonLines {

    private final Decoder decoder;
    private final Field[] fields;
    private final int[] indices;
    /** Where the calculations and the visibilities start in {@link #fields} (catalog order is by group). */
    private final int calculationsFrom;

    private final int visibilitiesFrom;
    private final int[] raws;
    private final byte[][] cells;

    Rows(Decoder decoder, Columns columns) {
        this.decoder = decoder;
        this.fields = columns.fields().toArray(Field[]::new);
        this.indices = columns.fields().stream().mapToInt(Field::index).toArray();
        this.calculationsFrom = start(Group.CALCULATIONS);
        this.visibilitiesFrom = start(Group.VISIBILITIES);
        this.raws = new int[fields.length];
        this.cells = new byte[fields.length][];
    }

    private int start(Group group) {
        int at = 0;
        while (at < fields.length && fields[at].group().compareTo(group) < 0) {
            at++;
        }
        return at;
    }

    /** What comes before the first row, e.g. the header; written once, also when no row follows. */
    abstract void header(RowBuffer out) throws IOException;

    /** The columns of every row, the time included. */
    abstract int columns();

    /** A row's beginning, up to its first field: the poll's time. */
    abstract void begin(Snapshot snapshot, RowBuffer out) throws IOException;

    /** The cell of a field with what goes in front of it; the reading's value may be null (undecodable). */
    abstract byte[] cell(Field field, Reading reading);

    /** What a field beyond a poll's arrays (an older firmware's poll) gets: an empty cell, or nothing. */
    abstract byte[] absent();

    /** A row's end, after its last field. */
    abstract void end(RowBuffer out) throws IOException;

    /** Writes the row of a snapshot. */
    final void row(Snapshot snapshot, RowBuffer out) throws IOException {
        begin(snapshot, out);
        int[] parameters = snapshot.parameters();
        for (int i = 0; i < calculationsFrom; i++) {
            int index = indices[i];
            put(snapshot, i, index < parameters.length, index < parameters.length ? parameters[index] : 0, out);
        }
        int[] calculations = snapshot.calculations();
        for (int i = calculationsFrom; i < visibilitiesFrom; i++) {
            int index = indices[i];
            put(snapshot, i, index < calculations.length, index < calculations.length ? calculations[index] : 0, out);
        }
        byte[] visibilities = snapshot.visibilities();
        for (int i = visibilitiesFrom; i < fields.length; i++) {
            int index = indices[i];
            put(snapshot, i, index < visibilities.length, index < visibilities.length ? visibilities[index] : 0, out);
        }
        end(out);
    }

    private void put(Snapshot snapshot, int column, boolean present, int raw, RowBuffer out) throws IOException {
        Field field = fields[column];
        if (!present) {
            out.put(absent());
        } else if (field.derived()) {
            // the firmware string: one column, decoded from ten indices, not worth a cache
            out.put(decoder.decode(snapshot, field)
                    .map(reading -> cell(field, reading))
                    .orElseGet(this::absent));
        } else {
            byte[] cell = cells[column];
            if (cell == null || raw != raws[column]) {
                cell = cell(field, Decoder.decode(field, raw));
                cells[column] = cell;
                raws[column] = raw;
            }
            out.put(cell);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
