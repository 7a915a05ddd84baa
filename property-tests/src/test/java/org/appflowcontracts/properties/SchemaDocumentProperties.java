package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.SchemaValues;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * Schema-generated requests and responses of every operation without rule overlays satisfy their contract:
 * neither engine reports anything. (CreateFlow and UpdateFlow carry cross-field rules; their valid documents come
 * from the flow generator.)
 */
class SchemaDocumentProperties {

    private static final Set<String> WITH_OVERLAYS = Set.of("CreateFlow", "UpdateFlow");

    @Property(seed = Seeds.FIXED)
    void schemaGeneratedDocumentsHaveNoFindings(@ForAll("documents") Samples.Sample sample) {
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

    @Provide
    Arbitrary<Samples.Sample> documents() {
        List<String> kinds = new ArrayList<>(DocumentKinds.all());
        kinds.removeAll(WITH_OVERLAYS);
        return Combinators.combine(Arbitraries.of(kinds), Arbitraries.doubles().between(0.0, 1.0))
                .flatAs((kind, optional) -> Arbitraries.randomValue(random -> new Samples.Sample(kind,
                        "schema-generated", new SchemaValues(random, optional)
                                .generate(Contracts.entry(DocumentKinds.entrySchema(kind)), 0))));
    }
}
