package luxlogger.reports.control;

/** How full the data volume is against {@code DISK_MAX_PERCENT}; readiness maps it. */
public record DiskStatus(double usedPercent, int maxPercent) {

    public boolean full() {
        return usedPercent > maxPercent;
    }

    /** Why the disk is a problem; null when it is not. */
    public String problem() {
        return full() ? String.format("data volume %.1f %% full, above DISK_MAX_PERCENT=%d", usedPercent, maxPercent) : null;
    }
}
