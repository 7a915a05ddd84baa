package org.appflowcontracts.properties.mutate;

/** Rules on destination write operations and their id fields. */
final class WriteOperationMutators {

    private WriteOperationMutators() {
    }

    static void register(MutatorRegistry r) {
        writeOperations(r);
    }

    private static void writeOperations(MutatorRegistry r) {
        r.rule("DEST_WRITE_OP_NEEDS_ID_FIELDS", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("writeOperationType", "UPSERT");
            return t.destinationBlock();
        });
        r.rule("DEST_ID_FIELDS_ONLY_FOR_KEYED_WRITES", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).putArray("idFieldNames").add("Id");
            return t.destinationBlock() + "/idFieldNames";
        });
        r.rule("SALESFORCE_SINGLE_ID_FIELD", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("writeOperationType", "UPSERT");
            t.object(t.destinationBlock()).putArray("idFieldNames").add("Id").add("Email");
            return t.destinationBlock() + "/idFieldNames";
        });
    }
}
