package luxlogger.reports.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import luxlogger.readings.entity.ExportFormat;

/**
 * One report file as listed to users.
 *
 * @param controller whose report it is
 * @param folder the name of the daily or weekly folder it is in (see {@link ReportFiles.Folder#name})
 */
public record ReportFile(String name, Path path, String controller, String folder, long bytes, Instant modified) {

    private static final Logger LOG = System.getLogger(ReportFile.class.getName());

    /** The date in the name, or null for the data dictionary. */
    public LocalDate date() {
        Matcher matcher = ReportFiles.NAME.matcher(name);
        try {
            return matcher.matches() && matcher.group(1) != null ? LocalDate.parse(matcher.group(1)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Daily or weekly, on schedule or on demand; empty for a range and the data dictionary. */
    public Optional<Kind> kind() {
        Matcher matcher = ReportFiles.NAME.matcher(name);
        return matcher.matches() && matcher.group(3) != null
                ? Optional.of(Kind.of(matcher.group(3)))
                : Optional.empty();
    }

    /** A report on schedule, named by its day alone. */
    public boolean scheduled() {
        Matcher matcher = ReportFiles.NAME.matcher(name);
        return matcher.matches() && matcher.group(3) != null && matcher.group(2) == null;
    }

    /**
     * The day the clean-up counts the report's age from: the day in its name, except for a range, whose name
     * starts with a day that may be long past; a range counts from the day it was written. Null for the data
     * dictionaries and the health reports, which are never deleted.
     */
    public LocalDate age(ZoneId zone) {
        LocalDate date = date();
        return date == null || !name.contains("_range.")
                ? date
                : modified.atZone(zone).toLocalDate();
    }

    /** The media type to serve the file as: its format's, HTML for a health report. */
    public String mediaType() {
        return name.endsWith(".html") ? "text/html;charset=UTF-8" : format().mediaType();
    }

    /** The format of a report's rows; CSV for the other files (summaries, events, data dictionaries). */
    public ExportFormat format() {
        return ExportFormat.ofFile(name).orElse(ExportFormat.CSV);
    }

    /**
     * A version of the file for HTTP caches (an entity tag): a report is only ever replaced by a rename of a new
     * file, which changes its time, its size or both.
     */
    public String version() {
        return Long.toHexString(bytes) + "-" + Long.toHexString(modified.toEpochMilli());
    }

    /** Deletes the report and logs why; false (logged too) when it cannot be deleted. */
    boolean delete(String reason) {
        try {
            Files.deleteIfExists(path);
            LOG.log(Level.INFO, "Deleted report {0} ({1})", path, reason);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete report {0}: {1}", path, e.getMessage());
            return false;
        }
    }
}
