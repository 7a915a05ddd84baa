package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.Target.SCHEDULED;
import static org.appflowcontracts.properties.mutate.Target.SOURCE;

/** Rules on triggers, schedules and update bodies. */
final class TriggerMutators {

    private TriggerMutators() {
    }

    static void register(MutatorRegistry r) {
        scheduleProperties(r);
        scheduleWindow(r);
        otherTriggers(r);
    }

    private static void scheduleProperties(MutatorRegistry r) {
        r.rule("SCHEDULED_NEEDS_TRIGGER_PROPERTIES", "S3", "S3", "Scheduled", t -> {
            t.object("/triggerConfig").remove("triggerProperties");
            t.source().remove("incrementalPullConfig");
            return "/triggerConfig";
        });
        r.rule("TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED", "S3", "S3", "OnDemand", t -> {
            t.object("/triggerConfig").putObject("triggerProperties").putObject("Scheduled")
                    .put("scheduleExpression", "rate(1hours)");
            return "/triggerConfig/triggerProperties";
        });
        r.rule("SCHEDULE_EXPRESSION_SYNTAX", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "every hour");
            return SCHEDULED + "/scheduleExpression";
        });
        r.rule("SCHEDULE_EXPRESSION_SYNTAX.cron-console", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "cron(0 " + t.random.nextInt(24) + " * * ? *)");
            return SCHEDULED + "/scheduleExpression";
        });
        r.rule("SCHEDULE_RATE_PLURAL_UNIT", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "rate(1hour)");
            return SCHEDULED + "/scheduleExpression";
        });
    }

    private static void scheduleWindow(MutatorRegistry r) {
        r.rule("SCHEDULE_WINDOW_ORDER", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L - 1 - t.random.nextInt(100_000));
            return SCHEDULED + "/scheduleEndTime";
        });
        r.rule("FIRST_EXECUTION_FROM_USAGE", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Complete");
            t.source().remove("incrementalPullConfig");
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L + 86_400);
            t.scheduled().put("firstExecutionFrom", 1_767_225_600L - 86_400);
            return SCHEDULED + "/firstExecutionFrom";
        });
        r.rule("FIRST_EXECUTION_FROM_USAGE.order", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Incremental");
            t.source().putObject("incrementalPullConfig").put("datetimeTypeFieldName", "LastModifiedDate");
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L + 86_400);
            t.scheduled().put("firstExecutionFrom", 1_767_225_600L + 3_600);
            return SCHEDULED + "/scheduleStartTime";
        });
    }

    private static void otherTriggers(MutatorRegistry r) {
        r.rule("SCHEDULE_TIMEZONE_IS_LABEL", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("timezone", "UTC+" + (1 + t.random.nextInt(11)));
            return SCHEDULED + "/timezone";
        });
        r.rule("EVENT_TRIGGER_SOURCE", "S3", "S3", "OnDemand", t -> {
            t.object("/triggerConfig").put("triggerType", "Event");
            return SOURCE + "/connectorType";
        });
        r.rule("INCREMENTAL_CONFIG_CONTEXT", "S3", "S3", "OnDemand", t -> {
            t.source().putObject("incrementalPullConfig").put("datetimeTypeFieldName", "LastModifiedDate");
            return SOURCE + "/incrementalPullConfig";
        });
        r.rule("INCREMENTAL_TIMESTAMP_FIELD_HINT", "Salesforce", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Incremental");
            t.source().putObject("incrementalPullConfig");
            return SOURCE + "/incrementalPullConfig";
        });
        r.rule("UPDATE_NO_KMS_NO_TAGS", "UpdateFlow", null, null, null, t -> {
            t.flow.put("kmsArn", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
            return "/kmsArn";
        });
        r.rule("UPDATE_IS_FULL_REPLACEMENT", "UpdateFlow", null, null, null, t -> {
            t.flow.remove("tasks");
            return "";
        });
    }
}
