package luxlogger.reports.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import luxlogger.readings.entity.ExportFormat;

/**
 * How full the volumes of our files (the reports and the data folders: the spill file's, and with SQLite the
 * database's) are against {@code DISK_MAX_PERCENT}, and room made on a
 * report folder's volume that is too full by deleting its oldest reports first. The newest daily and weekly
 * report of each controller are never deleted, and deleting stops when it frees no space: a volume filled by something else must
 * not cost every report. Each deletion is logged; the database is never touched here. Thread-safe.
 */
public final class DiskSpace {

    private static final Logger LOG = System.getLogger(DiskSpace.class.getName());
    private static final String ONLY_NEWEST =
            "only the newest daily and weekly reports are left: something else fills the volume";
    private static final String NOTHING_FREED =
            "deleting a report freed no space, so no more are deleted: something else holds it";

    private final ReportFiles files;
    private final List<Path> dataFolders;
    private final ZoneId zone;
    private final int maxPercent;
    /** Per report folder: why the last {@link #makeRoom()} left its volume too full; readiness repeats it. */
    private volatile Map<Path, String> unresolved = Map.of();

    /**
     * @param dataFolders the folders of the spill file and SQLite's database, whose volumes are watched too (nothing
     *     in them is deleted here)
     * @param zone the zone in which a range report's file time makes its day, which orders it by age
     */
    public DiskSpace(ReportFiles files, List<Path> dataFolders, ZoneId zone, int maxPercent) {
        this.files = files;
        this.dataFolders = List.copyOf(dataFolders);
        this.zone = zone;
        this.maxPercent = maxPercent;
    }

    /**
     * Deletes the oldest reports of each report folder whose volume is fuller than allowed, whichever controller's
     * they are, until it is not, only the newest daily and weekly report of each controller are left, or a deletion frees no space; returns how many.
     */
    public synchronized int makeRoom() {
        List<ReportFile> entries = files.list();
        Set<Path> newest = newest(entries);
        Map<Path, String> stuck = new LinkedHashMap<>();
        int deleted = 0;
        for (var volume : volumes(files.folders()).entrySet()) {
            FileStore store = volume.getKey();
            List<ReportFile> oldestFirst = entries.stream()
                    .filter(entry -> entry.age(zone) != null
                            && !newest.contains(entry.path())
                            && volume.getValue().contains(entry.path().getParent()))
                    .sorted(Comparator.comparing((ReportFile entry) -> entry.age(zone))
                            .thenComparing(ReportFile::modified))
                    .toList();
            String why = usedPercent(store) > maxPercent ? ONLY_NEWEST : null;
            for (ReportFile entry : oldestFirst) {
                double used = usedPercent(store);
                if (used <= maxPercent) {
                    why = null;
                    break;
                }
                long free = usableSpace(store);
                if (entry.delete(
                        String.format(Locale.ROOT, "disk %.1f %% full, above DISK_MAX_PERCENT=%d", used, maxPercent))) {
                    deleted++;
                    if (usableSpace(store) <= free) {
                        why = NOTHING_FREED;
                        break;
                    }
                }
            }
            if (why != null && usedPercent(store) > maxPercent) {
                for (Path folder : volume.getValue()) {
                    stuck.put(folder, why);
                }
                if (!why.equals(unresolved.get(volume.getValue().get(0)))) {
                    LOG.log(
                            Level.WARNING,
                            "{0} stays fuller than DISK_MAX_PERCENT={1}: {2}",
                            names(volume.getValue()),
                            maxPercent,
                            why);
                }
            }
        }
        unresolved = stuck;
        return deleted;
    }

    /** The fullest volume of the data and report folders, and each one that is too full, and why. */
    public DiskStatus status() {
        List<Path> watched = new ArrayList<>(dataFolders);
        watched.addAll(files.folders());
        double fullest = 0;
        List<String> problems = new ArrayList<>();
        for (var volume : volumes(watched).entrySet()) {
            double used = usedPercent(volume.getKey());
            fullest = Math.max(fullest, used);
            if (used > maxPercent) {
                String why = volume.getValue().stream()
                        .map(unresolved::get)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .map(reason -> ": " + reason)
                        .orElse("");
                problems.add(String.format(
                        Locale.ROOT,
                        "%s: volume %.1f %% full, above DISK_MAX_PERCENT=%d%s",
                        names(volume.getValue()),
                        used,
                        maxPercent,
                        why));
            }
        }
        return new DiskStatus(fullest, maxPercent, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * The newest daily and the newest weekly report of each controller, on schedule or on demand, in each format: the
     * ones a full disk never costs.
     */
    private Set<Path> newest(List<ReportFile> entries) {
        Set<Path> newest = new HashSet<>();
        for (var controller : entries.stream()
                .collect(Collectors.groupingBy(ReportFile::controller))
                .values()) {
            for (Kind kind : Kind.values()) {
                for (ExportFormat format : ExportFormat.values()) {
                    controller.stream()
                            .filter(entry -> entry.kind().orElse(null) == kind
                                    && entry.format() == format
                                    && entry.date() != null)
                            .max(Comparator.comparing(ReportFile::date).thenComparing(ReportFile::modified))
                            .ifPresent(entry -> newest.add(entry.path()));
                }
            }
        }
        return newest;
    }

    /** The folders grouped by the volume they are on, measured at the nearest existing folder. */
    private static Map<FileStore, List<Path>> volumes(List<Path> folders) {
        Map<FileStore, List<Path>> volumes = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path existing = folder.toAbsolutePath();
            while (existing.getParent() != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            try {
                volumes.computeIfAbsent(Files.getFileStore(existing), store -> new ArrayList<>())
                        .add(folder);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot tell how full {0} is: {1}", folder, e.getMessage());
            }
        }
        return volumes;
    }

    private static double usedPercent(FileStore store) {
        try {
            long total = store.getTotalSpace();
            return total == 0 ? 0 : 100.0 * (total - store.getUsableSpace()) / total;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot tell how full {0} is: {1}", store, e.getMessage());
            return 0;
        }
    }

    private static long usableSpace(FileStore store) {
        try {
            return store.getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String names(List<Path> folders) {
        return folders.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
