package luxlogger.diagnosis.entity;

/**
 * The system's seasonal performance factor so far (heat over electricity since the season's start, from the
 * controller's own counters: "controller-reported"), placed in the benchmark range of its type.
 *
 * @param season e.g. {@code 2026/27}
 * @param factor null without electricity counters
 * @param source {@code air}, {@code ground} or {@code water}: which benchmarks apply
 * @param betterThanTenths "better than about N of 10 monitored air-source systems" (null where no distribution is
 *     published for the type)
 * @param text the sentence, e.g. "Controller-reported seasonal factor 3.9 since 1 September: better than about 4 of
 *     10 monitored air-source systems (heatpumpmonitor.org, median 4.00)."
 * @param sources the benchmarks it was compared with, with their sources
 */
public record Seasonal(
        String season, Double factor, String source, Integer betterThanTenths, String text, String sources) {}
