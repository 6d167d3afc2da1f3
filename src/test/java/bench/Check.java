package bench;

import java.util.List;

/** One verdict of the soak: what was checked, what was seen, what was expected. */
record Check(String name, String seen, String expected, boolean passed) {

    static Check of(String name, Object seen, String expected, boolean passed) {
        return new Check(name, String.valueOf(seen), expected, passed);
    }

    /** Prints the checks as an aligned table; true when all passed. */
    static boolean print(List<Check> checks) {
        int name = "check".length();
        int seen = "seen".length();
        int expected = "expected".length();
        for (Check check : checks) {
            name = Math.max(name, check.name.length());
            seen = Math.max(seen, check.seen.length());
            expected = Math.max(expected, check.expected.length());
        }
        String format = "%-" + name + "s  %-" + seen + "s  %-" + expected + "s  %s%n";
        System.out.printf(format, "check", "seen", "expected", "verdict");
        boolean all = true;
        for (Check check : checks) {
            System.out.printf(format, check.name, check.seen, check.expected, check.passed ? "ok" : "FAILED");
            all &= check.passed;
        }
        return all;
    }
}
