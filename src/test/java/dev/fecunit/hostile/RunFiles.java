package dev.fecunit.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A run directory held in memory (file name to bytes), to be mutated and written out again: the
 * input of the property tests and of the {@link Fuzzer}.
 */
final class RunFiles {

    static final String META = "meta.env";
    static final String FRAMES = "frames.csv";
    static final String PROM = "prom.tsv";
    static final String EVENTS = "events.csv";
    static final List<String> ALL = List.of(META, FRAMES, PROM, EVENTS);

    private final Map<String, byte[]> files;

    private RunFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The four run files of {@code directory} (the ones present). */
    static RunFiles read(Path directory) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (String name : ALL) {
                Path file = directory.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunFiles(files);
    }

    /** A copy that mutations may change without touching this one. */
    RunFiles copy() {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        return new RunFiles(copy);
    }

    /** Writes the files into {@code directory} (created if missing), removing run files not held here. */
    Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (String name : ALL) {
                Path file = directory.resolve(name);
                if (files.containsKey(name)) {
                    Files.write(file, files.get(name));
                } else {
                    Files.deleteIfExists(file);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    byte[] bytes(String name) {
        return files.getOrDefault(name, new byte[0]);
    }

    void put(String name, byte[] bytes) {
        files.put(name, bytes);
    }

    void remove(String name) {
        files.remove(name);
    }

    /** Total bytes of all files. */
    long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * The lines of {@code name}, each with its line end ({@code \n}, {@code \r\n}, or none for a last
     * line without one), read as ISO-8859-1 so that every byte survives the round trip.
     */
    List<String> lines(String name) {
        String text = new String(bytes(name), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Replaces {@code name} by {@code lines} (each carrying its own line end). */
    void putLines(String name, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(text::append);
        files.put(name, text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The names of the files present. */
    Stream<String> names() {
        return files.keySet().stream();
    }
}
