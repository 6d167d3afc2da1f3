package luxlogger.imports.control;

/** What a value of the earlier logger's JSON is, as far as turning it back goes. */
enum JsonKind {
    /** A number without fraction or exponent, as python printed its ints. */
    INTEGER,
    /** A number with a fraction or exponent, as python printed its floats. */
    REAL,
    STRING,
    TRUE,
    FALSE,
    NULL,
    /** An object or array, which the earlier logger never wrote as a value. */
    NESTED
}
