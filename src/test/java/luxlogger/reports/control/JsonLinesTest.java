package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.control.ReadingsJson;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines reports, read back from real files and held against the CSV of the same polls. */
class JsonLinesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SEVEN = Instant.parse("2026-01-31T06:00:00Z");
    private static final Catalog CATALOG = Catalog.standard();
    private static final Columns CURRENT_COLUMNS = Columns.forShape(CATALOG, new Shape(1160, 269, 380));

    @TempDir
    Path folder;

    private final ReportWriter writer = new ReportWriter(CATALOG, BERLIN, Dialect.STANDARD, false);

    @Test
    void writesOneObjectPerPollWithTheTimeFirstThenEveryFieldInCatalogOrder() throws Exception {
        List<Snapshot> polls = simulated(3);

        Report report = write("2026-01-31_daily.jsonl", CURRENT_COLUMNS, polls, ExportFormat.JSONL);

        List<String> lines = Files.readAllLines(report.path());
        assertThat(lines).hasSize(3);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.columns()).isEqualTo(1 + CURRENT_COLUMNS.size());
        assertThat(Files.readString(report.path())).endsWith("}\n");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith("{\"time\":\"" + polls.get(i).time() + "\",");
            JsonObject object = parse(lines.get(i));
            List<String> keys = new ArrayList<>(List.of("time"));
            keys.addAll(CURRENT_COLUMNS.names());
            assertThat(new ArrayList<>(object.keySet())).containsExactlyElementsOf(keys);
        }
    }

    @Test
    void givesTheValuesOfTheCsvOfTheSamePolls() throws Exception {
        List<Snapshot> polls = simulated(120);

        List<String[]> csv = ReportWriterTest.read(
                write("day.csv", CURRENT_COLUMNS, polls, ExportFormat.CSV).path(), Dialect.STANDARD);
        List<String> jsonl = Files.readAllLines(
                write("day.jsonl", CURRENT_COLUMNS, polls, ExportFormat.JSONL).path());

        assertThat(jsonl).hasSize(csv.size() - 1);
        List<String> header = Arrays.asList(csv.get(0));
        int compared = 0;
        for (int row = 0; row < jsonl.size(); row++) {
            JsonObject object = parse(jsonl.get(row));
            String[] cells = csv.get(row + 1);
            assertThat(Instant.parse(object.getString("time")).getEpochSecond()).isEqualTo(Long.parseLong(cells[1]));
            for (int column = 2; column < header.size(); column++) {
                assertSame(object.get(header.get(column)), cells[column], header.get(column));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(120 * CURRENT_COLUMNS.size());
    }

    @Test
    void givesTheValuesOfTheReadingsApi() throws Exception {
        Snapshot poll = simulated(1).get(0);
        poll.calculations()[95] = (int) SEVEN.getEpochSecond();

        Report report = write("api.jsonl", CURRENT_COLUMNS, List.of(poll), ExportFormat.JSONL);

        var expected = new StringWriter();
        try (var json = Json.createGenerator(expected)) {
            json.writeStartObject().write("time", poll.time().toString());
            new Decoder(CATALOG)
                    .decode(poll, CURRENT_COLUMNS.fields())
                    .forEach(reading -> ReadingsJson.value(json, reading.field().column(), reading));
            json.writeEnd();
        }
        assertThat(Files.readString(report.path())).isEqualTo(expected + "\n");
        JsonObject object = parse(expected.toString());
        assertThat(object.get("calculations.ID_WEB_Temperatur_TVL")).isInstanceOf(JsonNumber.class);
        assertThat(object.get("calculations.ID_WEB_ASDin")).isIn(JsonValue.TRUE, JsonValue.FALSE);
        assertThat(object.getString("calculations.ID_WEB_ERROR_Time0")).isEqualTo(SEVEN.toString());
        assertThat(object.getString("parameters.ID_Ba_Hz_akt")).isEqualTo("Automatic");
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaksInText() throws Exception {
        Snapshot poll = simulated(1).get(0);
        String firmware = "V\"3\n\\x\r,=";
        for (int i = 0; i < 10; i++) {
            poll.calculations()[81 + i] = i < firmware.length() ? firmware.charAt(i) : 0;
        }
        Columns columns = CURRENT_COLUMNS.only(CATALOG, "ID_WEB_SoftStand,ID_WEB_Temperatur_TVL");

        Report jsonl = write("text.jsonl", columns, List.of(poll), ExportFormat.JSONL);
        Report csv = write("text.csv", columns, List.of(poll), ExportFormat.CSV);

        List<String> lines = Files.readAllLines(jsonl.path());
        assertThat(lines).as("one line, whatever the text holds").hasSize(1);
        assertThat(lines.get(0)).contains("\"V\\\"3\\n\\\\x\\r,=\"");
        assertThat(parse(lines.get(0)).getString("calculations.ID_WEB_SoftStand"))
                .isEqualTo(firmware);
        // the same text in the CSV, quoted with its quote doubled
        assertThat(Files.readString(csv.path())).contains(",\"V\"\"3\n\\x\r,=\"\n");
    }

    @Test
    void leavesOutTheFieldsAnOlderFirmwaresPollLacks() throws Exception {
        Snapshot bouni = at(Profile.BOUNI_V3_78.snapshot(), SEVEN);
        Snapshot current = simulated(1).get(0);
        String beyond = CATALOG.field(Group.PARAMETERS, 1100).column();
        String visibility = CATALOG.field(Group.VISIBILITIES, 379).column();

        Report jsonl = write("update.jsonl", CURRENT_COLUMNS, List.of(bouni, current), ExportFormat.JSONL);
        Report csv = write("update.csv", CURRENT_COLUMNS, List.of(bouni, current), ExportFormat.CSV);

        List<String> lines = Files.readAllLines(jsonl.path());
        JsonObject old = parse(lines.get(0));
        assertThat(old).doesNotContainKeys(beyond, visibility).containsKey("calculations.ID_WEB_Temperatur_TVL");
        assertThat(old.size()).isEqualTo(1 + CATALOG.fields(bouni.shape()).size());
        assertThat(parse(lines.get(1))).containsKeys(beyond, visibility);
        List<String[]> rows = ReportWriterTest.read(csv.path(), Dialect.STANDARD);
        assertThat(rows.get(1)[Arrays.asList(rows.get(0)).indexOf(beyond)]).isEmpty();
    }

    @Test
    void anEmptyRangeIsAnEmptyFile() throws Exception {
        Report report = write("empty.jsonl", CURRENT_COLUMNS, List.of(), ExportFormat.JSONL);

        assertThat(report.rows()).isZero();
        assertThat(report.bytes()).isZero();
        assertThat(report.path()).exists().isEmptyFile();
    }

    @Test
    void streamsTheBytesOfTheFile() throws Exception {
        List<Snapshot> polls = simulated(5);
        for (ExportFormat format : ExportFormat.values()) {
            Report report = write("stream" + format.extension(), CURRENT_COLUMNS, polls, format);
            var stream = new ByteArrayOutputStream();

            long rows = writer.export(stream, CURRENT_COLUMNS, format, consumer -> polls.forEach(consumer));

            assertThat(rows).isEqualTo(5);
            assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(report.path()));
        }
    }

    @Test
    void aStreamThatCannotBeWrittenEndsTheExport() {
        List<Snapshot> polls = simulated(5);
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        for (int count : new int[] {5, 1}) {
            assertThatThrownBy(() -> writer.export(
                            gone,
                            CURRENT_COLUMNS,
                            ExportFormat.JSONL,
                            consumer -> polls.subList(0, count).forEach(consumer)))
                    .as("%d polls, beyond the buffer or within it", count)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Broken pipe");
        }
    }

    /** A CSV cell and a JSON value of the same reading say the same. */
    private static void assertSame(JsonValue json, String cell, String column) {
        var described = assertThat(cell).as(column);
        if (json == null || json == JsonValue.NULL) {
            described.isEmpty();
        } else if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
            described.isEqualTo(json == JsonValue.TRUE ? "1" : "0");
        } else if (json instanceof JsonNumber number) {
            assertThat(new BigDecimal(cell)).as(column).isEqualByComparingTo(number.bigDecimalValue());
        } else {
            String text = ((JsonString) json).getString();
            try {
                assertThat(OffsetDateTime.parse(cell).toInstant()).as(column).isEqualTo(Instant.parse(text));
            } catch (DateTimeParseException notATime) {
                // the CSV makes text a spreadsheet would run as a formula inert with a leading quote
                described.isIn(text, CellFormat.inert(text));
            }
        }
    }

    private Report write(String name, Columns columns, List<Snapshot> polls, ExportFormat format) throws Exception {
        try (OpenReport open = writer.open(folder.resolve(name), columns, format)) {
            polls.forEach(open::add);
            return open.commit();
        }
    }

    /** Polls of the simulated heat pump, 30 s apart from 07:00 in Berlin: temperatures, states and flags move. */
    private static List<Snapshot> simulated(int count) {
        var model = new HeatPumpModel(Profile.CURRENT, 7, SEVEN);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            polls.add(model.snapshotAt(SEVEN.plus(Duration.ofSeconds(30L * i))));
        }
        return polls;
    }

    private static Snapshot at(Snapshot snapshot, Instant time) {
        return new Snapshot(time, snapshot.parameters(), snapshot.calculations(), snapshot.visibilities());
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }
}
