package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one successful generation left behind: the digest of what it was generated from, and every file it wrote
 * with the SHA-256 of its content. It lets the next run tell an intact output from one that was deleted or edited
 * in part, and remove only files a generation of its own wrote, never a file it did not write.
 *
 * <p>Stored as text: the input digest on the first line, then one {@code <sha256> <path>} line per file, sorted.
 */
public record GenerationManifest(String inputDigest, SortedMap<String, String> fileHashes) {

    public GenerationManifest {
        fileHashes = new TreeMap<>(fileHashes);
    }

    static GenerationManifest of(String inputDigest, List<GeneratedFile> files) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (GeneratedFile file : files) {
            hashes.put(file.path(), sha256(file.content().getBytes(StandardCharsets.UTF_8)));
        }
        return new GenerationManifest(inputDigest, hashes);
    }

    /** The manifest in {@code marker}; empty when there is none or it is not one (an older or damaged marker). */
    static Optional<GenerationManifest> read(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1) {
                return Optional.empty();
            }
            hashes.put(line.substring(space + 1), line.substring(0, space));
        }
        return Optional.of(new GenerationManifest(lines.get(0).trim(), hashes));
    }

    void write(Path marker) throws IOException {
        StringBuilder text = new StringBuilder(inputDigest).append('\n');
        for (Map.Entry<String, String> file : fileHashes.entrySet()) {
            text.append(file.getValue()).append(' ').append(file.getKey()).append('\n');
        }
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, text, StandardCharsets.UTF_8);
    }

    /** Whether every file this generation wrote is still in {@code outputDirectory} exactly as written. */
    boolean filesIntact(Path outputDirectory) throws IOException {
        for (Map.Entry<String, String> file : fileHashes.entrySet()) {
            Path path = outputDirectory.resolve(file.getKey());
            if (!Files.isRegularFile(path) || !sha256(Files.readAllBytes(path)).equals(file.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
