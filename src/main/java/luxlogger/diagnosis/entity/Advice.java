package luxlogger.diagnosis.entity;

/** One sentence of advice, in English and German. */
public record Advice(String en, String de) {}
