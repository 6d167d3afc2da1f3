package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A controller whose polls the database holds, under the name its polls, reports and metrics carry, and the
 * logger instance that polls it: several instances may share one PostgreSQL database, each with its own
 * controllers. Polls refer to it by its small number, which keeps them short.
 */
@Entity
@Table(name = "controller")
public class StoredController {

    @Id
    public int id;

    @Column(nullable = false, unique = true)
    public String name;

    /** The {@code INSTANCE_NAME} of the logger that polls it; null while no running logger has claimed it. */
    public String instance;

    protected StoredController() {}

    public StoredController(int id, String name, String instance) {
        this.id = id;
        this.name = name;
        this.instance = instance;
    }
}
