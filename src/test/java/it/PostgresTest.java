package it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The PostgreSQL harness: a real server that keeps what was committed across an outage (stop, start). */
class PostgresTest {

    @Test
    void aCommittedRowIsReadBackAfterTheServerWasStoppedAndStartedAgain() throws SQLException {
        try (var postgres = Postgres.launch()) {
            try (var connection = connect(postgres);
                    var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE poll (time BIGINT PRIMARY KEY, data BYTEA NOT NULL)");
                statement.execute("INSERT INTO poll VALUES (1700000000000, '\\x0102ff'::bytea)");
            }

            postgres.stop();
            assertThatThrownBy(() -> connect(postgres).close()).isInstanceOf(SQLException.class);
            postgres.start();

            try (var connection = connect(postgres);
                    var rows = connection.createStatement().executeQuery("SELECT time, data FROM poll")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1_700_000_000_000L);
                assertThat(rows.getBytes(2)).containsExactly(1, 2, 0xff);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedOverTcp() {
        try (var postgres = Postgres.launch()) {
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, "wrong")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    private static Connection connect(Postgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
    }
}
