package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.codegen.parse.SchemaInput;

/**
 * Remembers the last successful generation in a marker file — the SHA-256 of (schema inputs, effective
 * configuration, compiler version) and the files it wrote — so that a build whose inputs did not change and whose
 * output is intact does not regenerate. The marker is written only after the output was written completely.
 */
public final class UpToDateCheck {

    private final Path marker;

    public UpToDateCheck(Path marker) {
        this.marker = marker;
    }

    public static String digest(List<SchemaInput> inputs, String configFingerprint, String compilerVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SchemaInput input : inputs) {
                update(sha, input.file().getBytes(StandardCharsets.UTF_8));
                update(sha, input.content());
            }
            update(sha, configFingerprint.getBytes(StandardCharsets.UTF_8));
            update(sha, compilerVersion.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Length-prefixed so that ("ab","c") and ("a","bc") differ. */
    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /** The last successful generation, if one is recorded. */
    public Optional<GenerationManifest> previous() throws IOException {
        return GenerationManifest.read(marker);
    }

    /**
     * Whether {@code previous} was generated from the same digest and left every one of its files in
     * {@code outputDirectory} as it wrote them (a file deleted or edited by hand, or removed by another run of the
     * goal, makes the output out of date).
     */
    public static boolean isUpToDate(Optional<GenerationManifest> previous, String digest, Path outputDirectory)
            throws IOException {
        return previous.isPresent() && previous.get().inputDigest().equals(digest)
                && previous.get().filesIntact(outputDirectory);
    }

    public void record(GenerationManifest manifest) throws IOException {
        manifest.write(marker);
    }

    /**
     * Forgets the last success before generating, so a failed run is never taken as up to date, but keeps the
     * list of files it wrote: the next successful run still removes those it no longer produces.
     */
    public void invalidate(Optional<GenerationManifest> previous) throws IOException {
        if (previous.isPresent()) {
            new GenerationManifest(INCOMPLETE, previous.get().fileHashes()).write(marker);
        } else {
            Files.deleteIfExists(marker);
        }
    }

    /** Stands where an input digest would; never equal to a SHA-256 in hexadecimal. */
    private static final String INCOMPLETE = "incomplete";
}
