package luxlogger.diagnosis.entity;

/**
 * One measured figure of a finding, e.g. {@code ("starts per day", 14.0, "1/d")} or {@code ("flow-return spread",
 * 4.2, "K")}. {@code key} is stable for programs ({@code startsPerDay}), {@code label} is English for people.
 */
public record Figure(String key, String label, double value, String unit) {}
