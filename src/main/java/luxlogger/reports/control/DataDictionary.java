package luxlogger.reports.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import luxlogger.luxtronik.entity.Field;

/**
 * {@code fields.csv}: what each column of the reports holds, so a reader of a report with labels as headers
 * finds the raw name, and a reader of raw names the label and unit. Same dialect as the reports.
 */
final class DataDictionary {

    static final List<String> HEADER = List.of("column", "group", "index", "name", "label", "type", "unit");

    private final Dialect dialect;

    DataDictionary(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * @param header the report header the rows explain, the time columns first
     */
    Report write(Path target, Columns columns, List<String> header) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(header.get(0), "", "", "timestamp", "Time of the poll", "Timestamp", ""));
        rows.add(List.of(header.get(1), "", "", "unix_time", "Time of the poll in Unix seconds", "Seconds", "s"));
        List<Field> fields = columns.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            // Arrays.asList: a field without unit or label is an empty cell
            rows.add(Arrays.asList(
                    header.get(i + ReportWriter.TIME_COLUMNS.size()),
                    field.group().key(),
                    Integer.toString(field.index()),
                    field.name(),
                    field.label(),
                    field.type().key(),
                    field.unit()));
        }
        return TableFile.write(target, dialect, HEADER, rows);
    }
}
