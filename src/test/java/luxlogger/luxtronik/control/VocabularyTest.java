package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import luxlogger.luxtronik.entity.Group;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary =
            new Vocabulary(Map.of("temp", "temperature", "vorlauf", "flow", "akt", "", "su", "timer", "tg", "days"));

    @Test
    void translatesWordsAfterTheIdPrefix() {
        assertThat(vocabulary.label(Group.PARAMETERS, "ID_Einst_Temp_Vorlauf_akt"))
                .isEqualTo("Temperature flow");
    }

    @Test
    void splitsCamelCaseWordsItDoesNotKnowWhole() {
        assertThat(vocabulary.label(Group.PARAMETERS, "ID_Einst_SuHkrTG_zeit_0_1"))
                .isEqualTo("Timer Hkr days zeit 0 1");
    }

    @Test
    void marksVisibilities() {
        assertThat(vocabulary.label(Group.VISIBILITIES, "ID_Visi_Temp_Vorlauf")).isEqualTo("Visible: Temperature flow");
    }

    @Test
    void spellsOutUnknownNames() {
        assertThat(vocabulary.label(Group.VISIBILITIES, "Unknown_Visibility_357"))
                .isEqualTo("Unknown visibility 357");
    }

    @Test
    void fallsBackToTheNameWhenNothingIsLeft() {
        assertThat(vocabulary.label(Group.PARAMETERS, "akt")).isEqualTo("akt");
        assertThat(vocabulary.label(Group.PARAMETERS, "ID_akt")).isEqualTo("ID_akt");
    }
}
