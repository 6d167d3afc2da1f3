package it;

import java.net.URI;
import java.util.Map;
import org.microshed.testing.ApplicationEnvironment;

/**
 * The Liberty server the tests of the API share: started once per test run, when the first test asks for it,
 * on the address MicroShed Testing's manual mode is given (the build's failsafe configuration), polling the
 * built-in simulator every second; stopped when the run ends. A copy of the built server with its own
 * environment, so that the test settings stay out of the server {@code mvn liberty:run} uses.
 */
public final class SharedServer {

    /** The environment of the shared server, as a user would set it. */
    public static final Map<String, String> ENV = Map.of(
            "HOST", "simulator",
            "INTERVAL_SEC", "1",
            "TIMEOUT_SEC", "5",
            "RETRIES", "1",
            "SIMULATOR_SPEED", "60",
            "METRICS_FIELDS", "ID_WEB_Freq_VD_M*,ID_WEB_AktuelleTimeStamp");

    private static LibertyProcess server;

    private SharedServer() {}

    /** The shared server's HTTP API, at the URL MicroShed resolves; starts the server first if need be. */
    public static Api api() {
        start();
        return new Api(URI.create(ApplicationEnvironment.Resolver.load().getApplicationURL()));
    }

    /** The shared server's database file. */
    public static Database database() {
        return start().database();
    }

    /** The shared server itself, for what only its files show (logs, configuration). */
    public static LibertyProcess process() {
        return start();
    }

    private static synchronized LibertyProcess start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("microshed_http_port", "19080"));
            server = new LibertyProcess("luxIT", port, ENV).withoutData().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
