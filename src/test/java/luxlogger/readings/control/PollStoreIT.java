package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store inside the running server (Arquillian): real JPA, real transactions, real SQLite. Uses polls
 * of the year 2001, far from the server's own live polls.
 */
@ExtendWith(ArquillianExtension.class)
class PollStoreIT {

    private static final Instant START = Instant.parse("2001-03-01T00:00:00Z");
    private static final Duration STEP = Duration.ofSeconds(30);

    @Inject
    PollStore store;

    @Inject
    PollReader reader;

    @Deployment
    static WebArchive application() throws URISyntaxException {
        File assertj = new File(Assertions.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        // the product's own WAR under another name: the server's configuration names lux-logger.war already
        return ShrinkWrap.create(WebArchive.class, "pollstore-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/lux-logger.war")))
                .addClass(PollStoreIT.class)
                .addAsLibraries(assertj);
    }

    private static List<Snapshot> hours(int hours) {
        var model = new HeatPumpModel(Profile.CURRENT, 3, START);
        List<Snapshot> polls = new ArrayList<>();
        for (Instant t = START; t.isBefore(START.plus(Duration.ofHours(hours))); t = t.plus(STEP)) {
            polls.add(model.snapshotAt(t));
        }
        return polls;
    }

    private static List<ControllerPoll> heatpump(List<Snapshot> snapshots) {
        return snapshots.stream().map(s -> new ControllerPoll("heatpump", s)).toList();
    }

    private List<Snapshot> read(Instant from, Instant to) {
        List<Snapshot> read = new ArrayList<>();
        reader.forEach("heatpump", from, to, read::add);
        return read;
    }

    @Test
    void storesEachPollExactlyOnceLosslesslyAndRetentionDeletesOnlyTheOldOnes() throws Exception {
        Instant later = START.plus(Duration.ofDays(365));
        store.deleteBefore(later.plusSeconds(1), 10_000);
        List<Snapshot> polls = hours(8);
        store.store(heatpump(polls.subList(0, 500)));
        store.store(heatpump(polls.subList(400, polls.size())));
        Instant end = START.plus(Duration.ofHours(8));

        List<Snapshot> stored = read(START, end);
        assertThat(stored).hasSize(polls.size());
        assertThat(stored).containsExactlyElementsOf(polls);
        assertThat(reader.longestShape("heatpump", START, end)).isEqualTo(new Shape(1160, 269, 380));

        Instant cut = START.plus(Duration.ofHours(5));
        long deleted = store.deleteBefore(cut, 97);
        assertThat(deleted)
                .isEqualTo(polls.stream().filter(p -> p.time().isBefore(cut)).count());
        List<Snapshot> kept = read(START, end);
        assertThat(kept)
                .containsExactlyElementsOf(
                        polls.stream().filter(p -> !p.time().isBefore(cut)).toList());

        // a later poll that shares the keyframe of the deleted ones must stay readable
        Snapshot last = new HeatPumpModel(Profile.CURRENT, 3, START).snapshotAt(later);
        store.store(heatpump(List.of(last)));
        store.deleteBefore(end, 1000);
        assertThat(read(START, end)).isEmpty();
        assertThat(read(later, later.plusSeconds(1))).containsExactly(last);

        store.deleteBefore(later.plusSeconds(1), 1000);
        assertThat(read(START, later.plusSeconds(1))).isEmpty();
    }
}
