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
