package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.FailedPoll;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;
import luxlogger.readings.entity.PollFailure;

/**
 * Polls of every controller into the database through JPA: raw and lossless, each a compact delta against a keyframe stored with it
 * (see {@link PollEncoder}), so that a later decoding fix also corrects old data; and out again when they are
 * past retention. Writes are explicit transactions, and the encoder's state is kept only after a commit
 * succeeded. {@link PollReader} reads them.
 */
@ApplicationScoped
public class PollStore {

    private static final Logger LOG = System.getLogger(PollStore.class.getName());

    @PersistenceContext(unitName = "readings")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    final ControllerNumbers numbers = new ControllerNumbers();
    private final Claims claims = new Claims(numbers);
    /** Per controller number: what its next poll is encoded against; absent until its first store after start. */
    private volatile Map<Integer, PollEncoder> encoders = Map.of();
    /** Who owns the polls of the single-controller days, and who polls the controllers stored from now on. */
    private volatile Owners owners = new Owners(NamedController.DEFAULT_NAME, null);

    /**
     * @param legacy the controller a poll without a name belongs to ({@code CONTROLLER_NAME})
     * @param instance the logger instance that stores ({@code INSTANCE_NAME}); null for a tool
     */
    public record Owners(String legacy, String instance) {}

    /** Sets who owns polls without a controller name, and whose controllers new ones are. */
    public void owners(Owners owners) {
        this.owners = owners;
    }

    /** Stores the polls in one transaction, as {@link #store(List, List)} without failed polls. */
    public void store(List<ControllerPoll> polls) throws StoreException {
        store(polls, List.of());
    }

    /**
     * Stores the failed polls and then the polls in one transaction, so that a failure is never committed after
     * the poll that followed it. A poll or failure already stored (same controller and instant) is skipped, so a
     * replay after a crash stores each exactly once. In a shared database, a poll of a controller that another
     * instance polls is not stored either: the spill file of a run under another name or configuration may hold
     * some, and they are not that instance's heat pump's.
     *
     * @throws StoreException when the database cannot take them; nothing of them is stored then
     */
    public synchronized void store(List<ControllerPoll> polls, List<PollFailure> failures) throws StoreException {
        try {
            Map<String, Integer> foreign = new TreeMap<>();
            encoders = Transactions.write(transaction, () -> {
                foreign.clear();
                for (PollFailure failure : failures) {
                    long time = failure.time().toEpochMilli();
                    ours(failure.controller(), new TreeMap<>())
                            .filter(c -> em.find(FailedPoll.class, new FailedPoll.Key(c, time)) == null)
                            .ifPresent(c -> em.persist(new FailedPoll(c, time, failure.reason())));
                }
                Map<Integer, PollEncoder> drafts = new HashMap<>(encoders);
                Map<Integer, PollEncoder> copied = new HashMap<>();
                for (ControllerPoll poll : polls) {
                    Optional<Integer> number = ours(poll.controller(), foreign);
                    if (number.isEmpty()) {
                        continue;
                    }
                    int controller = number.get();
                    PollEncoder draft = copied.computeIfAbsent(controller, c -> {
                        PollEncoder stored = drafts.get(c);
                        return stored == null ? PollEncoder.resume(em, c) : stored.copy();
                    });
                    Instant time = poll.snapshot().time();
                    if (draft.isNew(time)
                            || em.find(Poll.class, new Poll.Key(controller, time.toEpochMilli())) == null) {
                        draft.encode(
                                        controller,
                                        poll.snapshot(),
                                        id -> em.find(Keyframe.class, new Keyframe.Key(controller, id)))
                                .entities()
                                .forEach(em::persist);
                    }
                }
                // flushing here makes a refused write fail in this code, with one log line, instead of inside the
                // transaction manager's commit callback, which logs a stack trace every time
                em.flush();
                drafts.putAll(copied);
                return Map.copyOf(drafts);
            });
            numbers.commit();
            foreign.forEach((controller, count) -> LOG.log(
                    Level.WARNING,
                    "Not storing {0} polls of the controller ''{1}'' polls in this database",
                    count,
                    controller));
        } catch (Exception e) {
            numbers.rollback();
            throw new StoreException("database write failed: " + Transactions.rootMessage(e), e);
        }
    }

