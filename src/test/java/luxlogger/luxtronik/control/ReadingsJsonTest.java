package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import org.junit.jupiter.api.Test;

class ReadingsJsonTest {

    private static Reading reading(FieldType type, int raw) {
        Field field = new Field(Group.CALCULATIONS, 15, "ID_Test_" + type.key(), type, type.unit(), type.key());
        return new Reading(field, raw, type.decode(raw));
    }

    private static JsonArray written(List<Reading> readings, boolean withGroup) {
        var text = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.writeStartArray();
            ReadingsJson.write(json, readings, withGroup);
            json.writeEnd();
        }
        return Json.createReader(new StringReader(text.toString())).readArray();
    }

    @Test
    void writesOneObjectPerReadingWithTheGroupOnlyWhenAsked() {
        List<Reading> readings = List.of(reading(FieldType.CELSIUS, -39), reading(FieldType.COUNT, 7));

        JsonObject outdoor = written(readings, true).getJsonObject(0);
        assertThat(outdoor.keySet()).containsExactly("name", "label", "group", "index", "raw", "value", "unit");
        assertThat(outdoor.getString("name")).isEqualTo("calculations.ID_Test_Celsius");
        assertThat(outdoor.getString("group")).isEqualTo("calculations");
        assertThat(outdoor.getInt("index")).isEqualTo(15);
        assertThat(outdoor.getInt("raw")).isEqualTo(-39);
        assertThat(outdoor.getString("unit")).isEqualTo("°C");
        assertThat(written(readings, false).getValuesAs(JsonObject.class))
                .hasSize(2)
                .allSatisfy(field ->
                        assertThat(field.keySet()).containsExactly("name", "label", "index", "raw", "value", "unit"));
    }

    @Test
    void writesNumbersAndFlagsBareAndEverythingElseAsText() {
        List<Reading> readings = List.of(
                reading(FieldType.CELSIUS, -39),
                reading(FieldType.COUNT, 7),
                reading(FieldType.BOOL, 1),
                reading(FieldType.TIMESTAMP, 1_700_000_000),
                new Reading(Field.unknown(Group.PARAMETERS, 2000), 0, null));

        List<JsonValue> values = written(readings, false).getValuesAs(JsonObject.class).stream()
                .map(field -> field.get("value"))
                .toList();

        assertThat(values.get(0).toString()).isEqualTo("-3.9");
        assertThat(values.get(1).toString()).isEqualTo("7");
        assertThat(values.get(2)).isEqualTo(JsonValue.TRUE);
        assertThat(values.get(3)).isEqualTo(Json.createValue("2023-11-14T22:13:20Z"));
        assertThat(values.get(4)).isEqualTo(JsonValue.NULL);
    }
}
