package luxlogger.imports.control;

/**
 * Turns the earlier logger's values back into the raw integers python-luxtronik 7a0eda74 decoded them from. Each
 * inverse checks itself by decoding its result again the way python-luxtronik did and comparing with the value it
 * was given: a value no raw integer decodes to (rounded, cut or written by something else) is a {@link #MISS},
 * never the nearest raw value.
 */
final class Inverse {

    /** No 32-bit raw value decodes to the given value. */
    static final long MISS = Long.MIN_VALUE;

    private Inverse() {}

    /**
     * A scaled number: python multiplied the raw integer by {@code factor} (0.1 or 0.01) in binary floating point
     * and printed the shortest text that reads back as the same double (48.300000000000004 for 483 × 0.1). So
     * round(value × divisor) is the only candidate, and it is right only if it multiplies back to the same double.
     */
    static long scaled(String number, int divisor, double factor) {
        double value = Double.parseDouble(number);
        long raw = Math.round(value * divisor);
        return Double.compare(raw * factor, value) == 0 ? int32(raw) : MISS;
    }

    /** 1 + raw / 2 hours. */
    static long hours2(String number) {
        double value = Double.parseDouble(number);
        long raw = Math.round((value - 1) * 2);
        return Double.compare(1 + raw / 2.0, value) == 0 ? int32(raw) : MISS;
    }

    /** A dotted quad, most significant byte first (192.168.88.11 is -1062709237). */
    static long ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return MISS;
        }
        int raw = 0;
        for (String part : parts) {
            long octet = number(part);
            if (octet < 0 || octet > 255 || !String.valueOf(octet).equals(part)) {
                return MISS;
            }
            raw = raw << 8 | (int) octet;
        }
        return raw;
    }

    /** One character for its code; the empty string for 0. */
    static long character(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int code = text.codePointAt(0);
        // code 0 printed as the empty string, so a NUL character came from elsewhere
        return code > 0 && Character.charCount(code) == text.length() ? code : MISS;
    }

    /** "major.minor" of major × 100 + minor, the minor unpadded ("1.5" is 105, "1.50" is 150); "0" for 0. */
    static long majorMinor(String text) {
        if (text.equals("0")) {
            return 0;
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return MISS;
        }
        long major = number(text.substring(0, dot));
        long minor = number(text.substring(dot + 1));
        long raw = major * 100 + minor;
        boolean back = major >= 0 && minor >= 0 && minor < 100 && raw > 0;
        return back && (raw / 100 + "." + raw % 100).equals(text) ? int32(raw) : MISS;
    }

    /** Seconds since midnight from "H:MM" or "H:MM:SS" (python's floor division, so negative raws print too). */
    static long timeOfDay(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2 && parts.length != 3) {
            return MISS;
        }
        long hours = number(parts[0]);
        long minutes = number(parts[1]);
        long seconds = parts.length == 3 ? number(parts[2]) : 0;
        if (hours == MISS || minutes == MISS || seconds == MISS) {
            return MISS;
        }
        long raw = hours * 3600 + minutes * 60 + seconds;
        return int32(raw) != MISS && timeOfDay(raw).equals(text) ? raw : MISS;
    }

    /** Start and end in minutes since midnight, "H:MM-H:MM": the start is the low half, the end the high half. */
    static long timeOfDay2(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            return MISS;
        }
        long low = minutes(text.substring(0, dash));
        long high = minutes(text.substring(dash + 1));
        if (low == MISS || high == MISS) {
            return MISS;
        }
        long raw = high * 65536 + low;
        return int32(raw) != MISS && timeOfDay2(raw).equals(text) ? raw : MISS;
    }

    private static String timeOfDay(long raw) {
        long seconds = Math.floorMod(raw, 60);
        return Math.floorDiv(raw, 3600) + ":" + two(Math.floorMod(Math.floorDiv(raw, 60), 60))
                + (seconds > 0 ? ":" + two(seconds) : "");
    }

    private static String timeOfDay2(long raw) {
        long low = raw & 0xFFFF;
        long high = raw >> 16;
        return low / 60 + ":" + two(low % 60) + "-" + Math.floorDiv(high, 60) + ":" + two(Math.floorMod(high, 60));
    }

    private static long minutes(String text) {
        int colon = text.indexOf(':');
        long hours = colon < 0 ? MISS : number(text.substring(0, colon));
        long minutes = colon < 0 ? MISS : number(text.substring(colon + 1));
        return hours == MISS || minutes == MISS ? MISS : hours * 60 + minutes;
    }

    private static String two(long number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** A decimal integer of at most nine digits, or MISS; the re-decoding check catches what else is off. */
    private static long number(String text) {
        int digits = text.startsWith("-") ? text.length() - 1 : text.length();
        if (digits < 1 || digits > 9) {
            return MISS;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return MISS;
        }
    }

    private static long int32(long raw) {
        return raw >= Integer.MIN_VALUE && raw <= Integer.MAX_VALUE ? raw : MISS;
    }
}
