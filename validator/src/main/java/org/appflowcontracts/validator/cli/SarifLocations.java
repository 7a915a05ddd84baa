package org.appflowcontracts.validator.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF artifact locations: files under the working directory are relative URIs against {@code %SRCROOT%}
 * (so results are portable between checkouts), other files absolute {@code file:} URIs.
 */
final class SarifLocations {

    static final String SRCROOT = "%SRCROOT%";

    private final Path root;

    SarifLocations(Path workingDirectory) {
        this.root = workingDirectory.toAbsolutePath().normalize();
    }

    ObjectNode baseIds() {
        ObjectNode ids = Json.MAPPER.createObjectNode();
        String rootUri = root.toUri().toString();
        ids.putObject(SRCROOT).put("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
        return ids;
    }

    String uri(InputSource source) {
        if (source.isStdin()) {
            return "stdin";
        }
        Path absolute = source.path().toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            return encode(root.relativize(absolute));
        }
        return absolute.toUri().toString();
    }

    boolean isRelative(InputSource source) {
        return source.isStdin() || source.path().toAbsolutePath().normalize().startsWith(root);
    }

    ObjectNode location(InputSource source, int line, int column) {
        ObjectNode physical = Json.MAPPER.createObjectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(source));
        if (isRelative(source) && !source.isStdin()) {
            artifact.put("uriBaseId", SRCROOT);
        }
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        ObjectNode location = Json.MAPPER.createObjectNode();
        location.set("physicalLocation", physical);
        return location;
    }

    private static String encode(Path relative) {
        String slashed = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        try {
            return new URI(null, null, slashed, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + slashed + " as a URI", e);
        }
    }
}
