package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A request object's members behave as the insertion-ordered hash map the readers use would. */
class RequestMembersTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void putGetRemoveAndOrderAgreeWithALinkedHashMap() {
        for (int capacity = 0; capacity <= RequestMembers.MAX_MEMBERS + 2; capacity++) {
            ObjectNode members = RequestMembers.object(capacity);
            ObjectNode reference = new ObjectNode(NODES, new LinkedHashMap<>());
            // Names that are equal but not the same instance, and two names with the same hash ("Aa", "BB").
            List<String> names = List.of("flowName", "Aa", "BB", "tasks", new String("tasks"), "kmsArn", "a", "b",
                    "c", "d", "e", "f");
            for (int i = 0; i < names.size(); i++) {
                members.set(names.get(i), NODES.numberNode(i));
                reference.set(names.get(i), NODES.numberNode(i));
            }
            members.remove("Aa");
            reference.remove("Aa");
            assertThat(members).as("capacity %d", capacity).isEqualTo(reference);
            assertThat(reference).isEqualTo(members);
            assertThat(members.hashCode()).isEqualTo(reference.hashCode());
            assertThat(names(members)).isEqualTo(names(reference));
            assertThat(members.get(new String("BB"))).isEqualTo(NODES.numberNode(2));
            assertThat(members.get("Aa")).isNull();
            assertThat(members.has("absent")).isFalse();
            assertThat(members.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void membersCanBeRemovedWhileIterated() {
        ObjectNode members = RequestMembers.object(3);
        members.put("a", 1).put("b", 2).put("c", 3);
        Iterator<Map.Entry<String, JsonNode>> it = members.properties().iterator();
        it.next();
        it.next();
        it.remove();
        assertThat(names(members)).containsExactly("a", "c");
        assertThat(members.get("c").asInt()).isEqualTo(3);
    }

    private static List<String> names(ObjectNode object) {
        List<String> out = new ArrayList<>();
        object.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }
}
