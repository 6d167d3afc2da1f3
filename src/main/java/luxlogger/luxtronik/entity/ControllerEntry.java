package luxlogger.luxtronik.entity;

import luxlogger.configuration.control.SettingsReader;

/**
 * One {@code name=host[:port]} entry of CONTROLLERS. An IPv6 address takes brackets when a port follows
 * ({@code [fd00::20]:8889}); without a port it may stand bare.
 */
final class ControllerEntry {

    private static final String PROPERTY = "controllers";

    private ControllerEntry() {}

    /**
     * @param list the whole value of CONTROLLERS, which each problem shows
     * @return the controller, or null when the entry is unusable (which is then a problem)
     */
    static NamedController parse(SettingsReader reader, String list, String entry, ControllerSettings shared) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            reader.problem(PROPERTY, list, Controllers.expectedList() + ", but '" + entry + "' is no such entry");
            return null;
        }
        String name = entry.substring(0, equals).trim();
        String address = entry.substring(equals + 1).trim();
        boolean usable = true;
        if (!NamedController.NAME.matcher(name).matches()) {
            reader.problem(
                    PROPERTY,
                    list,
                    "names matching " + NamedController.NAME + ", e.g. heatpump, but '" + name + "' in '" + entry
                            + "' is not one");
            usable = false;
        }
        String host = address;
        String port = null; // none given: PORT's
        int bracket = address.indexOf(']');
        if (address.startsWith("[") && bracket > 0) {
            host = address.substring(1, bracket);
            String rest = address.substring(bracket + 1);
            port = rest.isEmpty() ? null : rest.startsWith(":") ? rest.substring(1) : rest;
        } else if (address.indexOf(':') >= 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            host = address.substring(0, address.indexOf(':'));
            port = address.substring(address.indexOf(':') + 1);
        }
        if (host.equalsIgnoreCase(ControllerSettings.SIMULATOR)) {
            host = ControllerSettings.SIMULATOR;
        } else if (!ControllerSettings.HOST_NAME.matcher(host).matches()) {
            reader.problem(
                    PROPERTY,
                    list,
                    "a host name or IP address, e.g. 192.0.2.20, or 'simulator' after the name, but '" + address
                            + "' in '" + entry + "' is not one");
            usable = false;
        }
        int number = port == null ? shared.port() : port(port);
        if (number < 0) {
            reader.problem(
                    PROPERTY,
                    list,
                    "a TCP port from 1 to 65535 after the host, but '" + port + "' in '" + entry + "' is not one");
            usable = false;
        }
        return usable ? new NamedController(name, Controllers.withHost(shared, host, number)) : null;
    }

    /** The port, or -1 when the text is none. */
    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
