package luxlogger.luxtronik.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated tables on the class path that hold the protocol knowledge (field tables, codes, labels…):
 * a header line, then one row per line; blank lines and lines starting with {@code #} are notes for people.
 * It sits in entity because {@link Codes} reads one too, and entity uses nothing of control.
 */
public final class TabFile {

    private TabFile() {}

    /** The data rows of a table, each split at every tab (empty cells kept): no header, blank or # lines. */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TabFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    rows.add(line.split("\t", -1));
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
