package org.appflowcontracts.properties;

import java.util.List;
import java.util.Random;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.FlowGenerator;
import org.appflowcontracts.properties.gen.Noise;
import org.appflowcontracts.properties.gen.SchemaValues;
import org.appflowcontracts.properties.mutate.Mutation;
import org.appflowcontracts.properties.mutate.Mutator;
import org.appflowcontracts.properties.mutate.Mutators;

import org.quicktheories.core.Gen;

import tools.jackson.databind.JsonNode;

/** Arbitrary documents of every kind: valid, rule-mutated and structurally noisy. */
final class Samples {

    /** A document and the kind it is validated as. */
    record Sample(String kind, String origin, JsonNode document) {
        @Override
        public String toString() {
            return kind + " (" + origin + "): " + document;
        }
    }

    private Samples() {
    }

    static Gen<Sample> anyDocument() {
        return SourceRandom.gen(Samples::draw);
    }

    static Sample draw(Random random) {
        Noise noise = new Noise(random);
        int kind = random.nextInt(10);
        if (kind < 3) {
            JsonNode flow = new FlowGenerator(random).createFlow();
            return kind == 0 ? new Sample("CreateFlow", "valid", flow)
                    : new Sample(random.nextBoolean() ? "CreateFlow" : "UpdateFlow", "noisy flow", noise.apply(flow));
        }
        if (kind < 6) {
            List<Mutator> mutators = List.copyOf(Mutators.all().values());
            Mutation mutation = mutators.get(random.nextInt(mutators.size())).apply(random);
            return kind == 3 ? new Sample(mutation.operation(), "mutated " + mutation.ruleId(), mutation.mutated())
                    : new Sample(mutation.operation(), "noisy mutated " + mutation.ruleId(),
                            noise.apply(mutation.mutated()));
        }
        List<String> kinds = DocumentKinds.all();
        String documentKind = kinds.get(random.nextInt(kinds.size()));
        JsonNode document = new SchemaValues(random, 0.6).generate(Contracts.entry(DocumentKinds.entrySchema(documentKind)), 0);
        return kind < 8 ? new Sample(documentKind, "schema-generated", document)
                : new Sample(documentKind, "noisy schema-generated", noise.apply(document));
    }
}
