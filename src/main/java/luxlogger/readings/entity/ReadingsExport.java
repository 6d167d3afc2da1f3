package luxlogger.readings.entity;

import java.time.Instant;
import java.util.List;
import luxlogger.luxtronik.entity.Field;

/**
 * The answer of {@code GET /api/readings?format=csv|jsonl}: the polls of a range, one row each, in a file format.
 * The readings only say what to write; the reports, which own the formats, write it (a JAX-RS body writer), as
 * the readings may not depend on the reports.
 *
 * @param fields the columns, in the order of the catalog
 */
public record ReadingsExport(String controller, Instant from, Instant to, List<Field> fields, ExportFormat format) {

    public ReadingsExport {
        fields = List.copyOf(fields);
    }
}
