package org.appflowcontracts.properties;

import java.util.Set;
import java.util.TreeSet;

import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;

import tools.jackson.databind.JsonNode;

/** Both engines for one document kind, and the comparable form of their findings. */
record Engines(String operation, ContractValidator reference, ContractValidator compiled) {

    static Engines of(String operation) {
        return new Engines(operation, ContractValidator.forOperation(operation, EngineKind.REFERENCE),
                ContractValidator.forOperation(operation, EngineKind.COMPILED));
    }

    /** A finding reduced to what both engines must agree on. */
    record Finding(String ruleId, String pointer, String severity) implements Comparable<Finding> {
        static Finding of(Violation v) {
            return new Finding(v.ruleId(), v.pointer(), v.severity().name());
        }

        @Override
        public int compareTo(Finding o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return ruleId + " @" + pointer + " (" + severity + ")";
        }
    }

    static Set<Finding> findings(ValidationReport report) {
        Set<Finding> findings = new TreeSet<>();
        for (Violation v : report.violations()) {
            findings.add(Finding.of(v));
        }
        return findings;
    }

    Set<Finding> referenceFindings(JsonNode document) {
        return findings(reference.validate(document));
    }

    Set<Finding> compiledFindings(JsonNode document) {
        return findings(compiled.validate(document));
    }
}
