package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTest {

    @TempDir
    Path folder;

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        new Random(3).nextBytes(bytes);
        return bytes;
    }

    @Test
    void writesTheBodyToANewFileInTheFolderCreatingIt() throws Exception {
        byte[] body = bytes(300_000);

        Path file = Upload.receive(new ByteArrayInputStream(body), folder.resolve("data"), body.length);

        assertThat(file.getParent()).isEqualTo(folder.resolve("data"));
        assertThat(file.getFileName().toString()).startsWith("import-").endsWith(".db");
        assertThat(Files.readAllBytes(file)).isEqualTo(body);
    }

    @Test
    void refusesABodyLongerThanTheLimitAndKeepsNothing() {
        assertThatThrownBy(() -> Upload.receive(new ByteArrayInputStream(bytes(300_000)), folder, 299_999))
                .isInstanceOf(Upload.TooLarge.class)
                .hasMessage("the file is larger than the 299999 bytes of free space it may take");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aBodyThatBreaksOffIsIncompleteAndKeepsNothing() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(bytes(100_000)), broken);

        assertThatThrownBy(() -> Upload.receive(body, folder, Long.MAX_VALUE))
                .isInstanceOf(Upload.Incomplete.class)
                .hasMessage("the file was not received completely: connection reset");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void mayTakeTheFreeSpaceUntilTheVolumeIsAsFullAsAllowed() throws Exception {
        var store = Files.getFileStore(folder);
        long full = Upload.limit(folder.resolve("not/yet/there"), 100);
        long ninety = Upload.limit(folder, 90);

        assertThat(full).isCloseTo(store.getUsableSpace(), Offset.offset(64L << 20));
        assertThat(ninety).isBetween(0L, full);
        if (ninety > 0) {
            // a tenth of the volume stays free
            assertThat(full - ninety).isCloseTo(store.getTotalSpace() / 10, Offset.offset(64L << 20));
        }
    }
}
