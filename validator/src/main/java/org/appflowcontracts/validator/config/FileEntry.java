package org.appflowcontracts.validator.config;

import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.parse.Position;

/**
 * One {@code files} entry of the configuration.
 *
 * @param globs     the paths it applies to (any of them)
 * @param operation the document kind API bodies matched are checked as, canonical ({@code UpdateFlow}), if given
 * @param ignore    rule ids not reported in the files matched
 * @param reason    why, or empty
 * @param at        where the entry is written
 */
public record FileEntry(List<Glob> globs, Optional<String> operation, List<String> ignore, String reason,
        Position at) {

    public FileEntry {
        globs = List.copyOf(globs);
        ignore = List.copyOf(ignore);
    }

    public boolean matches(String relativePath) {
        return globs.stream().anyMatch(g -> g.matches(relativePath));
    }

    /** The globs as written, for messages. */
    public String describe() {
        return String.join(", ", globs.stream().map(Glob::text).toList());
    }
}
