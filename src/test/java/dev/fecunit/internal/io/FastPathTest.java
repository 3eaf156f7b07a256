package dev.fecunit.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers' fast paths (a harness line read straight from the buffer) give what the general
 * path gives. {@code \r\n} line ends always take the general path, so the same file written with
 * {@code \n} and with {@code \r\n} compares the two paths line for line.
 */
class FastPathTest {

    private static final String RECEIVED = "livekit_flexfec_packet_total{node_id=\"ND_1\",state=\"received\",track=\"TR_1\"}";
    private static final String PACKETS = "livekit_packet_total{direction=\"incoming\",track=\"TR_1\"}";
    /** A gauge: its values may fall and exceed 2^53, which a counter's may not. */
    private static final String GAUGE = "livekit_jitter_us{track=\"TR_1\"}";

    @Test
    void promValuesInTheGoClientsExponentFormAreTheDoublesTheyName() throws IOException {
        String lines = "";
        String[] values = {"1.000208e+06", "2.5", "1e-07", "0.1", "7", "1.32537e+06", "123456789012345.6", "9.5E2"};
        for (int poll = 0; poll < values.length; poll++) {
            lines += (1_000_000L * (poll + 1)) + "\t" + GAUGE + "\t" + values[poll] + "\n";
        }

        List<Finding> diagnostics = new ArrayList<>();
        Samples series = readProm(lines, diagnostics).get(0);

        assertThat(valuesOf(series)).containsExactly(1000208.0, 2.5, 1.0E-7, 0.1, 7.0, 1325370.0,
                123456789012345.6, 950.0);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void promSeriesReadTheSameWhicheverPathALineTakes() throws IOException {
        StringBuilder file = new StringBuilder();
        Random random = new Random(7);
        for (int poll = 0; poll < 2_000; poll++) {
            long wall = 1_763_900_000_065_814L + poll * 1_000_123L;
            file.append(wall).append('\t').append(RECEIVED).append('\t').append(poll * 273L).append('\n');
            file.append(wall).append('\t').append(GAUGE).append('\t').append(randomDecimal(random)).append('\n');
            if (poll % 7 == 0) {
                // a poll that lists its series in another order: the guess misses, the hash finds it
                file.append(wall).append('\t').append(PACKETS).append('\t').append(poll).append(".25\n");
            }
        }
        String lf = file.toString();
        String crlf = lf.replace("\n", "\r\n");

        List<Finding> fastDiagnostics = new ArrayList<>();
        List<Finding> generalDiagnostics = new ArrayList<>();
        List<Samples> fast = readProm(lf, fastDiagnostics);
        List<Samples> general = readProm(crlf, generalDiagnostics);

        assertThat(fast).hasSize(3);
        for (int s = 0; s < 3; s++) {
            assertThat(fast.get(s).labels()).isEqualTo(general.get(s).labels());
            assertThat(wallsOf(fast.get(s))).containsExactly(wallsOf(general.get(s)));
            assertThat(valuesOf(fast.get(s))).containsExactly(valuesOf(general.get(s)));
        }
        assertThat(fastDiagnostics).isEqualTo(generalDiagnostics);
    }

    @Test
    void promDecimalsReadAsJavaParsesThem() throws IOException {
        Random random = new Random(11);
        StringBuilder file = new StringBuilder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String text = randomDecimal(random);
            texts.add(text);
            file.append(1_000_000L + i).append('\t').append(GAUGE).append('\t').append(text).append('\n');
        }

        Samples series = readProm(file.toString(), new ArrayList<>()).get(0);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(Double.doubleToRawLongBits(series.value(i)))
                    .as(texts.get(i))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(texts.get(i))));
        }
    }

    @Test
    void aPromLineWithAFourthFieldIsSkippedEvenWhenItsMetricIsTheOneExpected() throws IOException {
        String lines = "1000000\t" + RECEIVED + "\t5\n"
                + "2000000\t" + RECEIVED + "\t6\n"
                + "3000000\t" + RECEIVED + "\t7\textra\n"
                + "4000000\t" + RECEIVED + "\t8e\n"
                + "5000000\t" + RECEIVED + "\t9\n";

        List<Finding> diagnostics = new ArrayList<>();
        Samples series = readProm(lines, diagnostics).get(0);

        assertThat(valuesOf(series)).containsExactly(5.0, 6.0, 9.0);
        assertThat(diagnostics).extracting(Finding::line).containsExactly(3L, 4L);
    }

    @Test
    void framesReadTheSameWhicheverPathARowTakes() throws IOException {
        StringBuilder file = new StringBuilder("recv_wall_us,frame_id,user_timestamp_us,width,height\n");
        Random random = new Random(3);
        long recv = 1_763_899_997_049_390L;
        for (int id = 1; id <= 3_000; id++) {
            recv += 20_000 + random.nextInt(30_000);
            if (id % 500 == 0) {
                file.append(recv).append(",").append(id).append(",,1280,720\n"); // no capture time
            } else if (id % 777 == 0) {
                file.append(recv).append(",").append(id).append(",x,1280,720\n"); // not an integer
            } else {
                file.append(recv).append(",").append(id).append(",").append(recv - 40_000 - random.nextInt(9_000))
                        .append(",").append(id < 1_500 ? "1280,720" : "640,360").append("\n");
            }
        }
        String lf = file.toString();
        String crlf = lf.replace("\n", "\r\n");
        long from = 1_763_899_997_049_390L + 5_000_000;
        long to = 1_763_899_997_049_390L + 60_000_000;

        List<Finding> fastDiagnostics = new ArrayList<>();
        List<Finding> generalDiagnostics = new ArrayList<>();
        FrameTable fast = readFrames(lf, from, to, fastDiagnostics);
        FrameTable general = readFrames(crlf, from, to, generalDiagnostics);

        assertThat(fast.size()).isGreaterThan(1_000).isEqualTo(general.size());
        for (int i = 0; i < fast.size(); i++) {
            assertThat(new long[] {fast.receiveUs(i), fast.frameId(i), fast.hasCaptureTime(i) ? fast.captureUs(i) : -1,
                    fast.width(i), fast.height(i)})
                    .containsExactly(general.receiveUs(i), general.frameId(i),
                            general.hasCaptureTime(i) ? general.captureUs(i) : -1, general.width(i), general.height(i));
        }
        assertThat(fastDiagnostics).isEqualTo(generalDiagnostics).extracting(Finding::line).contains(778L);
    }

    @Test
    void aHarnessRowIsReadAsItsFiveNumbers() throws IOException {
        String file = "recv_wall_us,frame_id,user_timestamp_us,width,height\n"
                + "1763899997049390,1,1763899997000000,1280,720\n"
                + "1763899997074520,2,1763899997033333,640,360\n";

        List<Finding> diagnostics = new ArrayList<>();
        FrameTable frames = readFrames(file, 0, Long.MAX_VALUE, diagnostics);

        assertThat(frames.size()).isEqualTo(2);
        assertThat(new long[] {frames.receiveUs(1), frames.frameId(1), frames.captureUs(1), frames.width(1),
                frames.height(1)}).containsExactly(1763899997074520L, 2, 1763899997033333L, 640, 360);
        assertThat(diagnostics).isEmpty();
    }

    /** A number as Prometheus clients write them: integers, decimals, and exponents either side of the fast path's reach. */
    private static String randomDecimal(Random random) {
        int digits = 1 + random.nextInt(17);
        StringBuilder mantissa = new StringBuilder();
        mantissa.append(1 + random.nextInt(9));
        for (int d = 1; d < digits; d++) {
            mantissa.append(random.nextInt(10));
        }
        String m = mantissa.toString();
        switch (random.nextInt(4)) {
            case 0:
                return m;
            case 1:
                int point = 1 + random.nextInt(m.length());
                return point == m.length() ? m : m.substring(0, point) + "." + m.substring(point);
            default:
                String head = m.length() == 1 ? m : m.charAt(0) + "." + m.substring(1);
                int exponent = random.nextInt(60) - 30;
                return head + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
    }

    private static List<Samples> readProm(String text, List<Finding> diagnostics) throws IOException {
        return PromTsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), diagnostics);
    }

    private static FrameTable readFrames(String text, long from, long to, List<Finding> diagnostics) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return FramesCsvReader.read(new ByteArrayInputStream(bytes), bytes.length, from, to, diagnostics)
                .frames(from, to);
    }

    private static double[] valuesOf(Samples series) {
        double[] values = new double[series.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.value(i);
        }
        return values;
    }

    private static long[] wallsOf(Samples series) {
        long[] walls = new long[series.size()];
        for (int i = 0; i < walls.length; i++) {
            walls[i] = series.wallUs(i);
        }
        return walls;
    }
}
