package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;

import java.util.List;
import luxlogger.diagnosis.entity.Finding;

/** The twelve rules of DIAGNOSTICS.md in order, each judged only where the period is covered enough. */
final class Findings {

    static final List<Check> CHECKS = List.of(
            new ShortCycling(),
            new Oversizing(),
            new FlowReturnSpread(),
            new CurveTooHigh(),
            new CurveTooLow(),
            new ShareOfCarnot(),
            new HotWater(),
            new DefrostCheck(),
            new BackupHeaterCheck(),
            new StandbyCheck(),
            new RecurringFaults(),
            new DataGaps());

    private Findings() {}

    /** Every rule's finding; below the coverage needed all but the data gaps say "not enough data". */
    static List<Finding> of(Evidence evidence) {
        double coverage = evidence.coverage();
        double needed = evidence.coverageNeeded();
        return CHECKS.stream()
                .map(check -> coverage < needed && check.rule().number() != DataGaps.RULE.number()
                        ? check.rule()
                                .unsupported("not enough data: " + number(Math.floor(coverage), 0) + " % covered ("
                                        + number(needed, 0) + " % needed)")
                        : check.check(evidence))
                .toList();
    }
}
