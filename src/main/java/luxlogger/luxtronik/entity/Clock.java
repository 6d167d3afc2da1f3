package luxlogger.luxtronik.entity;

/**
 * The clock texts of the timer fields: HH:MM, zero-padded so text sorts. A poll holds about 500 timer values, so
 * the whole minutes of one day come from a table built once and allocate nothing.
 */
final class Clock {

    private static final int MINUTES_PER_DAY = 24 * 60;
    /** "00:00" … "24:00" for whole minutes. */
    private static final String[] TEXTS = texts();

    private Clock() {}

    /** Seconds since midnight as HH:MM, or HH:MM:SS when seconds are set. */
    static String ofSeconds(int seconds) {
        if (seconds % 60 == 0) {
            return ofMinutes(seconds / 60);
        }
        return ofMinutes(seconds / 60) + ":" + twoDigits(seconds % 60);
    }

    /** Minutes since midnight as HH:MM; past 24:00 the hours simply grow (25:00). */
    static String ofMinutes(int minutes) {
        if (minutes <= MINUTES_PER_DAY) {
            return TEXTS[minutes];
        }
        return twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60);
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String[] texts() {
        var texts = new String[MINUTES_PER_DAY + 1];
        for (int minutes = 0; minutes < texts.length; minutes++) {
            texts[minutes] = twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60);
        }
        return texts;
    }
}
