package org.appflowcontracts.export.read;

/**
 * Where a structure member travels when it is not in the JSON body.
 *
 * @param kind the botocore location: {@code uri}, {@code querystring}, {@code header}, {@code headers} or
 *             {@code statusCode}
 * @param name the name on the wire ({@code locationName}), defaulting to the member name
 */
public record MemberLocation(String kind, String name) {

    public boolean isParameter() {
        return kind.equals("uri") || kind.equals("querystring") || kind.equals("header");
    }
}
