package luxlogger.diagnosis.control;

import luxlogger.diagnosis.entity.Finding;

/** One rule's check of a period's evidence. */
interface Check {

    Rule rule();

    /** What the rule finds; called only with enough coverage (except rule 12, which judges the coverage). */
    Finding check(Evidence evidence);
}
