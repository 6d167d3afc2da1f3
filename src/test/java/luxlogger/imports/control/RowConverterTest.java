package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import luxlogger.imports.entity.ImportReport;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** Rows written by hand in the earlier logger's form, turned into polls one at a time. */
class RowConverterTest {

    private static final Instant TIME = Instant.parse("2025-01-06T00:00:00.118590Z");

    private final Tally tally = new Tally();
    private final RowConverter converter = new RowConverter(LegacyFields.standard(), ZoneOffset.UTC, tally);

    @Test
    void placesEachValueAtItsIndex() throws RejectedRow {
        Snapshot poll = converter.convert(TIME, """
                {"calculations.0": 7, "calculations.1": -3, "calculations.2": 0,
                 "parameters.ID_Transfert_LuxNet": 0, "parameters.ID_Einst_WK_akt": -2.5,
                 "parameters.ID_Einst_BWS_akt": 48.300000000000004, "parameters.ID_Ba_Hz_akt": "Party",
                 "visibilities.ID_Visi_NieAnzeigen": 0, "visibilities.ID_Visi_ImmerAnzeigen": -1}""");

        assertThat(poll.time()).isEqualTo(TIME);
        assertThat(poll.calculations()).containsExactly(7, -3, 0);
        assertThat(poll.parameters()).containsExactly(0, -25, 483, 2);
        assertThat(poll.visibilities()).containsExactly(0, -1);
        assertThat(tally.report().misses()).isEmpty();
        assertThat(tally.report().values()).isEqualTo(9);
    }

    @Test
    void endsEachArrayAfterItsHighestValue() throws RejectedRow {
        // python-luxtronik printed null for what was not sent, and false for a Bool not sent
        Snapshot poll = converter.convert(TIME, """
                {"calculations.0": 1, "calculations.1": 2, "calculations.ID_WEB_Temperatur_TVL": null,
                 "calculations.ID_WEB_ASDin": false, "parameters.ID_Transfert_LuxNet": 5,
                 "parameters.ID_Einst_WK_akt": null}""");

        assertThat(poll.calculations()).containsExactly(1, 2);
        assertThat(poll.parameters()).containsExactly(5);
        assertThat(poll.visibilities()).isEmpty();
        assertThat(tally.report().misses()).isEmpty();
    }

    @Test
    void aTrueBoolExtendsTheArray() throws RejectedRow {
        Snapshot poll =
                converter.convert(TIME, "{\"calculations.ID_WEB_BWTin\": true, \"calculations.ID_WEB_ASDin\": false}");

        assertThat(poll.calculations()).hasSize(31);
        assertThat(poll.calculations()[29]).isZero();
        assertThat(poll.calculations()[30]).isEqualTo(1);
    }

    @Test
    void storesZeroForWhatCannotBeTurnedBackAndCountsIt() throws RejectedRow {
        Snapshot poll = converter.convert(TIME, """
                {"parameters.ID_Transfert_LuxNet": 1, "parameters.ID_Einst_WK_akt": 48.3,
                 "parameters.ID_Einst_BWS_akt": "48.300000000000004", "parameters.ID_Ba_Hz_akt": "Sometimes",
                 "parameters.ID_Ba_Bw_akt": [0], "parameters.ID_Ba_Al_akt": {"raw": 0},
                 "visibilities.ID_Visi_NieAnzeigen": 300}""");

        assertThat(poll.parameters()).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(poll.visibilities()).containsExactly(0);
        assertThat(tally.report().misses())
                .containsOnlyKeys(
                        "parameters.ID_Einst_WK_akt",
                        "parameters.ID_Einst_BWS_akt",
                        "parameters.ID_Ba_Hz_akt",
                        "parameters.ID_Ba_Bw_akt",
                        "parameters.ID_Ba_Al_akt",
                        "visibilities.ID_Visi_NieAnzeigen");
    }

    @Test
    void countsAnIndexInsideTheArrayWithoutAValue() throws RejectedRow {
        // error code 0 had no label at that version: null, though the controller sent it
        Snapshot poll = converter.convert(
                TIME, "{\"calculations.ID_WEB_ERROR_Nr0\": null, \"calculations.ID_WEB_ERROR_Nr1\": \"flow rate\"}");

        assertThat(poll.calculations()).hasSize(102);
        assertThat(poll.calculations()[101]).isEqualTo(717);
        assertThat(tally.report().misses())
                .containsEntry("calculations.ID_WEB_ERROR_Nr0", 1L)
                .containsEntry("calculations.0", 1L)
                .hasSize(101);
    }

