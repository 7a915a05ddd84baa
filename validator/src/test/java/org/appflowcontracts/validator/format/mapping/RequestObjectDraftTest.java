package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A request object is the file's own while its members map to themselves, and a copy in file order otherwise. */
class RequestObjectDraftTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ObjectNode file() {
        ObjectNode file = NODES.objectNode();
        file.put("SAPOData", "NO_OP").put("Other", 1).put("Last", true);
        return file;
    }

    @Test
    void membersThatMapToThemselvesLeaveTheFilesObject() {
        ObjectNode file = file();
        RequestObjectDraft draft = new RequestObjectDraft(file);
        file.properties().forEach(e -> draft.add(e.getKey(), e.getValue(), e.getKey(), e.getValue()));
        assertThat(draft.result()).isSameAs(file);
        assertThat(draft.has("Other")).isTrue();
        assertThat(draft.has("absent")).isFalse();
    }

    @Test
    void fromTheFirstDifferenceTheRequestHasItsOwnObjectInFileOrder() {
        ObjectNode file = file();
        RequestObjectDraft draft = new RequestObjectDraft(file);
        draft.add("SAPOData", file.get("SAPOData"), "SAPOData", file.get("SAPOData"));
        draft.add("Other", file.get("Other"), "other", NODES.numberNode(2));
        draft.add("Last", file.get("Last"), "Last", file.get("Last"));
        ObjectNode expected = NODES.objectNode();
        expected.put("SAPOData", "NO_OP").put("other", 2).put("Last", true);
        assertThat(draft.result()).isNotSameAs(file).isEqualTo(expected);
        assertThat(names(draft.result())).containsExactly("SAPOData", "other", "Last");
        assertThat(file).isEqualTo(file());
    }

    @Test
    void aMemberLeftOutOrAddedMakesAnObjectOfItsOwn() {
        ObjectNode file = file();
        RequestObjectDraft draft = new RequestObjectDraft(file);
        draft.add("SAPOData", file.get("SAPOData"), "SAPOData", file.get("SAPOData"));
        draft.add("Other", file.get("Other"), null, null);
        draft.add("Last", file.get("Last"), "Last", file.get("Last"));
        assertThat(names(draft.result())).containsExactly("SAPOData", "Last");

        RequestObjectDraft withDefault = new RequestObjectDraft(file);
        file.properties().forEach(e -> withDefault.add(e.getKey(), e.getValue(), e.getKey(), e.getValue()));
        withDefault.addMissing("added", NODES.stringNode("x"));
        assertThat(names(withDefault.result())).containsExactly("SAPOData", "Other", "Last", "added");
        assertThat(withDefault.has("added")).isTrue();
        assertThat(file.has("added")).isFalse();
    }

    @Test
    void aRenamedMemberWithAnEqualButNotTheSameValueIsCopied() {
        ObjectNode file = file();
        RequestObjectDraft draft = new RequestObjectDraft(file);
        draft.add("SAPOData", file.get("SAPOData"), "SAPOData", NODES.stringNode("NO_OP"));
        assertThat(draft.result()).isNotSameAs(file);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }
}
