package luxlogger.simulator.control;

/**
 * The hot-water tank: its temperature, the setpoint with the controller's hysteresis, and the nightly thermal
 * disinfection of the scenarios that have one.
 *
 * <p>Figures from the real history: about 430 l, so 3.4 kW warm it by the 0.1 K per minute seen there; a hysteresis
 * of about 2 K; a standing loss of 0.25 K per hour at 46 °C overnight.
 */
final class Tank {

    /** The disinfection temperature, P47 {@code ID_Einst_LGST_akt} of both dumps. */
    static final double DISINFECTION = 65;
    /** Above this tank temperature the compressor alone gets no further (about 63.5 °C flow): the heater helps. */
    static final double COMPRESSOR_REACH = 58;

    private static final double ROOM = 21.0;
    /** kWh per K. */
    private static final double CAPACITY = 0.50;
    /** Standing loss per hour, relative to the room. */
    private static final double LOSS = 0.010;

    private static final double HYSTERESIS = 2.0;
    /** The disinfection starts at 01:00 local time, when nobody draws water. */
    private static final long DISINFECTION_START = 3600;

    final double target;
    private final boolean disinfection;
    double temperature;
    /** A disinfection run is on: from its start until the tank reaches {@link #DISINFECTION}. */
    boolean disinfecting;

    Tank(double target, boolean disinfection, double temperature) {
        this.target = target;
        this.disinfection = disinfection;
        this.temperature = temperature;
    }

    /** One step ending at {@code time}: {@code heat} kW into the tank, {@code drawOff} K per hour tapped. */
    void step(long time, double heat, double drawOff) {
        long second = Weather.localSecondOfDay(time);
        if (disinfection && second >= DISINFECTION_START && second - Plant.STEP < DISINFECTION_START) {
            disinfecting = true;
        }
        double hours = Plant.STEP / 3600.0;
        temperature += (heat / CAPACITY - LOSS * (temperature - ROOM) - drawOff) * hours;
        if (disinfecting && temperature >= DISINFECTION) {
            disinfecting = false;
        }
    }

    boolean low() {
        return temperature < target - HYSTERESIS || disinfecting;
    }

    boolean done() {
        return !disinfecting && temperature >= target;
    }

    /** The disinfection has taken the tank beyond what the compressor reaches alone. */
    boolean beyondCompressor() {
        return disinfecting && temperature >= COMPRESSOR_REACH;
    }
}
