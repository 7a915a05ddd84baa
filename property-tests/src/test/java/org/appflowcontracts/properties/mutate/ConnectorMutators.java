package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.Target.DESTINATION;
import static org.appflowcontracts.properties.mutate.Target.SOURCE;
import static org.appflowcontracts.properties.mutate.MutatorRegistry.only;

/** Rules on the source and destination connectors and their properties. */
final class ConnectorMutators {

    private ConnectorMutators() {
    }

    static void register(MutatorRegistry r) {
        connectors(r);
        connectorOptions(r);
    }

    private static void connectors(MutatorRegistry r) {
        r.rule("SOURCE_CONNECTOR_ROLE", "Salesforce", "S3", "OnDemand", t -> {
            t.source().put("connectorType", only(t.tables().destinationKeys().keySet(), t.tables().sourceKeys().keySet()));
            return SOURCE + "/connectorType";
        });
        r.rule("DEST_CONNECTOR_ROLE", "Salesforce", "S3", "OnDemand", t -> {
            t.destination().put("connectorType", only(t.tables().sourceKeys().keySet(), t.tables().destinationKeys().keySet()));
            t.flow.remove("metadataCatalogConfig");
            t.destination().put("connectorProfileName", "profile-a");
            return DESTINATION + "/connectorType";
        });
        r.rule("SOURCE_PROPERTIES_KEY_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(SOURCE + "/sourceConnectorProperties").putObject("Marketo").put("object", "leads");
            return SOURCE + "/sourceConnectorProperties/Marketo";
        });
        r.rule("DEST_PROPERTIES_KEY_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(DESTINATION + "/destinationConnectorProperties").putObject("Marketo").put("object", "leads");
            return DESTINATION + "/destinationConnectorProperties/Marketo";
        });
        r.rule("CONNECTOR_PROFILE_NAME_REQUIRED", "Salesforce", "S3", "OnDemand", t -> {
            t.source().remove("connectorProfileName");
            return SOURCE;
        });
    }

    private static void connectorOptions(MutatorRegistry r) {
        r.rule("CUSTOM_CONNECTOR_API_VERSION", "CustomConnector", "S3", "OnDemand", t -> {
            t.source().remove("apiVersion");
            return SOURCE;
        });
        r.rule("API_VERSION_NOT_TRANSFER_MODE", "CustomConnector", "S3", "OnDemand", t -> {
            t.source().put("apiVersion", "AUTOMATIC");
            return SOURCE + "/apiVersion";
        });
        r.rule("EXACTLY_ONE_DESTINATION", "Salesforce", "S3", "OnDemand", t -> {
            t.flow.withArray("destinationFlowConfigList").add(t.destination().deepCopy());
            return "/destinationFlowConfigList";
        });
        r.rule("EVENTBRIDGE_DEST_EVENT_FLOW", "Salesforce", "EventBridge", "Event", t -> {
            t.object("/triggerConfig").put("triggerType", "OnDemand");
            return "/triggerConfig/triggerType";
        });
        r.rule("EVENTBRIDGE_OBJECT_PARTNER_SOURCE", "Salesforce", "EventBridge", "Event", t -> {
            t.object(t.destinationBlock()).put("object", t.random.nextBoolean() ? "Account" : "AccountChangeEvent");
            return t.destinationBlock() + "/object";
        });
    }
}
