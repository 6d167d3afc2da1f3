package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which logger instance polls which controller, in the database's controller table: several instances, one per
 * site, may share one PostgreSQL database, and none may write polls under a name another one polls. An SQLite
 * file is one logger's own: there an instance takes its controllers over, so that a new host name (a new
 * container) never locks the owner out.
 */
final class Claims {

    private final ControllerNumbers numbers;
    /** Set once this instance claimed its controllers in a database that other instances write too. */
    private volatile boolean shared;
    /** The controllers this instance claimed: no other instance can take them while it holds them. */
    private volatile Set<String> ours = Set.of();

    Claims(ControllerNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * Marks the controllers as polled by this instance, within the caller's transaction. A stored controller is
     * taken in one statement that holds only while it is free or ours, so that of two instances claiming it at
     * once (PostgreSQL, READ COMMITTED) the second sees the first's claim instead of overwriting it.
     *
     * @param exclusive true when a controller another instance polls must stay that instance's (a shared database)
     * @throws Refused when another instance polls one of them; the caller rolls the transaction back, so that an
     *     instance that refuses to start holds no claim
     */
    void claim(EntityManager em, List<String> names, String instance, boolean exclusive) throws Refused {
        var taken = new LinkedHashMap<String, String>();
        for (String name : names) {
            Optional<Integer> stored = numbers.find(em, name);
            if (stored.isEmpty()) {
                numbers.of(em, name, instance);
                continue;
            }
            int claimed = em.createQuery("UPDATE StoredController c SET c.instance = :instance WHERE c.id = :id"
                            + (exclusive ? " AND (c.instance IS NULL OR c.instance = :instance)" : ""))
                    .setParameter("instance", instance)
                    .setParameter("id", stored.get())
                    .executeUpdate();
            if (claimed == 0) {
                taken.put(name, owner(em, stored.get()).orElse("?"));
            }
        }
        if (!taken.isEmpty()) {
            throw new Refused(taken);
        }
    }

    /** The claim of these controllers committed: from now on polls of another instance's are not ours to store. */
    void committed(List<String> names, boolean exclusive) {
        ours = Set.copyOf(names);
        shared = exclusive;
    }

    /**
     * In a shared database, the instance other than {@code instance} that polls the controller; else empty. The
     * database is asked only for a controller this instance did not claim (a poll spilled before a rename or by a
     * refused run), not at every poll.
     */
    Optional<String> otherInstance(EntityManager em, String name, String instance) {
        if (!shared || ours.contains(name)) {
            return Optional.empty();
        }
        return numbers.find(em, name).flatMap(number -> owner(em, number)).filter(owner -> !owner.equals(instance));
    }

    private static Optional<String> owner(EntityManager em, int number) {
        return em
                .createQuery("SELECT c.instance FROM StoredController c WHERE c.id = :id", String.class)
                .setParameter("id", number)
                .getResultList()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Another instance polls some of the controllers: by name, with that instance's name. */
    static final class Refused extends Exception {

        private final transient Map<String, String> taken;

        Refused(Map<String, String> taken) {
            super("claimed by other instances: " + taken, null, false, false);
            this.taken = Map.copyOf(taken);
        }

        Map<String, String> taken() {
            return taken;
        }
    }
}
