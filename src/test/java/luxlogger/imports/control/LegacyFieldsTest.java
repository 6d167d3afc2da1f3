package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.imports.entity.LegacyField;
import luxlogger.imports.entity.LegacyType;
import luxlogger.luxtronik.entity.Group;
import org.junit.jupiter.api.Test;

/** The keys of python-luxtronik 7a0eda74, which the earlier logger wrote; not the product's later catalog. */
class LegacyFieldsTest {

    private final LegacyFields fields = LegacyFields.standard();

    @Test
    void knowsEveryIndexThatVersionNamed() {
        assertThat(fields.defined(Group.PARAMETERS)).isEqualTo(1153);
        assertThat(fields.defined(Group.CALCULATIONS)).isEqualTo(268);
        assertThat(fields.defined(Group.VISIBILITIES)).isEqualTo(380);
    }

    @Test
    void findsANameWithItsIndexAndType() {
        LegacyField flow = fields.field("calculations.ID_WEB_Temperatur_TVL");

        assertThat(flow.group()).isEqualTo(Group.CALCULATIONS);
        assertThat(flow.index()).isEqualTo(10);
        assertThat(flow.type()).isEqualTo(LegacyType.TENTHS);
        assertThat(fields.field("calculations.ID_WEB_LIN_HD").type()).isEqualTo(LegacyType.HUNDREDTHS);
        assertThat(fields.field("parameters.ID_Einst_SuHkrW0_zeit_0_0").type()).isEqualTo(LegacyType.TIME_OF_DAY);
        assertThat(fields.field("visibilities.ID_Visi_Heizung").type()).isEqualTo(LegacyType.RAW);
    }

    @Test
    void readsSelectionsWithTheTablesOfThatVersion() {
        // the product decodes switch-off code 0 as nothing and 1 as "heatpump error"; that version had 0
        LegacyField switchOff = fields.field("calculations.ID_WEB_Switchoff_file_Nr0");
        assertThat(switchOff.selection().code("heatpump error")).isZero();
        assertThat(switchOff.selection().shared("no request")).isTrue();
        assertThat(switchOff.selection().code("no request")).isEqualTo(9);
        // nor had it "no error" for error code 0: a 0 there was written as null
        assertThat(fields.field("calculations.ID_WEB_ERROR_Nr0").selection().code("no error"))
                .isNull();
        assertThat(fields.field("calculations.ID_WEB_Code_WP_akt").selection().code("ERC"))
                .isZero();
    }

    @Test
    void takesIndicesThatVersionHadNoNameForAsRawValues() {
        LegacyField unnamed = fields.field("calculations.234");
        assertThat(unnamed.index()).isEqualTo(234);
        assertThat(unnamed.type()).isEqualTo(LegacyType.RAW);
        assertThat(fields.key(Group.CALCULATIONS, 234)).isEqualTo("calculations.234");
        assertThat(fields.key(Group.CALCULATIONS, 10)).isEqualTo("calculations.ID_WEB_Temperatur_TVL");
    }

    @Test
    void takesIndicesBeyondTheTableAsRawValues() {
        LegacyField beyond = fields.field("parameters.1160");

        assertThat(beyond.group()).isEqualTo(Group.PARAMETERS);
        assertThat(beyond.index()).isEqualTo(1160);
        assertThat(beyond.type()).isEqualTo(LegacyType.RAW);
        assertThat(fields.key(Group.PARAMETERS, 1160)).isEqualTo("parameters.1160");
        assertThat(fields.field("parameters.1186").index()).isEqualTo(1186);
        assertThat(fields.field("calculations.274").index()).isEqualTo(274);
        assertThat(fields.field("visibilities.397").index()).isEqualTo(397);
    }

    @Test
    void knowsNoIndexBeyondWhatTheEarlierLoggerAskedFor() {
        assertThat(fields.field("parameters.1187")).isNull();
        assertThat(fields.field("calculations.275")).isNull();
        assertThat(fields.field("visibilities.398")).isNull();
        assertThat(fields.field("parameters.999999999")).isNull();
    }

    @Test
    void knowsNoOtherKey() {
        assertThat(fields.field("parameters.ID_Einst_Unbekannt")).isNull();
        assertThat(fields.field("sensors.ID_WEB_Temperatur_TVL")).isNull();
        assertThat(fields.field("sensors.1200")).isNull();
        assertThat(fields.field("calculations.0234")).isNull();
        assertThat(fields.field("calculations.-1")).isNull();
        assertThat(fields.field("calculations.12345678901")).isNull();
        assertThat(fields.field("calculations")).isNull();
        // an index inside the table goes by its name only
        assertThat(fields.field("calculations.10")).isNull();
    }
}
