package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;

class FirmwareTest {

    @Test
    void readsTheFirmwareOfBothRealDumps() {
        assertThat(Decoder.firmware(Profile.BOUNI_V3_78.snapshot())).isEqualTo("V3.78");
        assertThat(Decoder.firmware(Profile.COOLCHIP_V1_80.snapshot())).isEqualTo("V1.80");
    }

    @Test
    void isEmptyWhenTheCalculationsStopBeforeIt() {
        var snapshot = new Snapshot(Instant.EPOCH, new int[10], new int[50], new byte[5]);
        assertThat(Decoder.firmware(snapshot)).isEmpty();
    }
}