    @Test
    void countsAKeyThatVersionDidNotHave() throws RejectedRow {
        converter.convert(
                TIME, "{\"parameters.ID_Transfert_LuxNet\": 1, \"parameters.ID_Neu\": 3, \"parameters.ID_Alt\": null}");

        ImportReport report = tally.report();
        assertThat(report.misses()).isEqualTo(Map.of("parameters.ID_Neu", 1L));
        assertThat(report.values()).isEqualTo(2);
    }

    @Test
    void countsLabelsSeveralCodesShare() throws RejectedRow {
        Snapshot poll = converter.convert(
                TIME,
                "{\"calculations.ID_WEB_Code_WP_akt\": \"ERC\", \"calculations.ID_WEB_WP_BZ_akt\": \"no request\"}");

        assertThat(poll.calculations()[78]).isZero();
        assertThat(poll.calculations()[80]).isEqualTo(5);
        assertThat(tally.report().ambiguous()).isEqualTo(Map.of("calculations.ID_WEB_Code_WP_akt", 1L));
    }

    @Test
    void readsAValueThatGrewPastTheBytesOfTheRowBefore() throws RejectedRow {
        converter.convert(TIME, "{\"calculations.0\": 45, \"calculations.1\": \"x\"}");

        Snapshot poll = converter.convert(TIME.plusSeconds(30), "{\"calculations.0\": 450, \"calculations.1\": \"x\"}");

        assertThat(poll.calculations()).containsExactly(450, 0);
    }

    @Test
    void countsAMissAgainInEveryRowThatHasIt() throws RejectedRow {
        String row = "{\"parameters.ID_Transfert_LuxNet\": 1, \"parameters.ID_Einst_WK_akt\": 48.3}";
        for (int i = 0; i < 3; i++) {
            assertThat(converter.convert(TIME.plusSeconds(30L * i), row).parameters())
                    .containsExactly(1, 0);
        }

        assertThat(tally.report().misses()).isEqualTo(Map.of("parameters.ID_Einst_WK_akt", 3L));
    }

    @Test
    void readsAnyJsonOfTheSameValuesAlike() throws RejectedRow {
        String usual = "{\"calculations.0\": 7, \"calculations.ID_WEB_Code_WP_akt\": \"MSW 6\"}";
        String[] others = {
            "{\"calculations.0\":7,\"calculations.ID_WEB_Code_WP_akt\":\"MSW 6\"}",
            " {\n\t\"calculations.0\" : 7 ,\r\n \"calculations.ID_WEB_Code_WP_akt\" : \"MSW 6\" } \n",
            "{\"calculations.\\u0030\": 7, \"calculations.ID_WEB_Code_WP_akt\": \"MSW\\u0020\\u0036\"}",
            "{\"calculations.0\": 7, \"calculations.ID_WEB_Code_WP_akt\": \"MSW 6\", \"x\u00e9\": null}"
        };
        Snapshot expected = converter.convert(TIME, usual);

        for (String other : others) {
            assertThat(converter.convert(TIME, other)).as(other).isEqualTo(expected);
        }
        assertThat(expected.calculations()[78]).isEqualTo(58);
        assertThat(tally.report().misses())
                .containsOnlyKeys(java.util.stream.IntStream.range(1, 78)
                        .mapToObj(i -> LegacyFields.standard().key(luxlogger.luxtronik.entity.Group.CALCULATIONS, i))
                        .toArray(String[]::new));
    }

    @Test
    void rejectsBrokenJsonAndCountsNothingOfIt() {
        assertRejected("{\"calculations.0\": 7, \"calculations.1\": ", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7} {}", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7", "broken JSON: ");
        assertRejected("{\"calculations.0\": 07}", "broken JSON: ");
        assertRejected("{\"calculations.0\": -}", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7.}", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7e}", "broken JSON: ");
        assertRejected("{\"calculations.0\": tru}", "broken JSON: ");
        assertRejected("{\"calculations.0\": \"7}", "broken JSON: ");
        assertRejected("{\"calculations.0\" 7}", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7,}", "broken JSON: ");
        assertRejected("{\"calculations.0\": 7 \"calculations.1\": 8}", "broken JSON: ");
        assertRejected("{calculations.0: 7}", "broken JSON: ");
        assertRejected("{", "broken JSON: ");
        assertRejected("", "broken JSON: ");
        assertRejected("\"calculations.0\"", "not a JSON object");
        assertRejected("{\"parameters.ID_Alt\": null}", "no values of the controller");
        assertThat(tally.report().values()).isZero();
        assertThat(tally.report().misses()).isEmpty();
    }

    private void assertRejected(String json, String reason) {
        assertThatThrownBy(() -> converter.convert(TIME, json))
                .isInstanceOf(RejectedRow.class)
                .hasMessageStartingWith(reason);
    }
}
