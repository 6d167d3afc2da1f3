package luxlogger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import luxlogger.imports.entity.ImportResult;
import luxlogger.imports.entity.Rejection;

/** What an import did, as {@code import} prints it: the counts, then each field that missed and each rejected row. */
final class ImportOutput {

    private ImportOutput() {}

    static void print(PrintWriter out, Path from, Path to, ImportResult result) {
        out.printf("imported %s into %s (controller %s, zone %s)%n", from, to, result.controller(), result.zone());
        out.printf("rows read        %,d%n", result.read());
        out.printf("polls imported   %,d%n", result.imported());
        out.printf("already present  %,d%n", result.present());
        out.printf("rows rejected    %,d%n", result.rejected());
        out.printf(
                Locale.ROOT,
                "values exact     %,d of %,d (%.4f %%)%n",
                result.values() - result.missed(),
                result.values(),
                100 * result.exact());
        if (result.first() != null) {
            out.printf("imported span    %s to %s%n", result.first(), result.last());
        }
        counts(out, "values not turned back exactly (stored as 0), per field:", result.misses());
        counts(out, "labels several codes share (stored as the first code), per field:", result.ambiguous());
        if (!result.rejections().isEmpty()) {
            out.println("rejected rows (timestamp: reason):");
            for (Rejection rejection : result.rejections()) {
                out.printf("  %s: %s%n", rejection.row(), rejection.reason());
            }
            if (result.rejected() > result.rejections().size()) {
                out.printf(
                        "  ... and %,d more%n",
                        result.rejected() - result.rejections().size());
            }
        }
        out.flush();
    }

    private static void counts(PrintWriter out, String heading, SortedMap<String, Long> counts) {
        if (!counts.isEmpty()) {
            out.println(heading);
            counts.forEach((key, count) -> out.printf("  %s %,d%n", key, count));
        }
    }
}
