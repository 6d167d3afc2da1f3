package luxlogger.reports.control;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        try (var file = new PendingFile(target)) {
            Writer text = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            if (dialect.byteOrderMark()) {
                text.write('\uFEFF');
            }
            ICSVWriter csv = new CSVWriterBuilder(text)
                    .withSeparator(dialect.separator())
                    .withLineEnd(dialect.lineEnd())
                    .build();
            csv.writeNext(HEADER.toArray(String[]::new), false);
            csv.writeNext(
                    new String[] {header.get(0), "", "", "timestamp", "Time of the poll", "Timestamp", ""}, false);
            csv.writeNext(
                    new String[] {header.get(1), "", "", "unix_time", "Time of the poll in Unix seconds", "Seconds", "s"
                    },
                    false);
            List<Field> fields = columns.fields();
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                csv.writeNext(
                        new String[] {
                            header.get(i + ReportWriter.TIME_COLUMNS.size()),
                            field.group().key(),
                            Integer.toString(field.index()),
                            field.name(),
                            field.label(),
                            field.type().key(),
                            field.unit()
                        },
                        false);
            }
            csv.flush();
            if (csv.checkError()) {
                throw csv.getException();
            }
            long bytes = file.commit();
            return new Report(target.getFileName().toString(), file.target(), fields.size() + 2L, HEADER.size(), bytes);
        }
    }
}
