package luxlogger.energy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import luxlogger.energy.entity.DaySummary;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.Transactions;

/**
 * The day summaries of the controllers, kept in the database and computed from the stored polls when asked for:
 * a day without a row, with a row computed before the day was over (its closing poll after midnight included),
 * or by older rules is computed (again) first. Rows of days that received polls late are forgotten
 * ({@link #forget}) and so computed again at the next request.
 */
@ApplicationScoped
public class DaySummaries {

    private static final Logger LOG = System.getLogger(DaySummaries.class.getName());

    /** Rows are written through the writer's unit: short transactions, one row each. */
    @PersistenceContext(unitName = "readings")
    EntityManager writer;

    @PersistenceContext(unitName = "readers")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    PollReader polls;

    /** For CDI. */
    public DaySummaries() {}

    /** Without the server, e.g. after an import on the command line: one entity manager writes and reads. */
    public DaySummaries(EntityManager em, UserTransaction transaction, PollReader polls) {
        this.writer = em;
        this.em = em;
        this.transaction = transaction;
        this.polls = polls;
    }

    /**
     * The summaries of the days {@code [from, to]} that have polls, in date order, each computed first if it has
     * no current row. Days before the first poll or after the last one are left out.
     *
     * @param interval the poll interval: gaps over three intervals count as not covered
     */
    public synchronized List<DaySummary> days(
            String controller, LocalDate from, LocalDate to, ZoneId zone, Duration interval, Instant now) {
        Optional<Integer> number = polls.number(controller);
        if (number.isEmpty()) {
            return List.of();
        }
        // MIN and MAX apart: SQLite answers each from the primary key's ends, but both in one query by reading every
        // poll of the controller (147 ms against 3 ms for a year of polls)
        Long oldest = pollTime("MIN", number.get());
        if (oldest == null) {
            return List.of();
        }
        LocalDate first = max(from, Instant.ofEpochMilli(oldest).atZone(zone).toLocalDate());
        LocalDate last = min(
                to,
                Instant.ofEpochMilli(pollTime("MAX", number.get())).atZone(zone).toLocalDate());
        Map<String, DaySummary> stored = new HashMap<>();
        em.createQuery(
                        "SELECT d FROM DaySummary d WHERE d.controller = :c AND d.day >= :from AND d.day <= :to",
                        DaySummary.class)
                .setParameter("c", number.get())
                .setParameter("from", first.toString())
                .setParameter("to", last.toString())
                .getResultList()
                .forEach(row -> stored.put(row.day, row));
        List<DaySummary> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DaySummary row = stored.get(day.toString());
            if (row == null || row.rules != DayCalculation.RULES || row.computed < closing(day, zone, interval)) {
                row = compute(controller, number.get(), day, zone, interval, now);
            }
            if (row != null) {
                days.add(row);
            }
        }
        return days;
    }

    /**
     * Keeps rows that {@link DayCalculation} computed elsewhere from the same polls (the health report computes the
     * days of its period in its own pass over them) in place of the stored ones; a row computed before its day was
     * over is computed again when next asked for, as any other. Rows that cannot be kept are logged and cost nothing.
     */
    public synchronized void keep(String controller, List<DaySummary> rows, Instant now) {
        Optional<Integer> number = polls.number(controller);
        if (number.isEmpty() || rows.isEmpty()) {
            return;
        }
        try {
            inTransaction(() -> {
                for (DaySummary row : rows) {
                    row.controller = number.get();
                    row.computed = now.toEpochMilli();
                    // the delete first, as in compute: SQLite then holds the write lock before anything is read
                    writer.createQuery("DELETE FROM DaySummary d WHERE d.controller = :c AND d.day = :day")
                            .setParameter("c", number.get())
                            .setParameter("day", row.day)
                            .executeUpdate();
                    writer.persist(row);
                }
                return null;
            });
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "Summaries of {0} not kept: {1}", controller, e.getMessage());
        }
    }

    /** The time of the controller's oldest ({@code MIN}) or newest ({@code MAX}) poll; null without polls. */
    private Long pollTime(String end, int controller) {
        return em.createQuery("SELECT " + end + "(p.time) FROM Poll p WHERE p.controller = :c", Long.class)
                .setParameter("c", controller)
                .getSingleResult();
    }

    /** Forgets the rows of the days {@code [from, to]}, which are computed again when next asked for. */
    public int forget(String controller, LocalDate from, LocalDate to) {
        Optional<Integer> number = polls.number(controller);
        if (number.isEmpty()) {
            return 0;
        }
        return inTransaction(() -> writer.createQuery(
                        "DELETE FROM DaySummary d WHERE d.controller = :c AND d.day >= :from AND d.day <= :to")
                .setParameter("c", number.get())
                .setParameter("from", from.toString())
                .setParameter("to", to.toString())
                .executeUpdate());
    }

    private DaySummary compute(
            String controller, int number, LocalDate day, ZoneId zone, Duration interval, Instant now) {
        var calculation = new DayCalculation(day, zone, interval);
        AtomicLong unreadable = new AtomicLong();
        polls.forEach(controller, calculation.from(), calculation.to(), calculation, problem -> {
            unreadable.incrementAndGet();
        });
        if (unreadable.get() > 0) {
            LOG.log(Level.WARNING, "Summary of {0} on {1}: {2} unreadable polls left out", controller, day, unreadable);
        }
        DaySummary row = calculation.result();
        if (row.samples == 0) {
            return null;
        }
        row.controller = number;
        row.day = day.toString();
        row.computed = now.toEpochMilli();
        try {
            // the delete first: SQLite then holds the write lock before the transaction reads anything, so another
            // writer in between (the polls, the journal) cannot make the insert fail with SQLITE_BUSY_SNAPSHOT
            inTransaction(() -> {
                writer.createQuery("DELETE FROM DaySummary d WHERE d.controller = :c AND d.day = :day")
                        .setParameter("c", number)
                        .setParameter("day", row.day)
                        .executeUpdate();
                writer.persist(row);
                return null;
            });
        } catch (IllegalStateException e) {
            // the row is derived: it is answered all the same and computed again when next asked for
            LOG.log(Level.WARNING, "Summary of {0} on {1} not kept: {2}", controller, day, e.getMessage());
        }
        return row;
    }

    /** When a day's row is final: after the first poll of the next day could have been stored. */
    static long closing(LocalDate day, ZoneId zone, Duration interval) {
        return new DayCalculation(day, zone, interval).to().toEpochMilli();
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            return Transactions.write(transaction, work);
        } catch (Exception e) {
            throw new IllegalStateException("storing day summaries failed: " + Transactions.rootMessage(e), e);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
