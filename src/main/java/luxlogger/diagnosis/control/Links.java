package luxlogger.diagnosis.control;

import static luxlogger.luxtronik.entity.Group.CALCULATIONS;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import luxlogger.diagnosis.entity.Span;
import luxlogger.luxtronik.control.Catalog;

/**
 * The dashboard's chart of a span, as its hash route reads it ({@code src/main/webapp/app.js}, chartsPage):
 * {@code #/charts?from=ISO&to=ISO&fields=calculations.NAME,...&controller=NAME}.
 */
final class Links {

    private static final Catalog CATALOG = Catalog.standard();

    static final String FLOW = column(Sample.FLOW);
    static final String RETURN = column(Sample.RETURN);
    static final String RETURN_TARGET = column(Sample.RETURN_TARGET);
    static final String OUTDOOR = column(Sample.OUTDOOR);
    static final String TANK = column(Sample.TANK);
    static final String HOT_WATER_TARGET = column(Sample.HOT_WATER_TARGET);
    static final String COMPRESSOR = column(Sample.COMPRESSOR);
    static final String MODE = column(Sample.MODE);
    static final String HEAT_OUTPUT = column(Sample.HEAT_OUTPUT);
    static final String POWER_INPUT = column(Sample.POWER_INPUT);
    /** C48 {@code ID_WEB_ZW1out}, the first backup heater's output. */
    static final String BACKUP_HEATER = column(48);

    /** A point in time is shown with this much before and after it. */
    static final long AROUND_MILLIS = 30 * 60_000L;

    private final String controller;

    Links(String controller) {
        this.controller = controller;
    }

    private static String column(int calculation) {
        return CATALOG.field(CALCULATIONS, calculation).column();
    }

    /** A span of time with its chart. */
    Span span(long from, long to, String text, String... fields) {
        Instant start = Instant.ofEpochMilli(from).truncatedTo(ChronoUnit.SECONDS);
        Instant end = Instant.ofEpochMilli(to).truncatedTo(ChronoUnit.SECONDS);
        if (!end.isAfter(start)) {
            end = start.plusSeconds(1);
        }
        String link = "#/charts?from=" + start + "&to=" + end + "&fields="
                + Arrays.stream(fields).collect(Collectors.joining(",")) + "&controller="
                + URLEncoder.encode(controller, StandardCharsets.UTF_8);
        return new Span(start, end, text, link);
    }

    /** A moment (a defrost, an error), shown with half an hour either side. */
    Span around(long millis, String text, String... fields) {
        return span(millis - AROUND_MILLIS, millis + AROUND_MILLIS, text, fields);
    }
}
