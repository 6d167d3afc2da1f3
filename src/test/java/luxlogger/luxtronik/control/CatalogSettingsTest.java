package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Group;
import org.junit.jupiter.api.Test;

/**
 * Which parameters are settings, as the kind column of {@code parameters.tsv} says: the event journal tells a change
 * of a setting, never of a counter, clock, history or the controller's own state that sits among the parameters.
 */
class CatalogSettingsTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void marksTheCountersClocksAndHistoriesAmongTheParametersAsNoSettings() {
        List<Integer> changingByThemselves = indices(
                // energy and heat counters
                "852-855, 878-879, 1059-1060, 1136-1140",
                // operating seconds and starts
                "668-675, 728-730, 859",
                // the switch-off file and its index, the running outdoor averages, the last defrost
                "30-31, 716-727, 703-714, 1119",
                // the heat meter's reset time, countdown timers, the current hot-water target
                "880, 51, 157, 105");

        assertThat(changingByThemselves)
                .hasSize(56)
                .allSatisfy(index -> assertThat(parameter(index).setting())
                        .as(parameter(index).column())
                        .isFalse());
    }

    @Test
    void marksWhatPeopleSetAsSettings() {
        assertThat(parameter(11).name()).isEqualTo("ID_Einst_HzHwHKE_akt");
        assertThat(List.of(
                        parameter(11), // heating curve end point
                        parameter(1), // heating temperature correction
                        parameter(2), // hot water target temperature
                        parameter(3), // heating mode
                        parameter(4), // hot water mode
                        parameter(74), // hot water hysteresis
                        parameter(223), // a time of the heating timer program
                        parameter(864), // pump optimisation after-run, between the heat counters
                        parameter(1148))) // room thermostat target
                .allMatch(Field::setting);
    }

    @Test
    void treatsNoParameterOfACountingOrClockTypeAsASetting() {
        Set<FieldType> counting = EnumSet.of(
                FieldType.SECONDS, FieldType.COUNT, FieldType.ENERGY, FieldType.ENERGY_HUNDREDTHS, FieldType.TIMESTAMP);

        assertThat(catalog.fields())
                .filteredOn(f -> f.group() == Group.PARAMETERS && counting.contains(f.type()))
                .hasSizeGreaterThan(20)
                .noneMatch(Field::setting);
    }

    @Test
    void leavesMostParametersSettingsAndNoOtherValue() {
        assertThat(catalog.fields()).filteredOn(Field::setting).hasSizeBetween(1000, 1100);
        assertThat(catalog.fields())
                .filteredOn(f -> f.group() != Group.PARAMETERS)
                .hasSizeGreaterThan(600)
                .noneMatch(Field::setting);
        assertThat(catalog.field(Group.PARAMETERS, 1165).setting()).isFalse();
        assertThat(catalog.field("calculations.ID_WEB_SoftStand").orElseThrow().setting())
                .isFalse();
    }

    @Test
    void keepsTheSettingMarkOutOfOtherWaysToMakeAField() {
        var field = new Field(Group.PARAMETERS, 0, "First", FieldType.CELSIUS, "°C", "First");

        assertThat(field.setting()).isFalse();
        assertThat(field).isNotEqualTo(new Field(Group.PARAMETERS, 0, "First", FieldType.CELSIUS, "°C", "First", true));
    }

    /** Indices written as {@code 852-855, 859}. */
    private static List<Integer> indices(String... lists) {
        return Arrays.stream(String.join(",", lists).split(","))
                .map(String::strip)
                .flatMap(span -> {
                    String[] ends = span.split("-");
                    int first = Integer.parseInt(ends[0]);
                    int last = Integer.parseInt(ends[ends.length - 1]);
                    return IntStream.rangeClosed(first, last).boxed();
                })
                .toList();
    }

    private Field parameter(int index) {
        return catalog.field(Group.PARAMETERS, index);
    }
}
