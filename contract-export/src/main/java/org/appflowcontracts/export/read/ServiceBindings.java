package org.appflowcontracts.export.read;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service model says about the wire beyond its shapes: the service's names, each operation's HTTP binding,
 * the status code of each error shape, and the members that travel outside the JSON body.
 */
public record ServiceBindings(String title, String apiVersion, String serviceId, String endpointPrefix,
        List<HttpOperation> operations, Map<String, Integer> errorStatus,
        Map<String, Map<String, MemberLocation>> locations) {

    public ServiceBindings {
        operations = List.copyOf(operations);
        errorStatus = Collections.unmodifiableMap(new TreeMap<>(errorStatus));
        locations = Collections.unmodifiableMap(new TreeMap<>(locations));
    }

    /** The members of {@code shape} that are not in the body, by member name; empty for none. */
    public Map<String, MemberLocation> locationsOf(String shape) {
        return locations.getOrDefault(shape, Map.of());
    }
}
