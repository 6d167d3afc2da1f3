package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabFileTest {

    @Test
    void readsDataRowsWithoutHeaderNotesOrBlankLines() {
        List<String[]> rows = TabFile.rows("/tabfile/sample.tsv");

        assertThat(rows).containsExactly(new String[] {"a", "1", "x"}, new String[] {"b", "2", ""});
    }

    @Test
    void namesATableThatIsMissing() {
        assertThatThrownBy(() -> TabFile.rows("/tabfile/absent.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/tabfile/absent.tsv is missing from the classpath");
    }
}
