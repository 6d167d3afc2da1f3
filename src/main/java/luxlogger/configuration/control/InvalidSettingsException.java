package luxlogger.configuration.control;

import java.util.List;

/** One or more configuration values are unusable; each problem is one line naming its variable. */
public class InvalidSettingsException extends RuntimeException {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
