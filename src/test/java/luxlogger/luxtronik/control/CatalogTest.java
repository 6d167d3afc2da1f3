package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Shape;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void loadsEveryRowOfTheFieldTables() {
        assertThat(catalog.length(Group.PARAMETERS)).isEqualTo(1160);
        assertThat(catalog.length(Group.CALCULATIONS)).isEqualTo(269);
        assertThat(catalog.length(Group.VISIBILITIES)).isEqualTo(380);
        assertThat(catalog.fields()).hasSize(1160 + 269 + 380 + 1);
    }

    @Test
    void isLoadedOnce() {
        assertThat(Catalog.standard()).isSameAs(catalog);
    }

    @Test
    void findsFieldsByIndex() {
        Field flow = catalog.field(Group.CALCULATIONS, 10);

        assertThat(flow.name()).isEqualTo("ID_WEB_Temperatur_TVL");
        assertThat(flow.column()).isEqualTo("calculations.ID_WEB_Temperatur_TVL");
        assertThat(flow.type()).isEqualTo(FieldType.CELSIUS);
        assertThat(flow.unit()).isEqualTo("°C");
        assertThat(flow.label()).isEqualTo("Flow temperature");
        assertThat(catalog.field(Group.PARAMETERS, 3).type()).isEqualTo(FieldType.HEATING_MODE);
        assertThat(catalog.field(Group.VISIBILITIES, 0).name()).isEqualTo("ID_Visi_NieAnzeigen");
    }

    @Test
    void keepsUnknownIndices() {
        Field parameter = catalog.field(Group.PARAMETERS, 1165);
        Field calculation = catalog.field(Group.CALCULATIONS, 270);
        Field visibility = catalog.field(Group.VISIBILITIES, 390);

        assertThat(parameter.name()).isEqualTo("Unknown_Parameter_1165");
        assertThat(calculation.name()).isEqualTo("Unknown_Calculation_270");
        assertThat(visibility.name()).isEqualTo("Unknown_Visibility_390");
        assertThat(List.of(parameter, calculation, visibility)).allMatch(f -> f.type() == FieldType.UNKNOWN);
        assertThat(catalog.field(Group.PARAMETERS, 1165)).isSameAs(parameter);
    }

    @Test
    void representsTheFirmwareAsDerivedFieldBesideItsCharacters() {
        Field version = catalog.field("calculations.ID_WEB_SoftStand").orElseThrow();

        assertThat(version.type()).isEqualTo(FieldType.VERSION);
        assertThat(version.index()).isEqualTo(81);
        assertThat(version.label()).isEqualTo("Firmware version");
        assertThat(catalog.field(Group.CALCULATIONS, 81).name()).isEqualTo("ID_WEB_SoftStand_0");
        assertThat(catalog.field(Group.CALCULATIONS, 81).type()).isEqualTo(FieldType.CHARACTER);
    }

    @Test
    void findsFieldsByColumnOrNameIgnoringCase() {
        Field outdoor = catalog.field(Group.CALCULATIONS, 15);

        assertThat(catalog.field("calculations.ID_WEB_Temperatur_TA")).contains(outdoor);
        assertThat(catalog.field("id_web_temperatur_ta")).contains(outdoor);
        assertThat(catalog.field(" CALCULATIONS.ID_WEB_Temperatur_TA ")).contains(outdoor);
        assertThat(catalog.field("parameters.ID_WEB_Temperatur_TA")).isEmpty();
        assertThat(catalog.field("ID_WEB_Temperatur_Nowhere")).isEmpty();
    }

    @Test
    void findsGeneratedFieldsByName() {
        assertThat(catalog.field("calculations.Unknown_Calculation_270"))
                .contains(catalog.field(Group.CALCULATIONS, 270));
        assertThat(catalog.field("Unknown_Parameter_1165")).contains(catalog.field(Group.PARAMETERS, 1165));
        assertThat(catalog.field("Unknown_Parameter_x")).isEmpty();
        assertThat(catalog.field("Unknown_Parameter_")).isEmpty();
    }

    @Test
    void labelsTheFieldsUsersLookAt() {
        assertThat(label(Group.CALCULATIONS, 15)).isEqualTo("Outdoor temperature");
        assertThat(label(Group.CALCULATIONS, 11)).isEqualTo("Return temperature");
        assertThat(label(Group.CALCULATIONS, 17)).isEqualTo("Hot water temperature");
        assertThat(label(Group.CALCULATIONS, 44)).isEqualTo("Output: compressor 1 (VD1)");
        assertThat(label(Group.CALCULATIONS, 57)).isEqualTo("Compressor 1 starts");
        assertThat(label(Group.CALCULATIONS, 78)).isEqualTo("Heat pump type");
        assertThat(label(Group.CALCULATIONS, 100)).isEqualTo("Error slot 1 code");
        assertThat(label(Group.CALCULATIONS, 151)).isEqualTo("Heat meter heating");
        assertThat(label(Group.CALCULATIONS, 180)).isEqualTo("High pressure");
        assertThat(label(Group.PARAMETERS, 3)).isEqualTo("Heating mode");
    }

    @Test
    void labelsEveryTypedCalculationByHand() {
        Set<String> curated = FieldTables.rows("labels.tsv").stream()
                .map(row -> row[0] + "." + row[1])
                .collect(Collectors.toSet());

        assertThat(catalog.fields())
                .filteredOn(f -> f.group() == Group.CALCULATIONS && f.type() != FieldType.UNKNOWN)
                .extracting(Field::column)
                .hasSizeGreaterThan(200)
                .allMatch(curated::contains);
    }

    @Test
    void generatesReadableLabelsFromNames() {
        assertThat(catalog.field("ID_Visi_Temp_Vorlauf").orElseThrow().label()).isEqualTo("Visible: Temperature flow");
        assertThat(catalog.field("ID_Einst_SuHkrTG_zeit_0_0").orElseThrow().label())
                .isEqualTo("Timer heating circuit days time 0 0");
        assertThat(catalog.field("Unknown_Calculation_234").orElseThrow().label())
                .isEqualTo("Unknown calculation 234");
    }

    @Test
    void correctsScalesWhereTheDumpsDisagreeWithTheTables() {
        assertThat(type("parameters.ID_Waermemenge_Hz")).isEqualTo(FieldType.ENERGY_HUNDREDTHS);
        assertThat(type("parameters.HEAT_ENERGY_INPUT")).isEqualTo(FieldType.ENERGY_HUNDREDTHS);
        assertThat(type("parameters.ID_Waermemenge_ZWE")).isEqualTo(FieldType.ENERGY);
        assertThat(type("calculations.ID_WEB_WMZ_Heizung")).isEqualTo(FieldType.ENERGY);
        assertThat(type("calculations.ID_WEB_AnalogOut1")).isEqualTo(FieldType.VOLTAGE_HUNDREDTHS);
        assertThat(type("calculations.ID_WEB_AnalogIn")).isEqualTo(FieldType.VOLTAGE);
        assertThat(catalog.field("calculations.ID_WEB_AnalogOut1").orElseThrow().unit())
                .isEqualTo("V");
    }

    @Test
    void givesEveryFieldTheUnitOfItsType() {
        assertThat(catalog.fields())
                .filteredOn(f -> !f.type().unit().isEmpty())
                .hasSizeGreaterThan(180)
                .allMatch(f -> f.unit().equals(f.type().unit()));
    }

    @Test
    void listsTheFieldsOfShorterArraysInCatalogOrder() {
        List<Field> fields = catalog.fields(new Shape(1075, 232, 327));

        assertThat(fields).hasSize(1075 + 232 + 1 + 327);
        assertThat(fields).isSortedAccordingTo(Catalog.ORDER);
        assertThat(fields.get(0)).isEqualTo(catalog.field(Group.PARAMETERS, 0));
        assertThat(fields.get(fields.size() - 1)).isEqualTo(catalog.field(Group.VISIBILITIES, 326));
        int version = fields.indexOf(catalog.field("ID_WEB_SoftStand").orElseThrow());
        assertThat(fields.get(version + 1).name()).isEqualTo("ID_WEB_SoftStand_0");
    }

    @Test
    void listsGeneratedFieldsForLongerArrays() {
        List<Field> fields = catalog.fields(new Shape(1165, 270, 390));

        assertThat(fields).hasSize(1165 + 270 + 1 + 390);
        assertThat(fields).contains(catalog.field(Group.PARAMETERS, 1164), catalog.field(Group.VISIBILITIES, 389));
        assertThat(fields.get(1164).name()).isEqualTo("Unknown_Parameter_1164");
    }

    @Test
    void includesTheFirmwareOnlyWhenItsFirstIndexIsThere() {
        Field version = catalog.field("ID_WEB_SoftStand").orElseThrow();

        assertThat(catalog.fields(new Shape(0, 81, 0))).doesNotContain(version);
        assertThat(catalog.fields(new Shape(0, 82, 0))).contains(version);
        assertThat(catalog.fields(Shape.NONE)).isEmpty();
    }

    @Test
    void selectsByGlobIgnoringCase() {
        List<Field> temperatures = catalog.select("id_web_temperatur_t*");

        assertThat(temperatures)
                .extracting(Field::name)
                .contains("ID_WEB_Temperatur_TVL", "ID_WEB_Temperatur_TA", "ID_WEB_Temperatur_THG_2")
                .allMatch(name -> name.startsWith("ID_WEB_Temperatur_T"));
        assertThat(catalog.select("calculations.*_TA")).extracting(Field::name).containsExactly("ID_WEB_Temperatur_TA");
        assertThat(catalog.select("ID_WEB_Temperatur_T?"))
                .extracting(Field::name)
                .containsExactly("ID_WEB_Temperatur_TA");
        assertThat(catalog.select("visibilities.*")).hasSize(380);
    }

    @Test
    void selectsByExactNameOrColumn() {
        assertThat(catalog.select("ID_WEB_Temperatur_TA, calculations.ID_WEB_Temperatur_TVL"))
                .extracting(Field::column)
                .containsExactly("calculations.ID_WEB_Temperatur_TVL", "calculations.ID_WEB_Temperatur_TA");
        assertThat(catalog.select("Unknown_Parameter_1200")).containsExactly(catalog.field(Group.PARAMETERS, 1200));
    }

    @Test
    void returnsSelectionsInCatalogOrderWithoutDuplicates() {
        List<Field> selected = catalog.select(
                List.of("ID_WEB_Temperatur_TA", "parameters.ID_Ba_Hz_akt", "ID_WEB_Temperatur_T*", "ID_Ba_Hz_akt"));

        assertThat(selected).doesNotHaveDuplicates().isSortedAccordingTo(Catalog.ORDER);
        assertThat(selected.get(0).name()).isEqualTo("ID_Ba_Hz_akt");
    }

    @Test
    void ignoresBlankPatterns() {
        assertThat(catalog.select(" , ID_WEB_Temperatur_TA,")).hasSize(1);
        assertThat(catalog.select("")).isEmpty();
    }

    @Test
    void namesThePatternThatMatchesNothing() {
        assertThatThrownBy(() -> catalog.select("ID_WEB_Temperatur_TVL, nothing*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nothing*'");
        assertThatThrownBy(() -> catalog.select(List.of("ID_WEB_Temperatur_XYZ")))
                .hasMessageContaining("'ID_WEB_Temperatur_XYZ'");
    }

    @Test
    void generatesFieldsForGapsInASmallCatalog() {
        var first = new Field(Group.PARAMETERS, 0, "First", FieldType.CELSIUS, "°C", "First");
        var third = new Field(Group.PARAMETERS, 2, "Third", FieldType.COUNT, "", "Third");
        var small = new Catalog(List.of(third, first));

        assertThat(small.length(Group.PARAMETERS)).isEqualTo(3);
        assertThat(small.length(Group.CALCULATIONS)).isZero();
        assertThat(small.fields()).containsExactly(first, third);
        assertThat(small.field(Group.PARAMETERS, 1).name()).isEqualTo("Unknown_Parameter_1");
        assertThat(small.fields(new Shape(3, 1, 0)))
                .extracting(Field::name)
                .containsExactly("First", "Unknown_Parameter_1", "Third", "Unknown_Calculation_0");
    }

    @Test
    void rejectsTwoFieldsAtOneIndex() {
        var one = new Field(Group.PARAMETERS, 0, "One", FieldType.COUNT, "", "One");
        var other = new Field(Group.PARAMETERS, 0, "Other", FieldType.COUNT, "", "Other");

        assertThatThrownBy(() -> new Catalog(List.of(one, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share index 0");
    }

    @Test
    void rejectsDuplicateNames() {
        var one = new Field(Group.PARAMETERS, 0, "Same", FieldType.COUNT, "", "One");
        var other = new Field(Group.CALCULATIONS, 0, "same", FieldType.COUNT, "", "Other");

        assertThatThrownBy(() -> new Catalog(List.of(one, other))).hasMessageContaining("not unique");
    }

    private String label(Group group, int index) {
        return catalog.field(group, index).label();
    }

    private FieldType type(String column) {
        return catalog.field(column).orElseThrow().type();
    }
}
