package it;

import java.util.Map;

/**
 * The Liberty server most integration tests share: started once for the test run on the port MicroShed's
 * manual mode is told about, polling the built-in simulator every second, stopped when the run ends.
 */
public final class TestServer {

    /** The environment of the shared server, as a user would set it. */
    public static final Map<String, String> ENV = Map.of(
            "HOST", "simulator",
            "INTERVAL_SEC", "1",
            "TIMEOUT_SEC", "5",
            "RETRIES", "1",
            "SIMULATOR_SPEED", "60");

    private static LibertyProcess server;

    private TestServer() {
    }

    public static synchronized LibertyProcess shared() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("microshed_http_port", "19080"));
            server = new LibertyProcess("luxIT", port, ENV).withoutData().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
