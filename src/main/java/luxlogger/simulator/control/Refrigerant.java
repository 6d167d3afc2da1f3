package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.DEFROST;
import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;

/**
 * The refrigerant circuit and the heat source: hot gas, source temperature and the two pressures, settling
 * towards what the compressor's mode implies. Condensing 25-30 bar and evaporating 8-10 bar while heating hot
 * water, both settling to 12-16 bar at standstill, as in the real history.
 */
final class Refrigerant {

    private static final double ROOM = 21.0;

    private final boolean air;
    double hotGas;
    double source;
    double highPressure;
    double lowPressure;

    Refrigerant(boolean air, double outdoor, double outdoorAverage) {
        this.air = air;
        source = sourceTarget(PlantMode.IDLE, outdoor, outdoorAverage);
        hotGas = ROOM + 4;
        highPressure = saturation(source) + 0.1;
        lowPressure = saturation(source);
    }

    /** One step of {@link Plant#STEP} seconds after the flow temperature has moved. */
    void follow(PlantMode mode, double flow, double outdoor, double outdoorAverage) {
        double gasTarget = switch (mode) {
            case HEATING -> flow + 25;
            case HOT_WATER -> flow + 27;
            case DEFROST -> 30;
            case IDLE -> ROOM + 4;
        };
        hotGas = Plant.approach(hotGas, gasTarget, mode.compressorOn() ? 180 : 1200);
        source = Plant.approach(source, sourceTarget(mode, outdoor, outdoorAverage), air ? 60 : 900);
        double high;
        double low;
        if (mode == HEATING || mode == HOT_WATER) {
            high = saturation(condensation(mode, flow));
            low = saturation(evaporation(mode));
        } else if (mode == DEFROST) {
            high = saturation(25);
            low = saturation(outdoor - 12);
        } else {
            high = saturation(source) + 0.1;
            low = saturation(source);
        }
        double tau = mode.compressorOn() ? 60 : 300;
        highPressure = Plant.approach(highPressure, high, tau);
        lowPressure = Plant.approach(lowPressure, low, tau);
    }

    double evaporation(PlantMode mode) {
        return mode.compressorOn() ? source - (air ? 8 : 5) : source;
    }

    double condensation(PlantMode mode, double flow) {
        return mode.compressorOn() ? flow + 3 : source;
    }

    private double sourceTarget(PlantMode mode, double outdoor, double outdoorAverage) {
        if (air) {
            return outdoor + 0.3;
        }
        double ground = 8 + 0.1 * outdoorAverage;
        return mode.compressorOn() ? ground - 2.5 : ground;
    }

    /** Saturation pressure in bar of an R32-like refrigerant (8.1 bar at 0 °C, 31 bar at 50 °C). */
    static double saturation(double celsius) {
        return Math.exp(10.827 - 2385 / (celsius + 273.15));
    }
}
