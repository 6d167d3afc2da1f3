package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast reading of the usual rows gives exactly what the JSON-P parser gives, row after row. */
class FlatJsonTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    @Test
    void readsTheBerlinSampleAsTheParserDoes() throws Exception {
        List<Object> stamps = new ArrayList<>();
        List<byte[]> rows = new ArrayList<>();
        try (CacheFile cache = CacheFile.open(Samples.database(Samples.BERLIN, folder))) {
            cache.rows((timestamp, json) -> {
                stamps.add(timestamp);
                rows.add(json);
            });
        }
        var fastTally = new Tally();
        var fast = new RowConverter(LegacyFields.standard(), BERLIN, fastTally);
        var parsedTally = new Tally();
        var parsed = new RowValues(LegacyFields.standard(), BERLIN);
        var parser = new JsonRow(LegacyFields.standard());
        var flat = new FlatJson(LegacyFields.standard());
        int usual = 0;

        for (int i = 0; i < rows.size(); i++) {
            var time = LegacyPolls.time(stamps.get(i));
            parsed.row(time);
            parser.read(new String(rows.get(i), StandardCharsets.UTF_8), parsed);
            Snapshot expected = parsed.snapshot(time, parsedTally);
            assertThat(fast.convert(time, rows.get(i))).as("row " + i).isEqualTo(expected);
            var probe = new RowValues(LegacyFields.standard(), BERLIN);
            probe.row(time);
            usual += flat.read(rows.get(i), probe) ? 1 : 0;
        }

        assertThat(usual).as("rows read the fast way").isEqualTo(rows.size());
        assertThat(fastTally.report()).isEqualTo(parsedTally.report());
    }
}
