package org.appflowcontracts.validator.cli;

import java.util.List;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.format.JsonDiffFormatter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The diff in the chosen format, followed by the verdicts on the user's files when {@code --check} was given. */
final class DiffOutput {

    private DiffOutput() {
    }

    static String render(DiffFormat format, ContractDiff diff, List<FileVerdict> verdicts) {
        if (format == DiffFormat.JSON) {
            ObjectNode root = JsonDiffFormatter.toJson(diff);
            if (!verdicts.isEmpty()) {
                addChecks(root.putArray("check"), verdicts);
            }
            return JsonDiffFormatter.write(root);
        }
        StringBuilder out = new StringBuilder(format.formatter().format(diff));
        if (!verdicts.isEmpty() && format == DiffFormat.MARKDOWN) {
            out.append("\n## Flow files\n\n");
        }
        for (FileVerdict verdict : verdicts) {
            out.append(format == DiffFormat.MARKDOWN ? "- " : "check: ").append(line(verdict)).append('\n');
        }
        return out.toString();
    }

    private static String line(FileVerdict verdict) {
        StringBuilder line = new StringBuilder(verdict.file()).append(": ").append(verdict.label());
        if (!verdict.newErrors().isEmpty()) {
            line.append("; new errors: ").append(String.join(", ", verdict.newErrors()));
        }
        if (!verdict.goneErrors().isEmpty()) {
            line.append("; errors gone: ").append(String.join(", ", verdict.goneErrors()));
        }
        return line.toString();
    }

    private static void addChecks(ArrayNode checks, List<FileVerdict> verdicts) {
        for (FileVerdict verdict : verdicts) {
            ObjectNode item = checks.addObject();
            item.put("file", verdict.file());
            item.put("validUnderOld", verdict.validBefore());
            item.put("validUnderNew", verdict.validAfter());
            item.put("regressed", verdict.regressed());
            verdict.newErrors().forEach(item.withArray("newErrors")::add);
            verdict.goneErrors().forEach(item.withArray("goneErrors")::add);
        }
    }
}
