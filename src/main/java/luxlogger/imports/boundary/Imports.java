package luxlogger.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import luxlogger.BadRequest;
import luxlogger.imports.control.CacheFileException;
import luxlogger.imports.control.ImportRun;
import luxlogger.imports.control.ImportStopped;
import luxlogger.imports.control.Upload;
import luxlogger.imports.entity.ImportResult;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.reports.entity.ReportSettings;

/**
 * Imports of the earlier logger's database sent to the server, one at a time: the file is received beside the
 * database, imported into a controller's polls and deleted; then the day summaries and the event journal of the
 * imported span are computed again, as after any late polls ({@link PollsStored}).
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = System.getLogger(Imports.class.getName());
    /** HTTP's "insufficient storage" (RFC 4918), which JAX-RS names no constant for. */
    private static final int INSUFFICIENT_STORAGE = 507;

    @Inject
    PollStore store;

    @Inject
    Event<PollsStored> stored;

    @Inject
    Instance<ReadingsSettings> readings;

    @Inject
    Instance<ReportSettings> reports;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Receives and imports a file.
     *
     * @throws ClientErrorException 409 while another import runs, 413 when the file is larger than the free space
     * @throws BadRequest when the file is none of the earlier logger's (not SQLite, another schema, unreadable) or
     *     broke off
     * @throws WebApplicationException 507 when the file cannot be written beside the database
     * @throws ServiceUnavailableException when the database refused the polls; those stored before stay
     */
    public ImportResult run(InputStream body, String controller, ZoneId zone) {
        if (!running.compareAndSet(false, true)) {
            throw new ClientErrorException(
                    "an import is running: one at a time, send this one when it has answered",
                    Response.Status.CONFLICT);
        }
        try {
            Path file = receive(body);
            try {
                ImportResult result = new ImportRun(store).run(file, controller, zone);
                announce(controller, result.first(), result.last());
                return result;
            } catch (CacheFileException e) {
                throw new BadRequest("the file sent " + e.problem());
            } catch (ImportStopped e) {
                announce(controller, e.stored().first(), e.stored().last());
                String what = e.getCause() instanceof CacheFileException unreadable
                        ? "the file sent " + unreadable.problem()
                        : e.getMessage();
                throw new ServiceUnavailableException(
                        "import stopped after " + e.stored().imported()
                                + " polls, which are stored (send the file again to import the rest): " + what);
            } finally {
                delete(file);
            }
        } finally {
            running.set(false);
        }
    }

    private Path receive(InputStream body) {
        Path folder = readings.get().cachePath().toAbsolutePath().getParent();
        try {
            return Upload.receive(
                    body, folder, Upload.limit(folder, reports.get().diskMaxPercent()));
        } catch (Upload.TooLarge e) {
            throw new ClientErrorException(
                    e.getMessage() + " beside CACHE_PATH (DISK_MAX_PERCENT)", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        } catch (Upload.Incomplete e) {
            throw new BadRequest(e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot receive a file to import in {0}: {1}", folder, e.getMessage());
            throw new WebApplicationException(
                    "cannot receive the file beside CACHE_PATH: " + e.getMessage(), INSUFFICIENT_STORAGE);
        }
    }

    /** The summaries and the journal of the imported span are computed again; their failure is not the import's. */
    private void announce(String controller, Instant first, Instant last) {
        if (first == null) {
            return;
        }
        try {
            stored.fire(new PollsStored(controller, first, last));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "After importing polls of {0}: {1}", controller, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the received file {0}: {1}", file, e.getMessage());
        }
    }
}
