package luxlogger.luxtronik.entity;

/** The three value spaces of the controller, each read with its own command. */
public enum Group {
    PARAMETERS("parameters", 3003),
    CALCULATIONS("calculations", 3004),
    VISIBILITIES("visibilities", 3005);

    private final String key;
    private final int command;

    Group(String key, int command) {
        this.key = key;
        this.command = command;
    }

    /** Lower-case name used in column names, e.g. {@code calculations}. */
    public String key() {
        return key;
    }

    /** The read command that returns this group. */
    public int command() {
        return command;
    }
}
