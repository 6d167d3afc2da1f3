package luxlogger.readings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void readsAQueryValueInAnyLetterCase() {
        assertThat(ExportFormat.of("csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(" JSONL ")).isEqualTo(ExportFormat.JSONL);
    }

    @Test
    void refusesAnUnknownFormatNamingTheParameter() {
        assertThatThrownBy(() -> ExportFormat.of("json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format='json' is unknown: use csv or jsonl");
    }

    @Test
    void knowsAFileByItsEndingAndNamesItsContentType() {
        assertThat(ExportFormat.ofFile("2026-01-31_daily.jsonl")).contains(ExportFormat.JSONL);
        assertThat(ExportFormat.ofFile("2026-01-31_daily.csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.ofFile("luxlogger.db")).isEmpty();
        assertThat(ExportFormat.JSONL.mediaType()).isEqualTo("application/x-ndjson");
        assertThat(ExportFormat.CSV.mediaType()).startsWith("text/csv");
    }
}
