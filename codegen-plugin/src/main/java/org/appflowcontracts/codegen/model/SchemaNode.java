package org.appflowcontracts.codegen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema object (or boolean schema) of a document, with its assertions as typed keywords.
 *
 * @param location      file and JSON pointer of this node
 * @param keywords      the assertion and applicator keywords, in document order
 * @param rule          this node's own {@code appflowRule} annotation, if any
 * @param owner         the nearest enclosing {@code appflowRule} in the same document (this node's own rule
 *                      included); failures of this node's keywords are reported as that rule
 * @param title         the {@code title} annotation, or empty
 * @param description   the {@code description} annotation, or empty
 */
public record SchemaNode(
        SchemaLocation location,
        List<Keyword> keywords,
        Optional<RuleInfo> rule,
        Optional<RuleInfo> owner,
        String title,
        String description) {

    public SchemaNode {
        Objects.requireNonNull(location, "location");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(owner, "owner");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    /** The first keyword of the given kind, if present. */
    public <K extends Keyword> Optional<K> keyword(Class<K> kind) {
        for (Keyword k : keywords) {
            if (kind.isInstance(k)) {
                return Optional.of(kind.cast(k));
            }
        }
        return Optional.empty();
    }
}
