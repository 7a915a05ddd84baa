package org.appflowcontracts.validator.parse.hcl;

/**
 * Line ends as the HCL reader counts them. The grammar's heredocs know only LF, so a Windows CRLF becomes LF,
 * which keeps every line and column; a lone CR (old Mac files) becomes LF too, so that positions count it as a line
 * break, as the JSON and YAML readers do. (Terraform itself refuses a lone CR outside strings and comments.)
 */
final class LineEnds {

    private LineEnds() {
    }

    static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
