package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import luxlogger.reports.entity.ReportSettings;

/**
 * The report files in the output folders. Only names of the logger's own reports are ever resolved, and
 * only inside these folders, so no request can reach another file.
 */
public final class ReportFiles {

    private static final Logger LOG = System.getLogger(ReportFiles.class.getName());

    /**
     * {@code 2026-01-31_daily.csv} and {@code 2026-01-31_weekly.csv} on schedule, {@code 2026-01-31T0712_daily.csv}
     * and {@code ..._weekly.csv} on demand, ranges ({@code 2026-01-01T0000_2026-01-31T0000_range.csv}) and the data
     * dictionary. Group 1 is the date, group 2 the time of a report on demand, group 3 its kind.
     */
    static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:(T\\d{4})?_(daily|weekly)|T\\d{4}_\\d{4}-\\d{2}-\\d{2}T\\d{4}_range)"
                    + "\\.csv|fields\\.csv");

    static final int MAX_NAME = 64;

    private final List<Path> folders;

    public ReportFiles(Path daily, Path weekly) {
        this.folders = daily.equals(weekly) ? List.of(daily) : List.of(daily, weekly);
    }

    /** The report files in the folders the settings name. */
    public static ReportFiles of(ReportSettings settings) {
        return new ReportFiles(settings.dailyDir(), settings.weeklyDir());
    }

    /** One report file as listed to users. */
    public record Entry(String name, Path path, String folder, long bytes, Instant modified) {

        /** The date in the name, or null for the data dictionary. */
        public LocalDate date() {
            Matcher matcher = NAME.matcher(name);
            try {
                return matcher.matches() && matcher.group(1) != null ? LocalDate.parse(matcher.group(1)) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** Daily or weekly, on schedule or on demand; empty for a range and the data dictionary. */
        public Optional<Kind> kind() {
            Matcher matcher = NAME.matcher(name);
            return matcher.matches() && matcher.group(3) != null
                    ? Optional.of(Kind.of(matcher.group(3)))
                    : Optional.empty();
        }

        /** A report on schedule, named by its day alone. */
        public boolean scheduled() {
            Matcher matcher = NAME.matcher(name);
            return matcher.matches() && matcher.group(3) != null && matcher.group(2) == null;
        }

        /**
         * The day the clean-up counts the report's age from: the day in its name, except for a range, whose name
         * starts with a day that may be long past; a range counts from the day it was written. Null for the data
         * dictionary, which is never deleted.
         */
        public LocalDate age(ZoneId zone) {
            LocalDate date = date();
            return date == null || kind().isPresent()
                    ? date
                    : modified.atZone(zone).toLocalDate();
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

    /** Every report file, newest first. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))
                        .forEach(file -> entries.add(entry(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        entries.sort(Comparator.comparing(Entry::modified).reversed().thenComparing(Entry::name));
        return entries;
    }

    /** The day of the newest report of a kind on schedule in its folder, e.g. to find those missed since. */
    public Optional<LocalDate> newest(Kind kind) {
        return list().stream()
                .filter(entry -> entry.scheduled() && entry.kind().orElseThrow() == kind)
                .map(Entry::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** The folders of the reports: daily, then weekly unless it is the same. */
    List<Path> folders() {
        return folders;
    }

    /** Temporary files of reports whose writing a crash cut short (hidden, ending in .tmp). */
    public List<Path> leftovers() {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(file -> file.getFileName().toString().startsWith(".")
                                    && file.getFileName().toString().endsWith(".tmp"))
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + folder, e);
                }
            }
        }
        return found;
    }

    /** The file of a report name; empty for anything that is not the name of an existing report. */
    public Optional<Entry> find(String name) {
        if (name == null || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.getParent().equals(folder.normalize()) && Files.isRegularFile(file)) {
                return Optional.of(entry(file));
            }
        }
        return Optional.empty();
    }

    private Entry entry(Path file) {
        try {
            return new Entry(
                    file.getFileName().toString(),
                    file,
                    file.getParent().getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
