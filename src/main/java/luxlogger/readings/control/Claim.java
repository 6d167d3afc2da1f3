package luxlogger.readings.control;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the writer claims when it opens the database: the controllers this logger instance polls. When another
 * instance polls one of them (PostgreSQL, which several sites may share), nothing is written and {@code refused}
 * is told why.
 *
 * @param store who owns polls without a controller name, and the instance's name
 * @param controllers the names of the controllers this instance polls
 */
public record Claim(PollStore.Owners store, List<String> controllers, Consumer<String> refused) {

    /** Why this instance may not write: the controllers other instances poll, and how to put it right. */
    String refusal(Map<String, String> taken) {
        return taken.entrySet().stream()
                        .map(c -> "controller '" + c.getKey() + "' is polled by the instance '" + c.getValue() + "'")
                        .collect(Collectors.joining("; "))
                + " of this database, and this instance is '" + store.instance()
                + "': set INSTANCE_NAME to that name if this is that instance, or give the controller another name";
    }
}
