package org.appflowcontracts.validator.suppress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written as comments: {@code # appflow-contracts: ignore RULE_ID[, RULE_ID...] [-- reason]} in YAML
 * (and {@code //} too in Terraform). A comment at the end of a line covers that line; a comment on a line of its
 * own covers the next line that is not blank or a comment, and in Terraform, when that line opens a
 * {@code resource} block, the whole resource.
 */
final class CommentSuppressions {

    // In YAML a comment starts at a '#' that begins the line or follows a space.
    private static final Pattern COMMENT = Pattern.compile(
            "(?:^|\\s)(#|//)\\s*appflow-contracts:\\s*ignore\\b(.*)$");
    private static final Pattern COMMENT_ONLY = Pattern.compile("^\\s*(#|//).*$");
    private static final Pattern RESOURCE = Pattern.compile("^\\s*resource\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"");

    private CommentSuppressions() {
    }

    static void read(byte[] content, boolean terraform, InSourceSuppressions.Found found) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMMENT.matcher(lines.get(i));
            if (m.find() && (terraform || m.group(1).equals("#"))) {
                int column = m.start(1) + 1;
                Suppression.Scope scope = scope(lines, i, m.start(1), terraform);
                found.addRules(m.group(2), scope, i + 1, column, "comment on line " + (i + 1));
            }
        }
    }

    private static Suppression.Scope scope(List<String> lines, int index, int commentStart, boolean terraform) {
        if (!lines.get(index).substring(0, commentStart).isBlank()) {
            return new Suppression.OnLine(index + 1);
        }
        int target = index + 1;
        while (target < lines.size() && (lines.get(target).isBlank() || COMMENT_ONLY.matcher(lines.get(target)).matches())) {
            target++;
        }
        if (terraform && target < lines.size()) {
            Matcher resource = RESOURCE.matcher(lines.get(target));
            if (resource.find()) {
                return new Suppression.InResource(resource.group(1) + "." + resource.group(2));
            }
        }
        return new Suppression.OnLine(target + 1);
    }
}
