package luxlogger.reports.control;

/**
 * How full the volumes of the data are against {@code DISK_MAX_PERCENT}; readiness maps it.
 *
 * @param usedPercent the fill level of the fullest volume
 * @param problem which volumes are too full and why deleting reports did not help; null when none is
 */
public record DiskStatus(double usedPercent, int maxPercent, String problem) {

    public boolean full() {
        return problem != null;
    }
}
