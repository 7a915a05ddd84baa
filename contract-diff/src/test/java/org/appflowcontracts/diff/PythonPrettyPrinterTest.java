package org.appflowcontracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.diff.format.PythonPrettyPrinter;
import org.junit.jupiter.api.Test;

/** Expected texts are what CPython 3's {@code pprint.pformat} prints for the same values (width 80). */
class PythonPrettyPrinterTest {

    private final PythonPrettyPrinter pprint = new PythonPrettyPrinter(80);

    @Test
    void nestedDictsSetsAndListsWrapAsPprintDoes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("tasks", List.of(Map.of("sourceFields", List.of("string"),
                "connectorOperator", Map.of("Pardot", "string", "ServiceNow", "string", "SAPOData", "string"))));
        value.put("tags", Map.of("string", "string"));
        value.put("sourceFields", List.of("string"));
        value.put("destinationFlowConfigList", Map.of("destinationConnectorProperties", Map.of("CustomerProfiles",
                Map.of("domainName", "string", "objectTypeName", "string"))));
        value.put("connectorType", Set.of("Pardot", "SAPOData", "Salesforce", "Servicenow", "Zendesk", "Marketo",
                "Amplitude", "Datadog"));

        assertThat(pprint.format(value)).isEqualTo("""
                {'connectorType': {'Amplitude',
                                   'Datadog',
                                   'Marketo',
                                   'Pardot',
                                   'SAPOData',
                                   'Salesforce',
                                   'Servicenow',
                                   'Zendesk'},
                 'destinationFlowConfigList': {'destinationConnectorProperties': {'CustomerProfiles': {'domainName': 'string',
                                                                                                       'objectTypeName': 'string'}}},
                 'sourceFields': ['string'],
                 'tags': {'string': 'string'},
                 'tasks': [{'connectorOperator': {'Pardot': 'string',
                                                  'SAPOData': 'string',
                                                  'ServiceNow': 'string'},
                            'sourceFields': ['string']}]}""");
    }

    @Test
    void aStringWithAQuoteIsWrittenInDoubleQuotes() {
        assertThat(pprint.format(Map.of("it", "don't"))).isEqualTo("{'it': \"don't\"}");
    }

    @Test
    void aShortTreeStaysOnOneLine() {
        assertThat(pprint.format(Map.of("flowExecutions", Map.of("executionResult", Map.of("maxPageSize", "long")))))
                .isEqualTo("{'flowExecutions': {'executionResult': {'maxPageSize': 'long'}}}");
    }
}
