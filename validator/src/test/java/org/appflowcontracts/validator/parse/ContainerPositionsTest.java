package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Positions kept per container, recorded in any order, looked up by pointer without pointer text per value. */
class ContainerPositionsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void valuesRecordedOutOfDocumentOrderAreFoundByPointerAndMissingOnesByTheirNearestAncestor() {
        ObjectNode root = NODES.objectNode();
        ObjectNode a = root.putObject("a");
        ArrayNode list = a.putArray("b/c");
        ObjectNode item = list.addObject();
        item.put("~d", true);
        root.put("f", 1);
        ContainerPositions.Recorder recorder = new ContainerPositions.Recorder();
        recorder.member(root, "f", new Position(9, 1));
        recorder.member(root, "a", new Position(1, 1));
        recorder.member(a, "b/c", new Position(2, 3));
        recorder.item(list, 0, new Position(3, 5));
        recorder.member(item, "~d", new Position(4, 7));
        recorder.memberIfAbsent(a, "b/c", new Position(8, 8));
        LocatedDocument doc = new LocatedDocument(root, recorder.finish(root, new Position(1, 1)));

        assertThat(doc.positionOf("")).isEqualTo(new Position(1, 1));
        assertThat(doc.positionOf("/f")).isEqualTo(new Position(9, 1));
        assertThat(doc.positionOf("/a/b~1c")).as("the first record stays").isEqualTo(new Position(2, 3));
        assertThat(doc.positionOf("/a/b~1c/0/~0d")).isEqualTo(new Position(4, 7));
        assertThat(doc.positionOf("/a/b~1c/1")).as("no such item").isEqualTo(new Position(2, 3));
        assertThat(doc.positionOf("/a/b~1c/00")).as("not an index").isEqualTo(new Position(2, 3));
        assertThat(doc.positionOf("/a/missing/deeper")).isEqualTo(new Position(1, 1));
        assertThat(doc.positions().exact("/f/x")).as("below a scalar").isNull();
    }
}
