package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.Target.SCHEDULED;

/** Rules on names, ARNs and other free-text members. */
final class NamingMutators {

    private NamingMutators() {
    }

    static void register(MutatorRegistry r) {
        naming(r);
    }

    private static void naming(MutatorRegistry r) {
        r.rule("FLOW_NAME_FORMAT", null, null, null, t -> {
            t.flow.put("flowName", "-" + t.flow.get("flowName").asString());
            return "/flowName";
        });
        r.rule("DESCRIPTION_CHARSET", null, null, null, t -> {
            t.flow.put("description", "Orders; daily");
            return "/description";
        });
        r.rule("TAG_KEY_VALUE_FORMAT", null, null, null, t -> {
            t.flow.putObject("tags").put("aws:team", "data");
            return "/tags/aws:team";
        });
        r.rule("TAG_KEY_VALUE_FORMAT.value", null, null, null, t -> {
            t.flow.putObject("tags").put("note", "a|b");
            return "/tags/note";
        });
        r.rule("TIMESTAMP_EPOCH_SECONDS", "Salesforce", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600_000L);
            return SCHEDULED + "/scheduleEndTime";
        });
        r.rule("PATTERN_FULL_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "acme appflow exports");
            return t.destinationBlock() + "/bucketName";
        });
    }
}
