package luxlogger.energy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * What one controller did on one local calendar day, computed from its stored raw polls and recomputable at
 * any time. Energies in kWh, times in hours, temperatures in °C. A {@code null} figure means the controller
 * has no such counter (or it never advanced), never zero.
 */
@Entity
@Table(name = "day_summary")
@IdClass(DaySummary.Key.class)
public class DaySummary {

    /** The controller's number (table {@code controller}). */
    @Id
    public int controller;

    /** The local date, ISO ({@code 2026-12-05}), in the logger's zone {@code TZ}. */
    @Id
    public String day;

    /** The version of the rules that computed the row: an older one is recomputed. */
    @Column(nullable = false)
    public int rules;

    /** UTC epoch milliseconds of the computation: a row computed before the day was over is recomputed. */
    @Column(nullable = false)
    public long computed;

    /** The firmware of the day's last poll. */
    public String firmware;

    @Column(nullable = false)
    public int samples;

    /** Share of the day covered by polls, 0-100 %; gaps longer than three poll intervals are not covered. */
    @Column(nullable = false)
    public double coverage;

    /** True below 90 % coverage. */
    @Column(nullable = false)
    public boolean partial;

    public Double heatHeating;
    public Double heatHotWater;
    public Double heatPool;
    public Double heatTotal;
    public Double heatAux;

    public Double electricHeating;
    public Double electricHotWater;
    public Double electricPool;
    public Double electricCooling;
    public Double electricTotal;
    /** {@code counter}, {@code integrated} (power reading integrated over time) or {@code null}. */
    public String electricSource;

    public Double copHeating;
    public Double copHotWater;
    public Double copTotal;

    public Integer compressorStarts;
    public Double compressorHours;
    public Double meanRunMinutes;
    public Double hoursHeating;
    public Double hoursHotWater;
    public Double hoursCooling;
    public Double auxHours;

    public Double outdoorMin;
    public Double outdoorMean;
    public Double outdoorMax;

    public Integer defrosts;
    /** True when the defrosts were counted from mode changes, which misses defrosts between polls. */
    public Boolean defrostsEstimated;

    public Double utilityLockHours;
    /** Counter glitches and resets found, e.g. {@code heatHeating:drop 0.2;electricHeating:reset}; null if none. */
    public String counterEvents;

    public DaySummary() {}

    /** The primary key: one row per controller and local day. */
    public record Key(int controller, String day) implements Serializable {

        /** For JPA. */
        public Key() {
            this(0, null);
        }
    }
}
