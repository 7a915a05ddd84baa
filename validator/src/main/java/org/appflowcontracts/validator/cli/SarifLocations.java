package org.appflowcontracts.validator.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.appflowcontracts.validator.text.AsciiCharacters;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF artifact locations: files under the working directory are relative URIs against {@code %SRCROOT%}
 * (so results are portable between checkouts), other files absolute {@code file:} URIs.
 */
final class SarifLocations {

    static final String SRCROOT = "%SRCROOT%";
    private static final String HEX = "0123456789ABCDEF";

    private final Path root;

    SarifLocations(Path workingDirectory) {
        this.root = workingDirectory.toAbsolutePath().normalize();
    }

    ObjectNode baseIds() {
        ObjectNode ids = JsonOutput.objectNode();
        String rootUri = root.toUri().toString();
        ids.putObject(SRCROOT).put("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
        return ids;
    }

    String uri(InputSource source) {
        if (source.isStdin()) {
            return "stdin";
        }
        if (source.path() == null) {
            return encodeText(source.displayName());
        }
        Path absolute = source.path().toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            return encode(root.relativize(absolute));
        }
        return absolute.toUri().toString();
    }

    boolean isRelative(InputSource source) {
        return source.path() == null || source.path().toAbsolutePath().normalize().startsWith(root);
    }

    ObjectNode location(InputSource source, int line, int column) {
        ObjectNode physical = JsonOutput.objectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(source));
        if (isRelative(source) && source.path() != null) {
            artifact.put("uriBaseId", SRCROOT);
        }
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        ObjectNode location = JsonOutput.objectNode();
        location.set("physicalLocation", physical);
        return location;
    }

    /**
     * A relative URI reference: every byte of the UTF-8 name except unreserved characters and '/' is
     * percent-encoded, so spaces, non-ASCII letters, '%', '#' and '?' stay part of the name, and a ':' in the
     * first segment cannot be read as a URI scheme.
     */
    static String encode(Path relative) {
        return encodeText(NativeFileNames.text(relative).replace(relative.getFileSystem().getSeparator(), "/"));
    }

    private static String encodeText(String slashed) {
        StringBuilder uri = new StringBuilder(slashed.length() + 16);
        for (byte b : slashed.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (AsciiCharacters.isWord(c) || c == '-' || c == '.' || c == '~' || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return uri.toString();
    }

}
