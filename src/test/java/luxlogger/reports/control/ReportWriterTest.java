package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SEVEN = Instant.parse("2026-01-31T06:00:00Z");
    private static final Catalog CATALOG = Catalog.standard();
    private static final Columns CURRENT_COLUMNS = Columns.forShape(CATALOG, new Shape(1160, 269, 380));

    @TempDir
    Path folder;

    private final ReportWriter writer = new ReportWriter(CATALOG, BERLIN, Dialect.STANDARD, false);

    @Test
    void writesOneRowPerPollWithTheTimeFirstAndEveryFieldInCatalogOrder() throws Exception {
        Report report = writer.write(
                folder.resolve("2026-01-31_daily.csv"),
                CURRENT_COLUMNS,
                List.of(current(SEVEN), current(SEVEN.plusSeconds(30))));

        List<String[]> lines = read(report.path(), Dialect.STANDARD);
        List<String> expected = new ArrayList<>(List.of("timestamp", "unix_time"));
        CATALOG.fields(new Shape(1160, 269, 380)).forEach(field -> expected.add(field.column()));
        assertThat(lines.get(0)).containsExactlyElementsOf(expected);
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).hasSize(expected.size()));
        assertThat(lines.get(1)[0]).isEqualTo("2026-01-31T07:00:00+01:00");
        assertThat(lines.get(1)[1]).isEqualTo(Long.toString(SEVEN.getEpochSecond()));
        assertThat(lines.get(2)[0]).isEqualTo("2026-01-31T07:00:30+01:00");
        assertThat(report)
                .isEqualTo(new Report(
                        "2026-01-31_daily.csv", report.path(), 2, expected.size(), Files.size(report.path())));
    }

    @Test
    void decodesValuesAsUsersReadThem() throws Exception {
        Snapshot snapshot = current(SEVEN);
        snapshot.calculations()[10] = 454;
        snapshot.calculations()[15] = -52;
        snapshot.calculations()[29] = 1;
        snapshot.calculations()[91] = -1062709237;
        snapshot.calculations()[95] = (int) SEVEN.getEpochSecond();
        snapshot.calculations()[96] = 0;
        snapshot.parameters()[3] = 0;
        snapshot.parameters()[223] = 6 * 3600 + 30 * 60;

        Row standard = single(writer, snapshot);
        Row excel = single(new ReportWriter(CATALOG, BERLIN, Dialect.EXCEL_DE, false), snapshot);

        assertThat(standard.cell("calculations.ID_WEB_Temperatur_TVL")).isEqualTo("45.4");
        assertThat(excel.cell("calculations.ID_WEB_Temperatur_TVL")).isEqualTo("45,4");
        assertThat(standard.cell("calculations.ID_WEB_Temperatur_TA")).isEqualTo("-5.2");
        assertThat(excel.cell("calculations.ID_WEB_Temperatur_TA")).isEqualTo("-5,2");
        assertThat(excel.cell("calculations.ID_WEB_ASDin")).isEqualTo("1");
        assertThat(excel.cell("calculations.ID_WEB_AdresseIP_akt")).isEqualTo("192.168.88.11");
        assertThat(standard.cell("calculations.ID_WEB_ERROR_Time0")).isEqualTo("2026-01-31T07:00:00+01:00");
        assertThat(excel.cell("calculations.ID_WEB_ERROR_Time0")).isEqualTo("31.01.2026 07:00:00");
        assertThat(excel.cell("timestamp")).isEqualTo("31.01.2026 07:00:00");
        assertThat(standard.cell("calculations.ID_WEB_ERROR_Time1")).isEmpty();
        assertThat(excel.cell("parameters.ID_Ba_Hz_akt")).isEqualTo("Automatic");
        assertThat(excel.cell("parameters.ID_Einst_SuHkrW0_zeit_0_0")).isEqualTo("06:30");
        assertThat(standard.cell("calculations.ID_WEB_SoftStand")).startsWith("V");
    }

    @Test
    void neutralisesFormulasInTextFromTheControllerAndKeepsNumbersNumbers() throws Exception {
        Snapshot snapshot = current(SEVEN);
        String firmware = "=1+2,@A1";
        for (int i = 0; i < 10; i++) {
            snapshot.calculations()[81 + i] = i < firmware.length() ? firmware.charAt(i) : 0;
        }
        snapshot.calculations()[15] = -39;

        Row standard = single(writer, snapshot);
        Row excel = single(new ReportWriter(CATALOG, BERLIN, Dialect.EXCEL_DE, false), snapshot);

        assertThat(standard.cell("calculations.ID_WEB_SoftStand")).isEqualTo("'=1+2,@A1");
        assertThat(excel.cell("calculations.ID_WEB_SoftStand")).isEqualTo("'=1+2,@A1");
        assertThat(standard.cell("calculations.ID_WEB_Temperatur_TA")).isEqualTo("-3.9");
        assertThat(excel.cell("calculations.ID_WEB_Temperatur_TA")).isEqualTo("-3,9");
    }

    @Test
    void decodesAgainWhenARawValueChangesAndBack() throws Exception {
        List<Snapshot> polls = new ArrayList<>();
        for (int raw : new int[] {454, 454, -3, 454}) {
            Snapshot snapshot = current(SEVEN.plusSeconds(30L * polls.size()));
            snapshot.calculations()[10] = raw;
            polls.add(snapshot);
        }

        Report report = writer.write(folder.resolve("flow.csv"), CURRENT_COLUMNS, polls);

        int flow = column(report, "calculations.ID_WEB_Temperatur_TVL");
        assertThat(read(report.path(), Dialect.STANDARD).stream().skip(1).map(line -> line[flow]))
                .containsExactly("45.4", "45.4", "-0.3", "45.4");
    }

    @Test
    void coversTheLongerFirmwareAndLeavesCellsTheShorterLacksEmpty() throws Exception {
        Snapshot bouni = Profile.BOUNI_V3_78.snapshot();
        assertThat(bouni.size()).isEqualTo(1075 + 232 + 327);

        Report report = writer.write(
                folder.resolve("update.csv"),
                CURRENT_COLUMNS,
                List.of(at(bouni, SEVEN), current(SEVEN.plusSeconds(30)), at(bouni, SEVEN.plusSeconds(60))));

        List<String[]> lines = read(report.path(), Dialect.STANDARD);
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).hasSize(2 + 1160 + 269 + 380 + 1));
        int beyondBouni = column(report, CATALOG.field(Group.PARAMETERS, 1100).column());
        int visibility = column(report, CATALOG.field(Group.VISIBILITIES, 379).column());
        int flow = column(report, "calculations.ID_WEB_Temperatur_TVL");
        assertThat(lines.get(1)[beyondBouni]).isEmpty();
        assertThat(lines.get(1)[visibility]).isEmpty();
        assertThat(lines.get(2)[beyondBouni]).isNotEmpty();
        assertThat(lines.get(2)[visibility]).isNotEmpty();
        assertThat(lines.get(3)[beyondBouni]).isEmpty();
        assertThat(lines.get(3)[flow]).isNotEmpty();
    }

    @Test
    void keepsValuesBeyondTheCatalogUnderGeneratedNames() throws Exception {
        Snapshot current = current(SEVEN);
        int[] longer = Arrays.copyOf(current.parameters(), 1162);
        longer[1161] = 77;
        Snapshot updated = new Snapshot(SEVEN.plusSeconds(30), longer, current.calculations(), current.visibilities());

        Report report = writer.write(
                folder.resolve("new-firmware.csv"),
                Columns.forShape(CATALOG, new Shape(1162, 269, 380)),
                List.of(current, updated));

        int unknown = column(report, "parameters.Unknown_Parameter_1161");
        List<String[]> lines = read(report.path(), Dialect.STANDARD);
        assertThat(lines.get(1)[unknown]).isEmpty();
        assertThat(lines.get(2)[unknown]).isEqualTo("77");
    }

    @Test
    void writesOnlySelectedFieldsInCatalogOrder() throws Exception {
        Columns selected = CURRENT_COLUMNS.only(CATALOG, "calculations.ID_WEB_Temperatur_T?, parameters.ID_Ba_Hz_akt");

        Report report = writer.write(folder.resolve("selected.csv"), selected, List.of(current(SEVEN)));

        assertThat(read(report.path(), Dialect.STANDARD).get(0))
                .containsExactly(
                        "timestamp", "unix_time", "parameters.ID_Ba_Hz_akt", "calculations.ID_WEB_Temperatur_TA");
        assertThat(report.columns()).isEqualTo(4);
        assertThat(CURRENT_COLUMNS.only(CATALOG, " ")).isEqualTo(CURRENT_COLUMNS);
        assertThatThrownBy(() -> CURRENT_COLUMNS.only(CATALOG, "ID_Nothing*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ID_Nothing*");
    }

    @Test
    void dropsSelectedFieldsTheRangeNeverHad() {
        Columns bouni = Columns.forShape(CATALOG, new Shape(1075, 232, 327)).only(CATALOG, "parameters.*");

        assertThat(bouni.size()).isEqualTo(1075);
    }

    @Test
    void writesUniqueLabelsAsReadableHeaders() {
        var readable = new ReportWriter(CATALOG, BERLIN, Dialect.STANDARD, true);

        List<String> header = readable.header(CURRENT_COLUMNS);

        assertThat(header)
                .startsWith(
                        "timestamp",
                        "unix_time",
                        CATALOG.field(Group.PARAMETERS, 0).label());
        assertThat(header).contains("Flow temperature").doesNotHaveDuplicates();
    }

    @Test
    void namesCollidingLabelsByTheirRawNames() throws Exception {
        Field first = new Field(Group.CALCULATIONS, 10, "ID_A", FieldType.CELSIUS, "°C", "Flow, \"measured\"");
        Field second = new Field(Group.CALCULATIONS, 11, "ID_B", FieldType.CELSIUS, "°C", "Flow, \"measured\"");
        Field third = new Field(Group.CALCULATIONS, 12, "ID_C", FieldType.CELSIUS, "°C", "timestamp");
        Field other = new Field(Group.CALCULATIONS, 13, "ID_D", FieldType.CELSIUS, "°C", "Return");
        var readable = new ReportWriter(CATALOG, BERLIN, Dialect.STANDARD, true);

        Report report = readable.write(
                folder.resolve("labels.csv"),
                new Columns(List.of(other, second, first, third)),
                List.of(current(SEVEN)));

        assertThat(read(report.path(), Dialect.STANDARD).get(0))
                .containsExactly(
                        "timestamp",
                        "unix_time",
                        "Flow, \"measured\" [ID_A]",
                        "Flow, \"measured\" [ID_B]",
                        "timestamp [ID_C]",
                        "Return");
    }

    @Test
    void writesTheExcelDialectWithByteOrderMarkSemicolonsAndCrLf() throws Exception {
        var excel = new ReportWriter(CATALOG, BERLIN, Dialect.EXCEL_DE, true);

        Report report = excel.write(folder.resolve("excel.csv"), CURRENT_COLUMNS, List.of(current(SEVEN)));

        byte[] bytes = Files.readAllBytes(report.path());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.startsWith("\uFEFFtimestamp;unix_time;Transfert Lux Net;"))
                .isTrue();
        assertThat(text.split("\r\n", -1).length).isEqualTo(3);
        assertThat(text.endsWith("\r\n")).isTrue();
        assertThat(read(report.path(), Dialect.EXCEL_DE))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).hasSize(report.columns()));
    }

    @Test
    void writesAHeaderOnlyFileForAnEmptyRange() throws Exception {
        Report report = writer.write(folder.resolve("empty.csv"), CURRENT_COLUMNS, List.of());

        assertThat(report.rows()).isZero();
        assertThat(read(report.path(), Dialect.STANDARD)).hasSize(1);
        assertThat(report.bytes()).isEqualTo(Files.size(report.path())).isPositive();
    }

    @Test
    void leavesNoFileBehindWhenWritingFails() throws Exception {
        Path target = folder.resolve("2026-01-31_weekly.csv");
        Iterable<Snapshot> failing = () -> new Iterator<>() {
            private int polls;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Snapshot next() {
                if (polls == 3) {
                    throw new UncheckedIOException(new IOException("database gone"));
                }
                return current(SEVEN.plusSeconds(30L * polls++));
            }
        };

        assertThatThrownBy(() -> writer.write(target, CURRENT_COLUMNS, failing)).hasMessageContaining("database gone");

        assertThat(files()).isEmpty();
    }

    @Test
    void keepsTheOldReportWhenARewriteFails() throws Exception {
        Path target = folder.resolve("2026-01-31_daily.csv");
        Report old = writer.write(target, CURRENT_COLUMNS, List.of(current(SEVEN)));

        try (OpenReport report = writer.open(target, CURRENT_COLUMNS)) {
            report.add(current(SEVEN));
            report.add(current(SEVEN.plusSeconds(30)));
            assertThat(files()).hasSize(2);
        }

        assertThat(files()).containsExactly(target);
        assertThat(Files.size(target)).isEqualTo(old.bytes());
    }

    @Test
    void replacesAnOlderReportOfTheSameName() throws Exception {
        Path target = folder.resolve("2026-01-31_daily.csv");
        writer.write(target, CURRENT_COLUMNS, List.of(current(SEVEN)));

        Report again = writer.write(target, CURRENT_COLUMNS, List.of(current(SEVEN), current(SEVEN.plusSeconds(30))));

        assertThat(files()).containsExactly(target);
        assertThat(read(target, Dialect.STANDARD)).hasSize(3);
        assertThat(again.rows()).isEqualTo(2);
    }

    @Test
    void refusesRowsAfterTheCommit() throws Exception {
        try (OpenReport report = writer.open(folder.resolve("done.csv"), CURRENT_COLUMNS)) {
            report.commit();

            assertThatThrownBy(() -> report.add(current(SEVEN))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(folder.resolve("done.csv")).exists();
    }

    @Test
    void createsTheTargetFolder() throws Exception {
        Path target = folder.resolve("weekly").resolve("2026-01-26_weekly.csv");

        writer.write(target, CURRENT_COLUMNS, List.of(current(SEVEN)));

        assertThat(target).exists();
    }

    @Test
    void describesEveryWrittenColumnInTheDataDictionary() throws Exception {
        var readable = new ReportWriter(CATALOG, BERLIN, Dialect.EXCEL_DE, true);
        Columns columns = CURRENT_COLUMNS.only(CATALOG, "ID_WEB_Temperatur_TVL,ID_Ba_Hz_akt");

        Report dictionary = readable.writeDictionary(folder, columns);

        assertThat(dictionary.name()).isEqualTo("fields.csv");
        assertThat(read(dictionary.path(), Dialect.EXCEL_DE))
                .containsExactly(
                        new String[] {"column", "group", "index", "name", "label", "type", "unit"},
                        new String[] {"timestamp", "", "", "timestamp", "Time of the poll", "Timestamp", ""},
                        new String[] {
                            "unix_time", "", "", "unix_time", "Time of the poll in Unix seconds", "Seconds", "s"
                        },
                        new String[] {
                            "Heating mode", "parameters", "3", "ID_Ba_Hz_akt", "Heating mode", "HeatingMode", ""
                        },
                        new String[] {
                            "Flow temperature",
                            "calculations",
                            "10",
                            "ID_WEB_Temperatur_TVL",
                            "Flow temperature",
                            "Celsius",
                            "°C"
                        });
        assertThat(dictionary.rows()).isEqualTo(4);
    }

    @Test
    void parsesBackToOneUniqueColumnPerHeader() throws Exception {
        Report report = writer.write(
                folder.resolve("parse.csv"),
                CURRENT_COLUMNS,
                Stream.iterate(SEVEN, t -> t.plusSeconds(30)).limit(10).map(ReportWriterTest::current)::iterator);

        List<String[]> lines = read(report.path(), Dialect.STANDARD);
        assertThat(lines).hasSize(11);
        assertThat(new HashSet<>(Arrays.asList(lines.get(0)))).hasSize(report.columns());
        assertThat(report.columns()).isEqualTo(2 + CURRENT_COLUMNS.size());
    }

    private Row single(ReportWriter writer, Snapshot snapshot) throws Exception {
        Path target = folder.resolve(writer.dialect().key() + ".csv");
        writer.write(target, CURRENT_COLUMNS, List.of(snapshot));
        List<String[]> lines = read(target, writer.dialect());
        return new Row(Arrays.asList(lines.get(0)), lines.get(1));
    }

    private record Row(List<String> header, String[] cells) {

        String cell(String column) {
            assertThat(header).contains(column);
            return cells[header.indexOf(column)];
        }
    }

    private static int column(Report report, String name) throws Exception {
        List<String> header =
                Arrays.asList(read(report.path(), Dialect.STANDARD).get(0));
        assertThat(header).contains(name);
        return header.indexOf(name);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    static List<String[]> read(Path file, Dialect dialect) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (dialect.byteOrderMark()) {
                assertThat(in.read()).isEqualTo('\uFEFF');
            }
            CSVReader csv = new CSVReaderBuilder(in)
                    .withCSVParser(new RFC4180ParserBuilder()
                            .withSeparator(dialect.separator())
                            .build())
                    .build();
            return csv.readAll();
        }
    }

    private static Snapshot current(Instant time) {
        return at(Profile.CURRENT.snapshot(), time);
    }

    private static Snapshot at(Snapshot snapshot, Instant time) {
        return new Snapshot(time, snapshot.parameters(), snapshot.calculations(), snapshot.visibilities());
    }
}
