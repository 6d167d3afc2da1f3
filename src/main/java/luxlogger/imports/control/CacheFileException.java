package luxlogger.imports.control;

import java.nio.file.Path;

/**
 * The earlier logger's database cannot be imported as it is: not an SQLite file, another schema, still being
 * written, or unreadable. Nothing was changed; the message names the file and what is wrong.
 */
public class CacheFileException extends Exception {

    private final String problem;

    CacheFileException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
        this.problem = problem;
    }

    CacheFileException(Path file, String problem) {
        this(file, problem, null);
    }

    /** What is wrong, without the file's name, e.g. {@code is not an SQLite database}. */
    public String problem() {
        return problem;
    }
}
