package luxlogger.luxtronik.entity;

/**
 * The lengths of a snapshot's three arrays. Firmware decides them (an update appends values), so they say
 * which snapshots can share a keyframe and which fields a report of several snapshots needs.
 */
public record Shape(int parameters, int calculations, int visibilities) {

    /** No arrays at all: what a range without polls has. */
    public static final Shape NONE = new Shape(0, 0, 0);

    public Shape {
        if (parameters < 0 || calculations < 0 || visibilities < 0) {
            throw new IllegalArgumentException(
                    "negative array length in " + parameters + "/" + calculations + "/" + visibilities);
        }
    }

    /** The length of one group's array. */
    public int length(Group group) {
        return switch (group) {
            case PARAMETERS -> parameters;
            case CALCULATIONS -> calculations;
            case VISIBILITIES -> visibilities;
        };
    }

    /** Number of values in all three arrays. */
    public int size() {
        return parameters + calculations + visibilities;
    }

    /** The longer of each length: the shape that holds the values of both. */
    public Shape max(Shape other) {
        return new Shape(
                Math.max(parameters, other.parameters),
                Math.max(calculations, other.calculations),
                Math.max(visibilities, other.visibilities));
    }
}
