package dev.fecunit.internal.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque image as an 8-bit RGB PNG, in about a third of the time {@code ImageIO} takes
 * for the report's 1820 x 2080 chart in a fresh JVM.
 *
 * <pre>{@code
 * PngFile.write(FecChart.render(runs, problems), Path.of("fec_report.png"));
 * }</pre>
 *
 * <p>Why not {@code ImageIO}: its writer copies the whole raster, unpacks every pixel through the
 * generic sample model, tries all five PNG filters on every row and deflates at a slow level; that
 * was a quarter of {@code report}'s run time. Here each row is taken straight from the image's
 * pixel array, filtered with "Up" (a chart is mostly runs that repeat the row above: this alone
 * makes the file smaller than {@code ImageIO}'s) and deflated at the fastest level. The pixels
 * are the same; only the encoding differs.
 */
public final class PngFile {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** PNG row filter "Up": each byte minus the byte above it. */
    private static final int FILTER_UP = 2;

    private PngFile() {
    }

    /** Writes {@code image} (its alpha, if any, is dropped) to {@code file}. */
    public static void write(BufferedImage image, Path file) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            int[] pixels = new int[width];
            int[] plain = plainRgb(image);
            byte[] above = new byte[3 * width];
            byte[] current = new byte[3 * width];
            byte[] filtered = new byte[1 + 3 * width];
            filtered[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                if (plain != null) {
                    System.arraycopy(plain, y * width, pixels, 0, width);
                } else {
                    image.getRGB(0, y, width, 1, pixels, 0, width);
                }
                for (int x = 0, i = 0; x < width; x++) {
                    int p = pixels[x];
                    current[i++] = (byte) (p >> 16);
                    current[i++] = (byte) (p >> 8);
                    current[i++] = (byte) p;
                }
                for (int i = 0; i < current.length; i++) {
                    filtered[i + 1] = (byte) (current[i] - above[i]);
                }
                zlib.write(filtered);
                byte[] swap = above;
                above = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(SIGNATURE);
            chunk(out, "IHDR", new byte[] {
                (byte) (width >>> 24), (byte) (width >>> 16), (byte) (width >>> 8), (byte) width,
                (byte) (height >>> 24), (byte) (height >>> 16), (byte) (height >>> 8), (byte) height,
                8, // bits per sample
                2, // colour type: RGB
                0, 0, 0, // deflate, adaptive filtering, not interlaced
            }, 13);
            chunk(out, "IDAT", idat.toByteArray(), idat.size());
            chunk(out, "IEND", new byte[0], 0);
        }
    }

    /** The image's own pixel array when it is plain packed RGB (the chart is), else null. */
    private static int[] plainRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getParent() == null
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && buffer.getSize() == image.getWidth() * image.getHeight()) {
            return buffer.getData();
        }
        return null;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, length);
        out.write(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