    /**
     * Polls of a controller from elsewhere (the earlier logger's database), stored as live ones are but encoded apart
     * from them, in batches of {@link ImportedPolls#store}.
     */
    public ImportedPolls imported(String controller) {
        return new ImportedPolls(this, controller);
    }

    /** Imported polls up to {@code newest} were committed: the live encoder takes none of them for new any more. */
    synchronized void imported(int controller, Instant newest) {
        PollEncoder live = encoders.get(controller);
        if (live != null && live.isNew(newest)) {
            Map<Integer, PollEncoder> next = new HashMap<>(encoders);
            next.put(controller, live.copy().stored(newest));
            encoders = Map.copyOf(next);
        }
    }

    /** The number of a controller this instance stores (null: the legacy one); empty, counted, for another's. */
    Optional<Integer> ours(String name, Map<String, Integer> foreign) {
        String controller = name == null ? owners.legacy() : name;
        Optional<String> other = claims.otherInstance(em, controller, owners.instance());
        if (other.isPresent()) {
            foreign.merge(controller + "', which the instance '" + other.get(), 1, Integer::sum);
            return Optional.empty();
        }
        return Optional.of(numbers.of(em, controller, owners.instance()));
    }

    /**
     * Marks the controllers as polled by this logger instance ({@link Owners#instance}): all of them, or none when
     * another instance polls one of them, so that an instance that refuses to start holds no claim.
     *
     * @param exclusive true when a controller another instance polls must stay that instance's (PostgreSQL,
     *     which several sites may share); false where the database is this logger's own (an SQLite file)
     * @return the controllers another instance polls, by name, with that instance's name; empty when all are ours
     */
    public synchronized Map<String, String> claim(List<String> names, boolean exclusive) throws StoreException {
        try {
            Transactions.write(transaction, () -> {
                claims.claim(em, names, owners.instance(), exclusive);
                return null;
            });
            numbers.commit();
            claims.committed(names, exclusive);
            return Map.of();
        } catch (Claims.Refused refused) {
            numbers.rollback();
            return refused.taken();
        } catch (Exception e) {
            numbers.rollback();
            throw new StoreException("cannot record the controllers: " + Transactions.rootMessage(e), e);
        }
    }

    /**
     * Deletes polls older than the instant, a batch per transaction so the writer is never held long, then
     * the failed polls as old and the keyframes no poll refers to any more.
     *
     * @return the number of polls deleted
     */
    public long deleteBefore(Instant before, int batch) throws StoreException {
        try {
            List<Integer> controllers = Transactions.run(
                    transaction,
                    () -> em.createQuery("SELECT c.id FROM StoredController c", Integer.class)
                            .getResultList());
            long deleted = 0;
            for (int controller : controllers) {
                for (int n = deleteBatch(controller, before, batch);
                        n > 0;
                        n = deleteBatch(controller, before, batch)) {
                    deleted += n;
                }
            }
            return deleted;
        } catch (Exception e) {
            throw new StoreException("deleting old polls failed: " + Transactions.rootMessage(e), e);
        }
    }

    /**
     * One batch of a controller's old polls, or its old failed polls and unused keyframes once no poll is left. Writes are
     * taken one at a time, as {@link #store} takes them: a read that turns into a write while another connection
     * wrote fails in SQLite (SQLITE_BUSY_SNAPSHOT).
     */
    private synchronized int deleteBatch(int controller, Instant before, int batch) throws Exception {
        var old = new OldPolls(em, controller);
        return Transactions.write(transaction, () -> {
            int deleted = old.delete(before, batch);
            if (deleted == 0) {
                old.deleteFailed(before);
                // the keyframe new polls refer to stays, even before a poll refers to it
                old.deleteUnusedKeyframes(Optional.ofNullable(encoders.get(controller))
                        .flatMap(PollEncoder::keyframe)
                        .map(Instant::toEpochMilli));
            }
            return deleted;
        });
    }
}
