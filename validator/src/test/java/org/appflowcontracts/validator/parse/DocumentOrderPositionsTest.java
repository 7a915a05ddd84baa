package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Positions by pointer, looked up without a table of pointer strings. */
class DocumentOrderPositionsTest {

    private static LocatedDocument parse(String text, String name) throws Exception {
        return LocatedParser.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void everyValueIsFoundByItsPointerAndMissingOnesByTheirNearestAncestor() throws Exception {
        LocatedDocument doc = parse("{\"a\": {\"b/c\": [10, {\"~d\": true}], \"e\": []},\n \"f\": 1}", "x.json");
        assertThat(doc.positionOf("")).isEqualTo(new Position(1, 1));
        assertThat(doc.positionOf("/a")).isEqualTo(new Position(1, 2));
        assertThat(doc.positionOf("/a/b~1c")).isEqualTo(new Position(1, 8));
        assertThat(doc.positionOf("/a/b~1c/0")).isEqualTo(new Position(1, 16));
        assertThat(doc.positionOf("/a/b~1c/1/~0d")).isEqualTo(new Position(1, 21));
        assertThat(doc.positionOf("/a/e")).isEqualTo(new Position(1, 35));
        assertThat(doc.positionOf("/f")).isEqualTo(new Position(2, 2));
        assertThat(doc.positionOf("/a/b~1c/7")).as("no such item").isEqualTo(new Position(1, 8));
        assertThat(doc.positionOf("/a/b~1c/01")).as("not an index").isEqualTo(new Position(1, 8));
        assertThat(doc.positionOf("/a/missing/deeper")).isEqualTo(new Position(1, 2));
    }

    @Test
    void yamlAliasesAreCountedLikeTheCopiesTheyStandFor() throws Exception {
        LocatedDocument doc = parse("a: &x {p: 1, q: [2, 3]}\nb: *x\nc: 4\n", "x.yaml");
        assertThat(doc.positionOf("/b/q/1")).isEqualTo(new Position(2, 4));
        assertThat(doc.positionOf("/c")).isEqualTo(new Position(3, 1));
    }

    @Test
    void longNamesAndDeepNestingCostNoPointerPerValue() throws Exception {
        String name = "k".repeat(InputLimits.MAX_NAME_LENGTH);
        StringBuilder text = new StringBuilder("{\"zzz\": ");
        text.append(("{\"" + name + "\": ").repeat(60)).append('[').append("1,".repeat(999)).append("1]")
                .append("}".repeat(60)).append("}");
        LocatedDocument doc = parse(text.toString(), "deep.json");
        String pointer = ("/" + name).repeat(60);
        long before = usedHeap();
        for (int i = 0; i < 1000; i += 37) {
            assertThat(doc.positionOf("/zzz" + pointer + "/" + i).column()).isEqualTo(8 + 60 * (name.length() + 5)
                    + 1 + 2 * i + 1);
        }
        // A table of pointers would hold about 250 MB here (one 250,000-character string per value).
        assertThat(usedHeap() - before).isLessThan(64L << 20);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
