package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonJsonTest {

    /** Each double given exactly (hexadecimal), with what python 3.11's repr printed for it. */
    @ParameterizedTest
    @CsvSource({
        "0x1.8266666666667p+5, 48.300000000000004", // 483 * 0.1
        "0x1.3f33333333334p+5, 39.900000000000006", // 399 * 0.1
        "-0x1.3333333333334p-1, -0.6000000000000001", // -6 * 0.1
        "0x1.68p+5, 45.0",
        "0x0.0p+0, 0.0",
        "-0x0.0p+0, -0.0",
        "0x1.2a05f2p+33, 10000000000.0", // Java: 1.0E10
        "0x1.c6bf52634p+49, 1000000000000000.0", // the last power of ten printed positionally
        "0x1.1c37937e08p+53, 1e+16",
        "0x1.0p+53, 9007199254740992.0",
        "0x1.a36e2eb1c432dp-14, 0.0001",
        "0x1.4f8b588e368f1p-17, 1e-05",
        "0x1.f67ea69ed3795p+57, 2.82879384806159e+17", // JDK 17: 2.82879384806159008E17, not the shortest
        "0x1.52d02c7e14af6p+76, 1e+23", // JDK 17: 9.999999999999999E22
        "0x0.0000000000001p-1022, 5e-324", // Java: 4.9E-324
        "0x1.fffffffffffffp+1023, 1.7976931348623157e+308",
        "0x1.3333333333334p-2, 0.30000000000000004",
    })
    void spellsFloatsAsPythonsRepr(String hex, String python) {
        assertThat(PythonJson.repr(Double.parseDouble(hex))).isEqualTo(python);
    }

    @Test
    void spellsScaledRawValuesAsPythonDid() {
        // python 3.11: repr(r * 0.1), repr(r * 0.01), repr(1 + r / 2); 2.7 million such values compared once
        // (raws -300,000 to 300,000 and 300,000 random 32-bit ones) gave no difference
        assertThat(PythonJson.repr(123_456_7 * 0.1)).isEqualTo("123456.70000000001");
        assertThat(PythonJson.repr(-2_147_483_648 * 0.1)).isEqualTo("-214748364.8");
        assertThat(PythonJson.repr(2_147_483_647 * 0.01)).isEqualTo("21474836.47");
        assertThat(PythonJson.repr(1 + 2_147_483_647 / 2.0)).isEqualTo("1073741824.5");
        assertThat(PythonJson.repr(7 * 0.01)).isEqualTo("0.07");
    }

    @Test
    void escapesStringsAsJsonDumpsWithEnsureAscii() {
        StringBuilder out = new StringBuilder();

        PythonJson.string(out, "q\"b\\s\n\r\t\b\f\u0001\u001f\u007f~ é€😀");

        // python 3.11: json.dumps("q\"b\\s\n\r\t\b\f\x01\x1f\x7f~ é€😀")
        assertThat(out)
                .hasToString("\"q\\\"b\\\\s\\n\\r\\t\\b\\f\\u0001\\u001f\\u007f~ \\u00e9\\u20ac\\ud83d\\ude00\"");
    }
}
