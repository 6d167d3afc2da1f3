package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void matchesWholeTextOnly() {
        assertThat(Glob.matches("abc", "abc")).isTrue();
        assertThat(Glob.matches("abc", "abcd")).isFalse();
        assertThat(Glob.matches("bc", "abc")).isFalse();
    }

    @Test
    void letsStarMatchAnyTextIncludingNone() {
        assertThat(Glob.matches("*", "")).isTrue();
        assertThat(Glob.matches("a*", "a")).isTrue();
        assertThat(Glob.matches("id_*_ta", "id_web_temperatur_ta")).isTrue();
        assertThat(Glob.matches("*ta", "id_web_temperatur_tvl")).isFalse();
        assertThat(Glob.matches("*a*b*", "xxaxxbxx")).isTrue();
        assertThat(Glob.matches("*a*b", "xxaxxbxxc")).isFalse();
    }

    @Test
    void backtracksWhenTheFirstStarChoiceFails() {
        assertThat(Glob.matches("*ab", "aab")).isTrue();
        assertThat(Glob.matches("a*ab*c", "aabababc")).isTrue();
    }

    @Test
    void letsQuestionMarkMatchExactlyOneCharacter() {
        assertThat(Glob.matches("t?", "ta")).isTrue();
        assertThat(Glob.matches("t?", "t")).isFalse();
        assertThat(Glob.matches("t?", "tvl")).isFalse();
    }

    @Test
    void treatsRegexCharactersLiterally() {
        assertThat(Glob.matches("calculations.id", "calculations.id")).isTrue();
        assertThat(Glob.matches("calculations.id", "calculationsXid")).isFalse();
        assertThat(Glob.matches("a+b", "a+b")).isTrue();
    }
}
