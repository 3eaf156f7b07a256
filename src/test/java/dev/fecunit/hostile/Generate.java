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

    /** Any hostile mutation (see {@link Mutation}), the kinds roughly equally likely. */
    static Mutation hostile(SplittableRandom random) {
        String file = RunFiles.ALL.get(random.nextInt(RunFiles.ALL.size()));
        double at = random.nextDouble();
        return switch (random.nextInt(17)) {
            case 0 -> new Mutation.GarbageLine(file, at, garbage(random));
            case 1 -> new Mutation.ShuffleFrameRows(random.nextLong());
            case 2 -> new Mutation.DuplicateRows(file, at, random.nextInt(1, 200));
            case 3 -> new Mutation.DeleteLines(file, at, random.nextInt(1, 200));
            case 4 -> new Mutation.ShuffleLines(file, at, random.nextInt(2, 500), random.nextLong());
            case 5 -> new Mutation.FlipByte(file, at, 1 << random.nextInt(8));
            case 6 -> new Mutation.Truncate(file, random.nextDouble());
            case 7 -> new Mutation.InsertBytes(file, at, "NUL", new byte[random.nextInt(1, 4)]);
            case 8 -> new Mutation.InsertBytes(file, at, "invalid UTF-8",
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
            case 9 -> new Mutation.InsertBytes(file, at, "unbalanced quote", "\"".getBytes(StandardCharsets.UTF_8));
            case 10 -> new Mutation.HugeLine(file, at, random.nextInt(10_000, 2_000_000), random.nextBoolean() ? 'x' : ',');
            case 11 -> new Mutation.ReplaceField(file, at, random.nextInt(5),
                    EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
            case 12 -> new Mutation.RemoveFile(file);
            case 13 -> new Mutation.RemoveMetaKey(random.nextBoolean() ? "T0_US" : "T1_US");
            case 14 -> new Mutation.SetMetaKey(random.nextBoolean() ? "T0_US" : "T1_US",
                    EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
            case 15 -> new Mutation.TinyBursts(random.nextInt(1, 10_001), random.nextInt(1, 3) * 1_000L);
            default -> new Mutation.ManySeries(random.nextInt(1, 50_001));
        };
    }
}
