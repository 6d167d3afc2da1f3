package luxlogger.simulator.control;

/**
 * What the house asks of the {@link Compressor} at one step, as the controller sees it through its sensors.
 *
 * @param hotWaterLow the tank is below its target by more than the hysteresis
 * @param hotWaterDone the tank has reached its target
 * @param heatingLow the heating circuit is below its target by more than the hysteresis
 * @param heatingWanted the heating circuit is below its target at all
 * @param heatingDone the heating circuit is above its target by more than the hysteresis, or it is summer
 */
record Demand(
        boolean hotWaterLow, boolean hotWaterDone, boolean heatingLow, boolean heatingWanted, boolean heatingDone) {}
