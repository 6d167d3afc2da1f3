package luxlogger.readings.control;

import java.util.List;
import luxlogger.readings.control.Schema.ColumnTypes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What each controller did per local day ({@code luxlogger.energy.entity.DaySummary}): derived from the polls
 * and recomputable, so a null figure (a counter the controller lacks) stays null, never 0.
 */
final class V3__DaySummaries extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        ColumnTypes types = ColumnTypes.of(context.getConnection());
        StringBuilder columns = new StringBuilder();
        for (String figure : DAY_FIGURES) {
            columns.append(figure).append(' ').append(types.real()).append(", ");
        }
        String withoutRowIds = types == ColumnTypes.SQLITE ? " WITHOUT ROWID" : "";
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE day_summary (controller INTEGER NOT NULL, day TEXT NOT NULL,"
                    + " rules INTEGER NOT NULL, computed " + types.integer() + " NOT NULL, firmware TEXT,"
                    + " samples INTEGER NOT NULL, coverage " + types.real()
                    + " NOT NULL, partial BOOLEAN NOT NULL, "
                    + columns + "electric_source TEXT, compressor_starts INTEGER, defrosts INTEGER,"
                    + " defrosts_estimated BOOLEAN, counter_events TEXT, PRIMARY KEY (controller, day))"
                    + withoutRowIds);
        }
    }

    private static final List<String> DAY_FIGURES = List.of(
            "heat_heating",
            "heat_hot_water",
            "heat_pool",
            "heat_total",
            "heat_aux",
            "electric_heating",
            "electric_hot_water",
            "electric_pool",
            "electric_cooling",
            "electric_total",
            "cop_heating",
            "cop_hot_water",
            "cop_total",
            "compressor_hours",
            "mean_run_minutes",
            "hours_heating",
            "hours_hot_water",
            "hours_cooling",
            "aux_hours",
            "outdoor_min",
            "outdoor_mean",
            "outdoor_max",
            "utility_lock_hours");
}
