package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import luxlogger.readings.entity.ExportFormat;

/**
 * The report files in the output folders, each folder holding the reports of one controller. Only names of the
 * logger's own reports are ever resolved, and only inside these folders, so no request can reach another file;
 * a controller's name only selects among the folders, it never becomes part of a path here.
 */
public final class ReportFiles {

    /**
     * {@code 2026-01-31_daily.csv} and {@code 2026-01-31_weekly.csv} on schedule, {@code 2026-01-31T0712_daily.csv}
     * and {@code ..._weekly.csv} on demand, ranges ({@code 2026-01-01T0000_2026-01-31T0000_range.csv}), each also as
     * {@code .jsonl}; the files beside the daily report ({@code _summary.csv}, {@code _summary-monthly.csv},
     * {@code _events.csv}), the data dictionaries and the weekly health reports ({@code 2026-W49_health.html}, kept
     * whatever CSV_RETENTION_DAYS: a few kB each, and the history of the heat pump's health). Group 1 is the date, group 2 the time of a report on demand,
     * group 3 its kind.
     */
    static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:(?:(T\\d{4})?_(daily|weekly)|T\\d{4}_\\d{4}-\\d{2}-\\d{2}T\\d{4}_range)\\.(?:csv|jsonl)"
                    + "|(?:_summary(?:-monthly)?|_events)\\.csv)|(?:summary-)?fields\\.csv|\\d{4}-W\\d{2}_health\\.html");

    static final int MAX_NAME = 64;

    /**
     * A folder of reports.
     *
     * @param controller whose reports it holds
     * @param name what it is listed as: the name of the daily or weekly folder, also for a controller's folder
     *     below it, so a reader tells the daily from the weekly reports whatever the controllers
     */
    public record Folder(Path path, String controller, String name) {

        /** A folder listed by its own name. */
        public Folder(Path path, String controller) {
            this(path, controller, nameOf(path));
        }

        /** The last part of a folder's path; the whole path for a root. */
        static String nameOf(Path path) {
            return path.getFileName() == null
                    ? path.toString()
                    : path.getFileName().toString();
        }
    }

    private final List<Folder> folders;

    /** @param folders in the order a name is looked up, each path once */
    public ReportFiles(List<Folder> folders) {
        this.folders = List.copyOf(folders);
    }

    /** One controller's reports in its daily and weekly folder (one folder when they are the same). */
    public static ReportFiles of(String controller, Path daily, Path weekly) {
        return new ReportFiles(
                daily.equals(weekly)
                        ? List.of(new Folder(daily, controller))
                        : List.of(new Folder(daily, controller), new Folder(weekly, controller)));
    }

    /** The reports in one folder, whoever's they are: enough to find the newest of a kind there. */
    static ReportFiles in(Path folder) {
        return new ReportFiles(List.of(new Folder(folder, "")));
    }

    /** The reports of one controller only. */
    public ReportFiles only(String controller) {
        return new ReportFiles(folders.stream()
                .filter(folder -> folder.controller().equals(controller))
                .toList());
    }

    /** Every report file, newest first. */
    public List<ReportFile> list() {
        List<ReportFile> entries = new ArrayList<>();
        for (Folder folder : folders) {
            if (!Files.isDirectory(folder.path())) {
                continue;
            }
            // only files: the folders of several controllers' reports below a folder are listed on their own
            try (Stream<Path> files = Files.list(folder.path())) {
                files.filter(file -> NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))
                        .forEach(file -> entries.add(entry(folder, file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder.path(), e);
            }
        }
        entries.sort(Comparator.comparing(ReportFile::modified)
                .reversed()
                .thenComparing(ReportFile::name)
                .thenComparing(ReportFile::controller));
        return entries;
    }

    /** The day of the newest report of a kind on schedule in a format, e.g. to find those missed since. */
    public Optional<LocalDate> newest(Kind kind, ExportFormat format) {
        return list().stream()
                .filter(entry -> entry.scheduled() && entry.kind().orElseThrow() == kind && entry.format() == format)
                .map(ReportFile::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** The folders of the reports, in the order a name is looked up. */
    public List<Path> folders() {
        return folders.stream().map(Folder::path).toList();
    }

    /** The folder a file is in, as listed; empty for a file outside these folders. */
    public Optional<Folder> folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return folders.stream()
                .filter(folder -> folder.path().toAbsolutePath().normalize().equals(parent))
                .findFirst();
    }

    /** Temporary files of reports whose writing a crash cut short (hidden, ending in .tmp). */
    public List<Path> leftovers() {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders()) {
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

    /**
     * The files of a report name, at most one per controller (the first of its folders that has one, daily
     * before weekly), in the order of the folders; none for anything that is not the name of an existing report.
     */
    public List<ReportFile> find(String name) {
        if (name == null || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            return List.of();
        }
        List<ReportFile> found = new ArrayList<>();
        for (Folder folder : folders) {
            Path file = folder.path().resolve(name).normalize();
            if (file.getParent().equals(folder.path().normalize())
                    && Files.isRegularFile(file)
                    && found.stream().noneMatch(entry -> entry.controller().equals(folder.controller()))) {
                found.add(entry(folder, file));
            }
        }
        return found;
    }

    private static ReportFile entry(Folder folder, Path file) {
        try {
            return new ReportFile(
                    file.getFileName().toString(),
                    file,
                    folder.controller(),
                    folder.name(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
