package org.appflowcontracts.codegen.fusion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * The discriminator tests a condition schema makes: which member paths it requires to hold one of a set of
 * strings. Many rule conditions test the same tag ({@code taskType}, {@code connectorType}) among other things
 * ({@code isProjectionTask} is "a Filter task whose operator is PROJECTION"); knowing the tag each one tests lets
 * the compiler decide them all with one switch on the tag instead of evaluating every condition on every object.
 *
 * <p>Only conjunctions are followed ({@code properties}, {@code allOf}, {@code $ref}): a {@code const} or
 * {@code enum} of strings reached that way is one conjunct of the condition, so when every member on the path
 * is present (each level an object) and the tag is a string outside the set, the condition is FALSE, whatever
 * else it says and whatever other values are unknown (FALSE and anything is FALSE in Kleene's logic). Nothing is
 * claimed about any other case: a missing member, a non-object, an unknown or non-string tag.
 */
public final class ConditionTags {

    /** A tag test: the member path from the tested value to the tag, and the strings that may satisfy it. */
    public record TagTest(List<String> path, List<String> values) {
        public TagTest {
            path = List.copyOf(path);
            values = List.copyOf(values);
        }
    }

    /** Paths nest a few members deep; the bound only stops a schema that nests without end. */
    private static final int MAX_DEPTH = 8;

    private final SchemaGraph graph;
    private final List<TagTest> found = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();

    private ConditionTags(SchemaGraph graph) {
        this.graph = graph;
    }

    /** Every tag test {@code condition} makes as a conjunct, in schema order (empty when it makes none). */
    public static List<TagTest> of(SchemaGraph graph, SchemaNode condition) {
        ConditionTags tags = new ConditionTags(graph);
        tags.collect(condition, List.of());
        return List.copyOf(tags.found);
    }

    private void collect(SchemaNode schema, List<String> path) {
        SchemaNode node = graph.dereference(schema);
        if (path.size() > MAX_DEPTH || !visited.add(key(node.location(), path))) {
            return;
        }
        for (Keyword keyword : node.keywords()) {
            if (keyword instanceof Keyword.Properties p) {
                for (var member : p.members()) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(member.getKey());
                    collect(member.getValue(), longer);
                }
            } else if (keyword instanceof Keyword.AllOf a) {
                a.schemas().forEach(s -> collect(s, path));
            } else if (keyword instanceof Keyword.Ref r) {
                collect(graph.node(r.target()), path);
            } else if (!path.isEmpty()) {
                strings(keyword).ifPresent(values -> found.add(new TagTest(path, values)));
            }
        }
    }

    private static String key(SchemaLocation location, List<String> path) {
        return location + " " + path;
    }

    /** The strings of a {@code const} or {@code enum} whose values are all strings. */
    public static Optional<List<String>> strings(Keyword keyword) {
        List<Literal> literals;
        if (keyword instanceof Keyword.Const c) {
            literals = List.of(c.value());
        } else if (keyword instanceof Keyword.Enum e) {
            literals = e.values();
        } else {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Literal literal : literals) {
            if (!(literal instanceof Literal.StringLiteral s)) {
                return Optional.empty();
            }
            values.add(s.value());
        }
        return Optional.of(values);
    }
}
