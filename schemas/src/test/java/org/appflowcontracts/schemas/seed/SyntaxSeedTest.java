package org.appflowcontracts.schemas.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SyntaxSeedTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    @Test
    void placeholdersBecomeTypedFieldPaths() {
        SyntaxSeed seed = SyntaxSeed.read(MAPPER.readTree("""
                {"name": "string", "status": "Active|Draft", "catalog": "GLUE", "at": "datetime(2015, 1, 1)",
                 "count": 123, "flag": true, "tags": {"string": "string"},
                 "list": [{"inner": "string"}], "empty": {}}
                """));

        assertThat(seed.fields()).extracting(f -> f.path().toString(), SeedField::kind).containsExactly(
                tuple("name", ValueKind.STRING),
                tuple("status", ValueKind.ENUM),
                tuple("catalog", ValueKind.ENUM),
                tuple("at", ValueKind.TIMESTAMP),
                tuple("count", ValueKind.INTEGER),
                tuple("flag", ValueKind.BOOLEAN),
                tuple("tags", ValueKind.MAP),
                tuple("tags{}", ValueKind.STRING),
                tuple("list", ValueKind.LIST),
                tuple("list[]", ValueKind.STRUCTURE),
                tuple("list[].inner", ValueKind.STRING),
                tuple("empty", ValueKind.STRUCTURE));
        assertThat(seed.enumValuesByPath()).isEqualTo(Map.of(
                FieldPath.parse("status"), List.of("Active", "Draft"),
                FieldPath.parse("catalog"), List.of("GLUE")));
    }

    @Test
    void fieldPathsRoundTripThroughText() {
        for (String text : List.of("a", "a.b", "list[]", "list[].x.y", "tags{}", "m{}.x[][]")) {
            assertThat(FieldPath.parse(text).toString()).isEqualTo(text);
        }
        assertThat(FieldPath.parse("a.b[].c").steps()).containsExactly(
                new FieldPath.Member("a"), new FieldPath.Member("b"), new FieldPath.Items(), new FieldPath.Member("c"));
        assertThatThrownBy(() -> FieldPath.parse("a..b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.parse(".a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPlaceholdersAndEmptyListsAreRejected() {
        assertThatThrownBy(() -> SyntaxSeed.read(MAPPER.readTree("{\"x\": 1.5}")))
                .hasMessageContaining("unrecognised placeholder 1.5 at x");
        assertThatThrownBy(() -> SyntaxSeed.read(MAPPER.readTree("{\"x\": []}")))
                .hasMessageContaining("list x has no item placeholder");
    }
}
