package luxlogger.readings.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.stream.Collectors;

/**
 * The health of polling all controllers. With one controller it is that controller's. With several, readiness is
 * DOWN only when none of them answers or polls cannot be kept (the database they share refuses them): one
 * controller that is down is named, but the others' data still flows.
 *
 * @param controllers by name, in the order configured; empty when polling never started
 */
public record FleetHealth(Map<String, PollingHealth> controllers) {

    public FleetHealth {
        controllers = Collections.unmodifiableMap(new LinkedHashMap<>(controllers));
    }

    /** True when polling started. */
    public boolean polling() {
        return !controllers.isEmpty();
    }

    /** Why readiness is DOWN; null when it is UP. */
    public String unready() {
        if (controllers.isEmpty()) {
            return PollingHealth.idle().unready();
        }
        if (controllers.size() == 1) {
            return controllers.values().iterator().next().unready();
        }
        if (controllers.values().stream().allMatch(PollingHealth::silent)) {
            return "no controller answers: " + problems(failing());
        }
        return controllers.values().stream()
                .filter(health -> !health.ready() && !health.silent())
                .map(PollingHealth::unready)
                .findFirst()
                .orElse(null);
    }

    /** The controllers that are not ready, each with its problem. */
    public Map<String, String> failing() {
        return controllers.entrySet().stream()
                .filter(entry -> !entry.getValue().ready())
                .collect(Collectors.toMap(
                        Entry::getKey, entry -> entry.getValue().unready(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The loops that look stuck, each with its problem; a stuck loop is a reason to restart the logger. */
    public Map<String, String> stuck() {
        return controllers.entrySet().stream()
                .filter(entry -> !entry.getValue().live())
                .collect(Collectors.toMap(
                        Entry::getKey, entry -> entry.getValue().stuck(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String problems(Map<String, String> failing) {
        List<String> named = failing.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .toList();
        return String.join("; ", named);
    }
}
