package luxlogger.reports.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.configuration.control.WritableFolder;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.reports.entity.ReportSettings;

/**
 * Where each controller's reports go. With one controller, into the daily and weekly folder themselves, as before
 * there were several. With several, into a folder of its name in each, {@code <daily folder>/<name>/} and
 * {@code <weekly folder>/<name>/}, whichever form OUTPUT_DIRS takes: their reports share names, and must neither
 * replace nor be mistaken for each other's.
 *
 * @param controllers the names of the controllers, in the order configured
 * @param legacy the controller that reports written while there was only one belong to (CONTROLLER_NAME)
 */
public record ReportLayout(ReportSettings settings, List<String> controllers, String legacy) {

    public ReportLayout {
        controllers = List.copyOf(controllers);
    }

    public static ReportLayout of(ReportSettings settings, Controllers controllers) {
        return new ReportLayout(settings, controllers.names(), controllers.legacy());
    }

    public boolean several() {
        return controllers.size() > 1;
    }

    /** The report settings of one controller: its own folders. */
    public ReportSettings of(String controller) {
        return several() ? settings.under(controller) : settings;
    }

    /** The folders the reports are written to: each controller's daily and weekly folder, each once. */
    public List<Path> folders() {
        Set<Path> folders = new LinkedHashSet<>();
        for (String controller : controllers) {
            folders.add(of(controller).dailyDir());
            folders.add(of(controller).weeklyDir());
        }
        return List.copyOf(folders);
    }

    /**
     * Creates each controller's folders if needed and proves them writable, so a bad mount or a file in the way
     * shows as the reports start, not at the first report at CSV_TIME.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming OUTPUT_DIRS and the folder
     */
    public void prepare() {
        String variable = SettingsReader.variable("output.dirs");
        for (Path folder : folders()) {
            WritableFolder.prepare(variable, folder.toString(), folder);
        }
    }

    /**
     * The reports of every controller, each controller's daily folder before its weekly one. With several, the
     * daily and weekly folder themselves also hold the reports written while there was only one, as the legacy
     * controller's after its own: they are listed, downloaded and cleaned up like the others, not forgotten.
     */
    public ReportFiles files() {
        List<ReportFiles.Folder> folders = new ArrayList<>();
        for (String controller : controllers) {
            ReportSettings own = of(controller);
            add(folders, own.dailyDir(), controller, settings.dailyDir());
            add(folders, own.weeklyDir(), controller, settings.weeklyDir());
        }
        if (several()) {
            add(folders, settings.dailyDir(), legacy, settings.dailyDir());
            add(folders, settings.weeklyDir(), legacy, settings.weeklyDir());
        }
        return new ReportFiles(folders);
    }

    /** Adds the folder unless listed already, named as the daily or weekly folder it is in. */
    private static void add(List<ReportFiles.Folder> folders, Path path, String controller, Path listedAs) {
        if (folders.stream().noneMatch(folder -> folder.path().equals(path))) {
            folders.add(new ReportFiles.Folder(path, controller, ReportFiles.Folder.nameOf(listedAs)));
        }
    }
}
