package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad values, and no HOST at all: the application still deploys, logs each problem once in one clear line,
 * polls nothing, and readiness and the API say why.
 */
class BadConfigurationIT {

    @Test
    void badValuesAndNoHostStopPollingNamingEachVariable() {
        try (var server = new LibertyProcess(
                        "luxBadConfig",
                        Map.of(
                                "INTERVAL_SEC",
                                "0",
                                "PORT",
                                "70000",
                                "CSV_FIELDS",
                                "Nope*",
                                "REPORT_FORMATS",
                                "csv,xml",
                                "METRICS_FIELDS",
                                "ID_WEB_Temperatur_TA,Nope*",
                                "MQTT_URL",
                                "http://broker:1883",
                                "HEATPUMP_SOURCE",
                                "steam",
                                "RATED_OUTPUT_KW",
                                "-3"))
                .withoutData()) {
            server.start();
            assertThat(server.awaitLog("INTERVAL_SEC="))
                    .contains("INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400");
            server.awaitLog("PORT='70000' is invalid: expected a TCP port from 1 to 65535");
            server.awaitLog("HOST is not set");
            server.awaitLog("CSV_FIELDS='Nope*' is invalid: expected names or * patterns of fields");
            server.awaitLog("REPORT_FORMATS='csv,xml' is invalid: expected csv, jsonl or both, comma-separated");
            server.awaitLog("METRICS_FIELDS='ID_WEB_Temperatur_TA,Nope*' is invalid: expected names or * patterns of"
                    + " fields with numbers, comma-separated ('Nope*' matches none)");
            server.awaitLog(
                    "MQTT_URL='http://broker:1883' is invalid: expected tcp://HOST[:PORT] or ssl://HOST[:PORT]");
            server.awaitLog("HEATPUMP_SOURCE='steam' is invalid: expected air, ground or water");
            server.awaitLog("RATED_OUTPUT_KW='-3' is invalid: expected the heat pump's rated heat output in kW");

            Api api = server.api();
            var ready = api.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body())
                    .contains(
                            "\"status\":\"DOWN\"",
                            "INTERVAL_SEC='0' is invalid",
                            "PORT='70000' is invalid",
                            "HOST is not set",
                            "CSV_FIELDS='Nope*' is invalid",
                            "REPORT_FORMATS='csv,xml' is invalid",
                            "METRICS_FIELDS='ID_WEB_Temperatur_TA,Nope*' is invalid",
                            "MQTT_URL='http://broker:1883' is invalid",
                            "HEATPUMP_SOURCE='steam' is invalid",
                            "RATED_OUTPUT_KW='-3' is invalid");
            assertThat(api.get("health/live").statusCode()).isEqualTo(200);

            // the API answers in its one error shape, with every problem
            var latest = api.get("api/readings/latest");
            assertThat(latest.statusCode()).isEqualTo(503);
            JsonObject error = Api.json(latest);
            assertThat(error.getString("error")).isEqualTo("invalid configuration");
            assertThat(error.getJsonArray("details").getValuesAs(JsonString.class))
                    .anySatisfy(detail -> assertThat(detail.getString()).startsWith("HOST is not set"));

            // logged once each, not at every request or health check
            assertThat(server.log())
                    .filteredOn(line -> line.contains("Invalid configuration: HOST is not set"))
                    .hasSize(1);
            assertThat(server.dir().resolve("data/luxlogger.db.spill")).doesNotExist();
        }
    }

    @Test
    void hostWithControllersAndBadNamesStopPollingNamingEachVariable() {
        try (var server = new LibertyProcess(
                        "luxBadControllers",
                        Map.of(
                                "HOST", "192.0.2.10",
                                "CONTROLLERS", "cellar=simulator,annex=simulator",
                                "CONTROLLER_NAME", "Heat Pump",
                                "INSTANCE_NAME", "site berlin"))
                .withoutData()) {
            server.start();
            String both = "CONTROLLERS='cellar=simulator,annex=simulator' is invalid: expected either CONTROLLERS for"
                    + " several controllers or HOST for one, not both (HOST='192.0.2.10' is set too)";
            server.awaitLog(both);
            server.awaitLog("CONTROLLER_NAME='Heat Pump' is invalid: expected a name matching [a-z0-9][a-z0-9-]{0,31}");
            server.awaitLog("INSTANCE_NAME='site berlin' is invalid: expected up to 63 letters, digits");

            Api api = server.api();
            var ready = api.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains(both, "CONTROLLER_NAME='Heat Pump'", "INSTANCE_NAME='site berlin'");
            var controllers = api.get("api/controllers");
            assertThat(controllers.statusCode()).isEqualTo(503);
            assertThat(Api.json(controllers).getString("error")).isEqualTo("invalid configuration");
            assertThat(server.log()).noneMatch(line -> line.contains("SIMULATED heat pump"));
            assertThat(server.errors()).hasSize(3).allMatch(line -> line.contains("Invalid configuration: "));
        }
    }

    @Test
    void aBadOrDoubledControllerNameStopsPollingNamingControllers() {
        try (var server = new LibertyProcess(
                        "luxBadNames", Map.of("CONTROLLERS", "Cellar=simulator,annex=simulator,annex=simulator"))
                .withoutData()) {
            server.start();
            server.awaitLog(
                    "CONTROLLERS='Cellar=simulator,annex=simulator,annex=simulator' is invalid: expected names"
                            + " matching [a-z0-9][a-z0-9-]{0,31}, e.g. heatpump, but 'Cellar' in 'Cellar=simulator' is not one");
            server.awaitLog("CONTROLLERS='Cellar=simulator,annex=simulator,annex=simulator' is invalid: expected each"
                    + " name once, but 'annex' is given more than once");
            var ready = server.api().get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body())
                    .contains("'Cellar' in 'Cellar=simulator' is not one", "'annex' is given more than once");
        }
    }
}
