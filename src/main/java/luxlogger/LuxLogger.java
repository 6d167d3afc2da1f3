package luxlogger;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The logger's HTTP API, under {@code /api}. Health is at {@code /health}, metrics at {@code /metrics}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "lux-logger",
                        version = "1.0",
                        description = "Readings and CSV reports of a heat pump with a Luxtronik 2 controller"))
public class LuxLogger extends Application {}
