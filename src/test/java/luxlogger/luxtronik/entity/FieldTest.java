package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldTest {

    @Test
    void namesTheColumnAfterGroupAndName() {
        var flow = new Field(Group.CALCULATIONS, 10, "ID_WEB_Temperatur_TVL", FieldType.CELSIUS, "°C", "Flow");

        assertThat(flow.column()).isEqualTo("calculations.ID_WEB_Temperatur_TVL");
        assertThat(flow.span()).isEqualTo(1);
        assertThat(flow.derived()).isFalse();
    }

    @Test
    void namesUnknownFieldsAfterGroupAndIndex() {
        assertThat(Field.unknown(Group.PARAMETERS, 1165).name()).isEqualTo("Unknown_Parameter_1165");
        assertThat(Field.unknown(Group.CALCULATIONS, 270).column()).isEqualTo("calculations.Unknown_Calculation_270");
        assertThat(Field.unknown(Group.VISIBILITIES, 390).label()).isEqualTo("Unknown visibility 390");
        assertThat(Field.unknown(Group.VISIBILITIES, 390).type()).isEqualTo(FieldType.UNKNOWN);
    }

    @Test
    void readsGeneratedNamesBackInAnyCase() {
        assertThat(Field.unknown("unknown_calculation_270")).contains(Field.unknown(Group.CALCULATIONS, 270));
        assertThat(Field.unknown("UNKNOWN_VISIBILITY_0")).contains(Field.unknown(Group.VISIBILITIES, 0));
        assertThat(Field.unknown("Unknown_Parameter_999999999")).contains(Field.unknown(Group.PARAMETERS, 999_999_999));
        assertThat(Field.unknown("Unknown_Parameter_9999999999")).isEmpty();
        assertThat(Field.unknown("Unknown_Parameter_")).isEmpty();
        assertThat(Field.unknown("Unknown_Parameter_-1")).isEmpty();
        assertThat(Field.unknown("Unknown_Heater_1")).isEmpty();
        assertThat(Field.unknown("ID_WEB_Temperatur_TVL")).isEmpty();
    }

    @Test
    void marksMultiIndexFieldsAsDerived() {
        var version = new Field(Group.CALCULATIONS, 81, "ID_WEB_SoftStand", FieldType.VERSION, "", "Firmware");

        assertThat(version.span()).isEqualTo(10);
        assertThat(version.derived()).isTrue();
    }

    @Test
    void rejectsNegativeIndex() {
        assertThatThrownBy(() -> new Field(Group.PARAMETERS, -1, "x", FieldType.UNKNOWN, "", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
