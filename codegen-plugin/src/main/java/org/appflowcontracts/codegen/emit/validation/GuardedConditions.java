package org.appflowcontracts.codegen.emit.validation;

import java.util.List;
import java.util.Map;
import org.appflowcontracts.codegen.fusion.ConditionTags;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Puts a guarded condition into the switch on the tag it tests. A guarded condition is an allOf member whose
 * only keyword is {@code if}/{@code then} (no {@code else}) and whose condition tests a tag among other things
 * ({@link ConditionTags}), such as {@code {"if": {"$ref": "#/$defs/isProjectionTask"}, "then": …}}. When the
 * tag holds another known string the condition is FALSE and the member does nothing, so the switch skips it; for
 * its own tag values, and whenever the switch cannot tell (a non-object, a missing member, an unknown or
 * non-string tag), the member is applied whole, exactly as before, condition and all.
 */
final class GuardedConditions {

    private GuardedConditions() {}

    /**
     * Adds {@code node} to the group switching on the first path it tests (an existing group of that path, else
     * a new one); false when {@code node} is no guarded condition.
     */
    static boolean join(SchemaGraph graph, SchemaNode node,
            Map<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Group> groups) {
        if (node.keywords().size() != 1 || !(node.keywords().get(0) instanceof Keyword.IfThenElse k)
                || k.then().isEmpty() || k.otherwise().isPresent()) {
            return false;
        }
        List<ConditionTags.TagTest> tags = ConditionTags.of(graph, k.condition());
        for (ConditionTags.TagTest tag : tags) {
            for (Map.Entry<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Group> group : groups.entrySet()) {
                if (members(group.getKey()).equals(tag.path())) {
                    group.getValue().addGuarded(new DiscriminatedBranches.Branch(tag.values(), node), node);
                    return true;
                }
            }
        }
        if (tags.isEmpty()) {
            return false;
        }
        ConditionTags.TagTest first = tags.get(0);
        // The condition requires nothing for the switch: a missing member applies the guarded member whole.
        List<DiscriminatedBranches.Step> path = first.path().stream().map(m -> new DiscriminatedBranches.Step(m, true)).toList();
        groups.computeIfAbsent(path, p -> new DiscriminatedBranches.Group())
                .addGuarded(new DiscriminatedBranches.Branch(first.values(), node), node);
        return true;
    }

    private static List<String> members(List<DiscriminatedBranches.Step> path) {
        return path.stream().map(DiscriminatedBranches.Step::member).toList();
    }
}
