package org.appflowcontracts.check;

import java.io.File;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.artifact.Artifact;

/**
 * What identifies the plugin's code and bundled contracts: each artifact's coordinates, and for a snapshot (rebuilt
 * under the same version) also its file's size and time, so stored outcomes of an older build are not reused.
 */
public final class ToolFingerprint {

    private ToolFingerprint() {
    }

    public static String of(List<Artifact> artifacts) {
        StringBuilder text = new StringBuilder();
        artifacts.stream().sorted(Comparator.comparing(Artifact::getId)).forEach(artifact -> {
            text.append(artifact.getId());
            File file = artifact.getFile();
            if (artifact.isSnapshot() && file != null) {
                text.append(' ').append(file.length()).append(' ').append(file.lastModified());
            }
            text.append('\n');
        });
        return ContentHash.of(text.toString());
    }
}
