package luxlogger.simulator.entity;

/**
 * How a simulated connection misbehaves. One fault applies to a whole connection (chosen by the
 * fault policy when it is accepted); faults are what loggers meet in the field, see PROTOCOL.md §3-4.
 */
public enum SimulatorFault {
    /** A healthy controller. */
    NONE(true),
    /** Every answer comes only after the simulator's slow delay (default 30 s, beyond usual client timeouts). */
    SLOW(true),
    /** The first answer stops after half its bytes and the connection closes. */
    DROP(false),
    /**
     * Every answer arrives in pieces of 1-3 bytes, each flushed on its own about 0.1 ms apart (a 3003 answer
     * takes a few tenths of a second); the data stay correct.
     */
    SPLIT(true),
    /** Every answer echoes the wrong command (the one after it: 3003 → 3004 …), as a stream out of step would. */
    WRONG_ECHO(false),
    /**
     * The 3004 answer carries status 1 and then, like a healthy answer, the count and all values; the connection
     * stays open. Why data follow: python-luxtronik has always read on after a non-zero status, without a
     * timeout, and nobody reported it hanging, so a real controller evidently sends them. Clients that follow
     * FHEM or npm close the connection and retry later.
     */
    BUSY(false),
    /**
     * The count word is absurd: 2^30 for 3003 and 3005, -1 for 3004; the real values follow and the connection
     * stays open, so only a client that bounds the count (and does not wait for 4 GiB) recovers quickly.
     */
    ABSURD_LENGTH(false),
    /** The connection is accepted and closed at once, before any request is read. */
    REFUSE(false),
    /** Requests are read but never answered; the connection stays open until the client gives up. */
    HANG(false);

    private final boolean dataIntact;

    SimulatorFault(boolean dataIntact) {
        this.dataIntact = dataIntact;
    }

    /** True when a client that waits long enough still receives correct, complete answers. */
    public boolean dataIntact() {
        return dataIntact;
    }
}
