package luxlogger.reports.control;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A small CSV table of figures (the day summaries) in the reports' dialect, written as every report is: under
 * a temporary name, renamed when complete. Numbers use the dialect's decimal point; an absent figure is an
 * empty cell, never 0.
 */
public final class TableFile {

    private TableFile() {}

    /**
     * @param rows each row's cells in header order: numbers, text, booleans or null
     */
    public static Report write(Path target, Dialect dialect, List<String> header, List<List<Object>> rows)
            throws IOException {
        try (var file = new PendingFile(target)) {
            Writer text = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            if (dialect.byteOrderMark()) {
                text.write('\uFEFF');
            }
            ICSVWriter csv = new CSVWriterBuilder(text)
                    .withSeparator(dialect.separator())
                    .withLineEnd(dialect.lineEnd())
                    .build();
            csv.writeNext(header.toArray(String[]::new), false);
            for (List<Object> row : rows) {
                csv.writeNext(row.stream().map(cell -> cell(cell, dialect)).toArray(String[]::new), false);
            }
            csv.flush();
            if (csv.checkError()) {
                throw csv.getException();
            }
            long bytes = file.commit();
            return new Report(target.getFileName().toString(), file.target(), rows.size(), header.size(), bytes);
        }
    }

    /** A cell: decimals to three places (a Wh, a thousandth of a COP), without exponent, in the dialect. */
    static String cell(Object value, Dialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            String plain = BigDecimal.valueOf(number)
                    .setScale(3, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            return dialect.decimalPoint() == '.' ? plain : plain.replace('.', dialect.decimalPoint());
        }
        // text such as a clock change "+3600 s" would be a formula to a spreadsheet
        return value instanceof String text ? CellFormat.inert(text) : value.toString();
    }
}
