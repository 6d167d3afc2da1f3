package luxlogger.simulator.control;

/**
 * What the simulated compressor is doing, with the codes the controller shows for it: operating mode
 * (calculation 80), status line 1 (117) and status line 3 (119), as python-luxtronik's tables number them.
 */
enum PlantMode {
    IDLE(5, 1, 1),
    HEATING(0, 0, 0),
    HOT_WATER(1, 0, 5),
    DEFROST(4, 4, 7);

    final int operatingMode;
    final int statusLine1;
    final int statusLine3;

    PlantMode(int operatingMode, int statusLine1, int statusLine3) {
        this.operatingMode = operatingMode;
        this.statusLine1 = statusLine1;
        this.statusLine3 = statusLine3;
    }

    boolean compressorOn() {
        return this != IDLE;
    }
}
