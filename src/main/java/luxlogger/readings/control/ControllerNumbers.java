package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import luxlogger.readings.entity.StoredController;

/**
 * The database's numbers for the controllers' names, which polls and keyframes carry instead of the name. A
 * name gets its number when its first poll is stored; numbers are remembered only once the transaction that
 * made them committed ({@link #commit}).
 */
final class ControllerNumbers {

    private final Map<String, Integer> known = new ConcurrentHashMap<>();
    /** Numbers made in the running transaction, known once it commits. */
    private final Map<String, Integer> made = new HashMap<>();

    /** The number of a stored controller, or empty when no poll of it was stored yet. */
    Optional<Integer> find(EntityManager em, String name) {
        Integer number = known.get(name);
        if (number != null) {
            return Optional.of(number);
        }
        List<Integer> found = em.createQuery("SELECT c.id FROM StoredController c WHERE c.name = :name", Integer.class)
                .setParameter("name", name)
                .getResultList();
        found.stream().findFirst().ifPresent(n -> known.put(name, n));
        return found.stream().findFirst();
    }

    /** The controller's number, made now (within the caller's transaction) when it has none yet. */
    int of(EntityManager em, String name, String instance) {
        Integer pending = made.get(name);
        if (pending != null) {
            return pending;
        }
        return find(em, name).orElseGet(() -> {
            Integer highest = em.createQuery("SELECT MAX(c.id) FROM StoredController c", Integer.class)
                    .getSingleResult();
            int number = highest == null ? 1 : highest + 1;
            em.persist(new StoredController(number, name, instance));
            made.put(name, number);
            return number;
        });
    }

    /** The transaction committed: its numbers are stored. */
    void commit() {
        known.putAll(made);
        made.clear();
    }

    /** The transaction rolled back: its numbers were not stored. */
    void rollback() {
        made.clear();
    }
}
