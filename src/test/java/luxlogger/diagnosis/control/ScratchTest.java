package luxlogger.diagnosis.control;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.energy.control.DaySummaries;
import luxlogger.journal.control.JournalReader;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @TempDir
    Path dir;

    @Test
    void print() throws Exception {
        try (var store = new StandaloneStore(dir.resolve("x.db"))) {
            Instant start = Instant.parse("2025-01-13T00:00:00Z");
            var model = new HeatPumpModel(Profile.CURRENT, 7, start);
            List<ControllerPoll> polls = new ArrayList<>();
            for (Instant t = start; t.isBefore(start.plus(Duration.ofDays(7)).plusSeconds(300)); t = t.plusSeconds(30)) {
                polls.add(new ControllerPoll("heatpump", model.snapshotAt(t)));
                if (polls.size() == 500) { store.store().store(polls); polls.clear(); }
            }
            store.store().store(polls);
            var reports = new HealthReports(store.reader(), new DaySummaries(store.entityManager(), store.transaction(), store.reader()), new JournalReader(store.entityManager()));
            long t0 = System.nanoTime(); var out = new java.io.PrintStream(new java.io.FileOutputStream("target/scratch.txt"), true);
            var report = reports.report(new HealthRequest("heatpump", start, start.plus(Duration.ofDays(7)), "2025-W03", ZoneOffset.UTC, Duration.ofSeconds(30), Month.SEPTEMBER, InstallationSettings.none(), Instant.parse("2025-02-01T00:00:00Z")));
            out.println("took ms " + (System.nanoTime() - t0) / 1e6);
            out.println("coverage " + report.coverage() + " severity " + report.severity() + " source " + report.source() + "/" + report.sourceFrom());
            out.println(report.seasonal());
            report.findings().forEach(f -> out.println(f.rule() + " " + f.id() + " " + f.severity() + " | " + f.summary() + "\n   " + f.figures() + "\n   " + f.evidence().stream().map(x -> x.text() + " " + x.link()).toList() + "\n   " + (f.advice() == null ? "" : f.advice().en())));
            report.days().forEach(System.out::println);
        }
    }
}
