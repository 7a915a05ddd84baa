package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.SchemaValues;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

import tools.jackson.databind.JsonNode;

/**
 * Schema-generated requests and responses of every operation without rule overlays satisfy their contract:
 * neither engine reports anything. (CreateFlow and UpdateFlow carry cross-field rules; their valid documents come
 * from the flow generator.)
 */
class SchemaDocumentProperties {

    private static final Set<String> WITH_OVERLAYS = Set.of("CreateFlow", "UpdateFlow");

    @Test
    void schemaGeneratedDocumentsHaveNoFindings() {
        PropertyCheck.forAll(documents(), SchemaDocumentProperties::hasNoFindings);
    }

    private static void hasNoFindings(Samples.Sample sample) {
        Engines engines = Engines.of(sample.kind());
        Set<Engines.Finding> reference = engines.referenceFindings(sample.document());
        Set<Engines.Finding> compiled = engines.compiledFindings(sample.document());
        if (!reference.isEmpty() || !compiled.isEmpty()) {
            Engines.Finding first = reference.isEmpty() ? compiled.iterator().next() : reference.iterator().next();
            JsonNode small = Minimizer.minimize(sample.document(), candidate -> {
                Set<Engines.Finding> r = engines.referenceFindings(candidate);
                Set<Engines.Finding> c = engines.compiledFindings(candidate);
                return r.stream().anyMatch(f -> f.ruleId().equals(first.ruleId()))
                        || c.stream().anyMatch(f -> f.ruleId().equals(first.ruleId()));
            });
            throw new AssertionError(sample + "\n  reference: " + reference + "\n  compiled:  " + compiled
                    + "\n  minimized: " + small);
        }
    }

    /** A kind, a chance for optional members, then a document of that kind drawn with that chance. */
    private static Gen<Samples.Sample> documents() {
        List<String> kinds = new ArrayList<>(DocumentKinds.all());
        kinds.removeAll(WITH_OVERLAYS);
        Gen<String> kind = Generate.pick(kinds);
        Gen<Double> optional = SourceDSL.doubles().between(0.0, 1.0);
        // the third generator hands over the random source itself, for the schema walk to draw from
        return kind.zip(optional, SourceRandom.gen(random -> random), (k, chance, random) -> new Samples.Sample(k,
                "schema-generated", new SchemaValues(random, chance)
                        .generate(Contracts.entry(DocumentKinds.entrySchema(k)), 0)));
    }
}
