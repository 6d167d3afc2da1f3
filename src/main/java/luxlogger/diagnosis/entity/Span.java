package luxlogger.diagnosis.entity;

import java.time.Instant;

/**
 * A time span that shows a finding (a short run, the coldest day, a defrost at +8 °C ...), with {@code link}: the
 * dashboard's chart of that span and the fields that show it, relative to the server's root
 * ({@code #/charts?from=...&to=...&fields=...&controller=...}).
 */
public record Span(Instant from, Instant to, String text, String link) {}
