package org.appflowcontracts.properties.mutate;

import org.appflowcontracts.properties.gen.SchemaValues;

import tools.jackson.databind.node.ObjectNode;

/** Rules on destinations and their connector properties. */
final class DestinationMutators {

    private DestinationMutators() {
    }

    static void register(MutatorRegistry r) {
        s3Destinations(r);
        otherDestinations(r);
    }

    private static void s3Destinations(MutatorRegistry r) {
        r.rule("S3_SOURCE_PREFIX_REQUIRED", "S3", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("bucketPrefix", "");
            return t.sourceBlock() + "/bucketPrefix";
        });
        r.rule("S3_SOURCE_PREFIX_NO_LEADING_SLASH", "S3", "S3", "OnDemand", t -> {
            ObjectNode block = t.object(t.sourceBlock());
            block.put("bucketPrefix", "/" + block.get("bucketPrefix").asString());
            return t.sourceBlock() + "/bucketPrefix";
        });
        r.rule("S3_BUCKET_NAMING", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "Acme_Exports");
            return t.destinationBlock() + "/bucketName";
        });
        r.rule("S3_PRESERVE_TYPING_PARQUET", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").put("fileType", "CSV")
                    .put("preserveSourceDataTyping", true);
            return t.destinationBlock() + "/s3OutputFormatConfig/fileType";
        });
        r.rule("S3_PREFIX_FORMAT_NEEDS_TYPE", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("prefixConfig")
                    .put("prefixFormat", "DAY");
            return t.destinationBlock() + "/s3OutputFormatConfig/prefixConfig";
        });
        r.rule("S3_PATH_HIERARCHY_NEEDS_PATH_PREFIX", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode prefix = t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("prefixConfig");
            prefix.put("prefixType", "FILENAME");
            prefix.putArray("pathPrefixHierarchy").add("EXECUTION_ID");
            return t.destinationBlock() + "/s3OutputFormatConfig/prefixConfig/prefixType";
        });
        r.rule("S3_TARGET_FILE_SIZE_POSITIVE", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("aggregationConfig")
                    .put("aggregationType", "SingleFile").put("targetFileSize", 0);
            return t.destinationBlock() + "/s3OutputFormatConfig/aggregationConfig/targetFileSize";
        });
    }

    private static void otherDestinations(MutatorRegistry r) {
        r.rule("UPSOLVER_OUTPUT_CONFIG", "Salesforce", "Upsolver", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "acme-exports");
            return t.destinationBlock() + "/bucketName";
        });
        r.rule("WAREHOUSE_INTERMEDIATE_BUCKET", "Salesforce", "Redshift", "OnDemand", t -> {
            t.object(t.destinationBlock()).remove("intermediateBucketName");
            return t.destinationBlock();
        });
        r.rule("GLUE_CATALOG_S3_ONLY", "Salesforce", "Snowflake", "OnDemand", t -> {
            t.flow.putObject("metadataCatalogConfig").set("glueDataCatalog",
                    new SchemaValues(t.random, 0).forShape("GlueDataCatalogConfig"));
            return "/metadataCatalogConfig/glueDataCatalog";
        });
        r.rule("SALESFORCE_DYNAMIC_FIELDS_S3", "Salesforce", "Snowflake", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("enableDynamicFieldUpdate", true);
            return t.sourceBlock() + "/enableDynamicFieldUpdate";
        });
        r.rule("CUSTOM_SOURCE_DATA_TRANSFER_API_PAIR", "CustomConnector", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).putObject("dataTransferApi").put("Name", "ListRecords");
            return t.sourceBlock() + "/dataTransferApi";
        });
        r.rule("VEEVA_DOCUMENT_OPTIONS", "Veeva", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).remove("documentType");
            t.object(t.sourceBlock()).put("includeAllVersions", true);
            return t.sourceBlock() + "/includeAllVersions";
        });
        r.rule("ERROR_HANDLING_PREFIX_NEEDS_BUCKET", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("errorHandlingConfig").put("bucketPrefix", "errors");
            return t.destinationBlock() + "/errorHandlingConfig";
        });
        r.rule("SUCCESS_HANDLING_PREFIX_NEEDS_BUCKET", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("successResponseHandlingConfig").put("bucketPrefix", "ok");
            return t.destinationBlock() + "/successResponseHandlingConfig";
        });
    }
}
