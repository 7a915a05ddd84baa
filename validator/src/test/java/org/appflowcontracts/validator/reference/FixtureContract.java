package org.appflowcontracts.validator.reference;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.rules.RuleIndex;

/** The engine test fixture contract ({@code engine/schemas/appflow/test/...} on the test classpath). */
public final class FixtureContract {

    public static final SchemaResources RESOURCES = new SchemaResources("engine/schemas/");
    public static final String CONTRACT = SchemaResources.ID_PREFIX + "appflow/test/Sample.contract.schema.json";
    public static final RuleIndex RULES = RuleIndex.load(RESOURCES, List.of(CONTRACT));

    private FixtureContract() {
    }

    public static List<Violation> validate(String json) {
        try {
            return validate(LocatedParser.parse(json.getBytes(StandardCharsets.UTF_8), "case.json"));
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static List<Violation> validate(LocatedDocument document) {
        var failures = ReferenceEngine.forSchema(RESOURCES, CONTRACT).evaluate(document.root());
        return new FailureReducer(RULES).reduce(failures, document);
    }
}
