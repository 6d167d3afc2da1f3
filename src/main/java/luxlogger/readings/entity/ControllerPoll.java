package luxlogger.readings.entity;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * One poll on its way to the database: what was read, and from which controller. The name, not the database's
 * number for it, travels with the poll, since the database may not be reachable when it is read.
 *
 * @param controller the controller's name; null only for a poll spilled by a version that knew one controller,
 *     which belongs to the legacy controller ({@code CONTROLLER_NAME})
 */
public record ControllerPoll(String controller, Snapshot snapshot) {}
