package dev.fecunit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/** Random base runs and mutations for the property tests and the fuzzer. */
final class Generate {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Values a harness, a clock or an editor can leave in a numeric field. */
    static final List<String> EXTREME_NUMBERS = List.of("9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "0", "-1", "1e308", "-1e308", "NaN", "-Inf", "+Inf", "1.5e+06", "", " 12 ",
            "0x1F", "99999999999999999999999", "1763904000000000", "-1763904000000000", "1e-320", "3.", "٣");

    private Generate() {
    }

    /** Distinct simulator seeds of the base runs ({@code -Dfecunit.properties.baseRuns}): each is simulated once per JVM. */
    static final int BASE_RUN_SEEDS = Integer.getInteger("fecunit.properties.baseRuns", 4);

    /** A simulated run: 8 to 16 s, FEC or not, mostly shaped, sometimes with the defects of a run that died. */
    static BaseRun baseRun(SplittableRandom random) {
        return new BaseRun(random.nextInt(1, BASE_RUN_SEEDS + 1), 8 + 4 * random.nextInt(3), random.nextBoolean(),
                random.nextInt(10) < 7, random.nextInt(10) < 3);
    }

    /** {@code 1..max} mutations made by {@code mutation}. */
    static Case withMutations(SplittableRandom random, int max, BiFunction<SplittableRandom, BaseRun, Mutation> mutation) {
        BaseRun base = baseRun(random);
        int count = random.nextInt(1, max + 1);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mutations.add(mutation.apply(random, base));
        }
        return new Case(base, mutations);
    }

    /** A garbage line in one of the files a base run has (meta.env, frames.csv, prom.tsv; events.csv when shaped). */
    static Mutation garbageLine(SplittableRandom random, BaseRun base) {
        List<String> files = new ArrayList<>(List.of(RunFiles.META, RunFiles.FRAMES, RunFiles.PROM));
        if (base.shaped()) {
            files.add(RunFiles.EVENTS);
        }
        return new Mutation.GarbageLine(files.get(random.nextInt(files.size())), random.nextDouble(), garbage(random));
    }

    /** Letters and spaces, starting with a letter: no reader can take it for a data line. */
    static String garbage(SplittableRandom random) {
        int length = random.nextInt(1, 41);
        StringBuilder text = new StringBuilder();
        text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        for (int i = 1; i < length; i++) {
            text.append(random.nextInt(8) == 0 ? ' ' : LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    /** The kinds of hostile mutation, each made by {@link #mutation(Kind, SplittableRandom)}. */
    enum Kind {
        GARBAGE_LINE, SHUFFLE_FRAME_ROWS, DUPLICATE_ROWS, DELETE_LINES, SHUFFLE_LINES, FLIP_BYTE, TRUNCATE, NUL,
        INVALID_UTF8, UNBALANCED_QUOTE, HUGE_LINE, EXTREME_NUMBER, REMOVE_FILE, REMOVE_META_KEY, SET_META_KEY,
        TINY_BURSTS, MANY_SERIES
    }

    /** Any hostile mutation (see {@link Mutation}) of any file, every kind equally likely. */
    static Mutation hostile(SplittableRandom random) {
        return hostile(random, List.of(Kind.values()), RunFiles.ALL);
    }

    /** A hostile mutation of one of {@code kinds} in one of {@code files}, each equally likely. */
    static Mutation hostile(SplittableRandom random, List<Kind> kinds, List<String> files) {
        return mutation(kinds.get(random.nextInt(kinds.size())), files.get(random.nextInt(files.size())), random);
    }

    /** A mutation of kind {@code kind} (of {@code file} where it concerns one file), its place and size drawn from {@code random}. */
    static Mutation mutation(Kind kind, String file, SplittableRandom random) {
        double at = random.nextDouble();
        return switch (kind) {
            case GARBAGE_LINE -> new Mutation.GarbageLine(file, at, garbage(random));
            case SHUFFLE_FRAME_ROWS -> new Mutation.ShuffleFrameRows(random.nextLong());
            case DUPLICATE_ROWS -> new Mutation.DuplicateRows(file, at, random.nextInt(1, 200));
            case DELETE_LINES -> new Mutation.DeleteLines(file, at, random.nextInt(1, 200));
            case SHUFFLE_LINES -> new Mutation.ShuffleLines(file, at, random.nextInt(2, 500), random.nextLong());
            case FLIP_BYTE -> new Mutation.FlipByte(file, at, 1 << random.nextInt(8));
            case TRUNCATE -> new Mutation.Truncate(file, random.nextDouble());
            case NUL -> new Mutation.InsertBytes(file, at, "NUL", new byte[random.nextInt(1, 4)]);
            case INVALID_UTF8 -> new Mutation.InsertBytes(file, at, "invalid UTF-8",
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
            case UNBALANCED_QUOTE -> new Mutation.InsertBytes(file, at, "unbalanced quote",
                    "\"".getBytes(StandardCharsets.UTF_8));
            case HUGE_LINE -> new Mutation.HugeLine(file, at, random.nextInt(10_000, 2_000_000),
                    random.nextBoolean() ? 'x' : ',');
            case EXTREME_NUMBER -> new Mutation.ReplaceField(file, at, random.nextInt(5),
                    EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
            case REMOVE_FILE -> new Mutation.RemoveFile(file);
            case REMOVE_META_KEY -> new Mutation.RemoveMetaKey(random.nextBoolean() ? "T0_US" : "T1_US");
            case SET_META_KEY -> new Mutation.SetMetaKey(random.nextBoolean() ? "T0_US" : "T1_US",
                    EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
            case TINY_BURSTS -> new Mutation.TinyBursts(random.nextInt(1, 10_001), random.nextInt(1, 3) * 1_000L);
            case MANY_SERIES -> new Mutation.ManySeries(random.nextInt(1, 50_001));
        };
    }
}
