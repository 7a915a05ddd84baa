package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.MutatorRegistry.only;

/** Rules specific to SAP OData sources and destinations. */
final class SapODataMutators {

    private SapODataMutators() {
    }

    static void register(MutatorRegistry r) {
        sapOData(r);
    }

    private static void sapOData(MutatorRegistry r) {
        r.rule("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "");
            // an empty path is no ODP entity set: keep the page size within the plain OData bound
            if (t.flow.at(t.sourceBlock() + "/paginationConfig/maxPageSize").asInt(0) > 3000) {
                t.object(t.sourceBlock() + "/paginationConfig").put("maxPageSize", 3000);
            }
            return t.sourceBlock() + "/objectPath";
        });
        r.rule("SAPODATA_ODATA_PAGE_SIZE_MAX", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder");
            t.object(t.sourceBlock()).putObject("paginationConfig").put("maxPageSize", 3001 + t.random.nextInt(7000));
            return t.sourceBlock() + "/paginationConfig/maxPageSize";
        });
        r.rule("SAPODATA_ODP_PAGE_SIZE_MAX", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "/sap/opu/odata/sap/Z_ODP_SRV/EntityOfSales");
            t.object(t.sourceBlock()).putObject("paginationConfig").put("maxPageSize", 10_001 + t.random.nextInt(1000));
            return t.sourceBlock() + "/paginationConfig/maxPageSize";
        });
        r.rule("SAPODATA_PARALLELISM_RANGE", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).putObject("parallelismConfig").put("maxParallelism", 11 + t.random.nextInt(90));
            return t.sourceBlock() + "/parallelismConfig/maxParallelism";
        });
        r.rule("SAPODATA_PARALLELISM_RANGE.source-only", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("paginationConfig").put("maxPageSize", 100);
            return t.destinationBlock() + "/paginationConfig";
        });
        r.rule("SAPODATA_DEST_NOT_ODP", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("objectPath", "/sap/opu/odata/sap/Z_ODP_SRV/FactsOfSales");
            return t.destinationBlock() + "/objectPath";
        });
    }
}
