package luxlogger.reports.control;

import java.io.IOException;
import java.util.List;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * CSV rows in a dialect: a header, then per poll {@code timestamp} and {@code unix_time} and one cell per field,
 * values as a user reads them (see {@link CellFormat} and docs/csv.md).
 */
final class CsvRows extends Rows {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Dialect dialect;
    private final CellFormat format;
    private final List<String> header;
    private final String separatorText;
    private final byte[] separator;
    private final byte[] lineEnd;

    CsvRows(Decoder decoder, Columns columns, Dialect dialect, CellFormat format, List<String> header) {
        super(decoder, columns);
        this.dialect = dialect;
        this.format = format;
        this.header = List.copyOf(header);
        this.separatorText = String.valueOf(dialect.separator());
        this.separator = bytes(separatorText);
        this.lineEnd = bytes(dialect.lineEnd());
    }

    @Override
    void header(RowBuffer out) throws IOException {
        if (dialect.byteOrderMark()) {
            out.put(BYTE_ORDER_MARK);
        }
        StringBuilder line = new StringBuilder();
        for (String name : header) {
            line.append(line.isEmpty() ? "" : separatorText).append(format.text(name));
        }
        out.put(bytes(line + dialect.lineEnd()));
    }

    @Override
    int columns() {
        return header.size();
    }

    @Override
    void begin(Snapshot snapshot, RowBuffer out) throws IOException {
        out.put(bytes(format.time(snapshot.time())));
        out.put(bytes(separatorText + snapshot.time().getEpochSecond()));
    }

    @Override
    byte[] cell(Field field, Reading reading) {
        return bytes(separatorText + format.cell(reading.value()));
    }

    @Override
    byte[] absent() {
        return separator;
    }

    @Override
    void end(RowBuffer out) throws IOException {
        out.put(lineEnd);
    }
}
