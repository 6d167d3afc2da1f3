package luxlogger.readings.control;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw deflate (no zlib header or Adler-32: the formats carry their own checks) of a body whose uncompressed
 * length is stored before it as a varint, so that expanding knows exactly how much to expect.
 */
final class Deflate {

    private Deflate() {}

    /** Writes the varint length, then the compressed bytes. */
    static void compress(byte[] plain, int offset, int length, ByteWriter out) {
        out.varint(length);
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(plain, offset, length);
            deflater.finish();
            byte[] buffer = new byte[length + 64];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
    }

    /** Reads what {@link #compress} wrote from offset to the end of data; at most max bytes uncompressed. */
    static byte[] expand(byte[] data, int offset, int max) throws CorruptDataException {
        return expand(data, offset, max, null);
    }

    /**
     * As {@link #expand(byte[], int, int)}, with an inflater of the caller's (made with {@code nowrap}, reset here
     * and kept open) so that many small bodies in a row do not each set up and free the native one; null for a new.
     */
    static byte[] expand(byte[] data, int offset, int max, Inflater reused) throws CorruptDataException {
        var in = new ByteReader(data, offset, data.length);
        int length = in.count(max, "uncompressed length");
        var inflater = reused != null ? reused : new Inflater(true);
        inflater.reset();
        try {
            inflater.setInput(data, in.position(), in.remaining());
            byte[] plain = new byte[length];
            int n = inflater.inflate(plain);
            if (n != length || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new CorruptDataException("compressed body does not match its length " + length);
            }
            return plain;
        } catch (DataFormatException e) {
            throw new CorruptDataException("compressed body is corrupt: " + e.getMessage(), e);
        } finally {
            if (reused == null) {
                inflater.end();
            }
        }
    }
}
