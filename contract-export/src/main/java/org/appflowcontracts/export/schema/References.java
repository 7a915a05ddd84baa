package org.appflowcontracts.export.schema;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.appflowcontracts.export.ExportException;
import org.appflowcontracts.export.read.ContractsFolder;
import tools.jackson.databind.JsonNode;

/**
 * Rewrites the references between a contracts folder's documents for their embedded copies: a shape becomes
 * {@code <base><Shape>}, an embedded document {@code <base><its name>} plus the same pointer, and an entry document
 * (one that only refers to a shape) the shape it refers to.
 */
public final class References {

    private final ContractsFolder folder;
    private final String base;
    private final Map<String, String> embedded;

    /**
     * @param base     the prefix of every embedded schema, {@code #/components/schemas/} or {@code #/$defs/}
     * @param embedded relative paths of the other documents copied whole, to the name each gets under base
     */
    public References(ContractsFolder folder, String base, Map<String, String> embedded) {
        this.folder = folder;
        this.base = base;
        this.embedded = Map.copyOf(embedded);
    }

    /** The rewriting of the references met in the document at {@code documentPath}. */
    public UnaryOperator<String> in(String documentPath) {
        return ref -> resolve(documentPath, ref, 0);
    }

    /** The new reference to the shape named {@code shape}. */
    public String toShape(String shape) {
        return base + shape;
    }

    private String resolve(String documentPath, String ref, int depth) {
        String[] parts = ref.split("#", 2);
        String fragment = parts.length > 1 ? parts[1] : "";
        String target = parts[0].isEmpty() ? documentPath : sibling(documentPath, parts[0]);
        if (target.equals(ContractsFolder.SHAPES)) {
            if (!fragment.startsWith("/$defs/")) {
                throw problem(documentPath, ref, "a reference into the shapes must name a $defs entry");
            }
            return base + fragment.substring("/$defs/".length());
        }
        if (embedded.containsKey(target)) {
            return base + embedded.get(target) + fragment;
        }
        JsonNode entry = folder.documents().get(target);
        if (entry != null && fragment.isEmpty() && entry.path("$ref").isString() && depth < 8) {
            return resolve(target, entry.get("$ref").stringValue(), depth + 1);
        }
        throw problem(documentPath, ref, "refers to nothing the export embeds");
    }

    private static String sibling(String documentPath, String file) {
        Path parent = Path.of(documentPath).getParent();
        return (parent == null ? Path.of(file) : parent.resolve(file)).normalize().toString().replace('\\', '/');
    }

    private ExportException problem(String documentPath, String ref, String why) {
        return new ExportException(folder.source() + "/" + documentPath, "", "$ref \"" + ref + "\" " + why);
    }
}
