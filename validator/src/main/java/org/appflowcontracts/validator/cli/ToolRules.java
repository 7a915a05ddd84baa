package org.appflowcontracts.validator.cli;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.UpdateNameNotice;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.suppress.Suppressions;

/**
 * The ids the tool itself reports besides the contract's rules: documents it could not check and reports it cut
 * short. Listed by {@code --list-rules}, explained by {@code --explain} and described in the SARIF rule table.
 */
final class ToolRules {

    private ToolRules() {
    }

    static List<RuleDescription> all() {
        return List.of(
                rule(InputProblem.MALFORMED, "The file is not a readable JSON or YAML object.",
                        "Fix the syntax at the reported line and column; the document was not checked.",
                        "A request body must be one JSON or YAML object within the documented input limits."),
                rule(InputProblem.UNKNOWN_OPERATION, "The document's AppFlow operation could not be told.",
                        "Pass --operation NAME (e.g. CreateFlow), or check the request body itself.",
                        "Which contract applies is detected from the members a request has."),
                rule(InputProblem.UNREADABLE, "The file could not be read.",
                        "Check that the path names a readable regular file within the size limit.",
                        "Missing files, directories given as files, named pipes, devices and files over the size"
                                + " limit are refused rather than waited on or read in part."),
                rule(InputProblem.INTERNAL, "Checking this document failed inside the tool.",
                        "Report the file to the tool's maintainers; the other documents of the run were checked.",
                        "A defect or a document that exhausts the stack or heap costs only that document's report;"
                                + " the run still exits with 2 because the document was not checked."),
                new RuleDescription(FindingCap.RULE_ID, Severity.WARNING,
                        "More findings in this document than are reported.",
                        "Fix the reported findings and run again to see the rest.",
                        "At most " + FindingCap.MAX_FINDINGS_PER_DOCUMENT + " findings are reported per document,"
                                + " so memory stays bounded per document; this finding counts the others and takes"
                                + " the severity of the worst of them.", "", ""),
                rule(ConfigurationException.RULE_ID, "A configuration or baseline file cannot be used.",
                        "Fix the setting at the reported line and column; the schema is"
                                + " schemas/config/appflow-contracts.config.schema.json.",
                        "A configuration that is silently misread would check files as the wrong operation or hide"
                                + " findings, so the run stops (exit code 2) and checks nothing."),
                new RuleDescription(UpdateNameNotice.RULE_ID, Severity.WARNING,
                        "The file name says UpdateFlow, but the body holds a member only CreateFlow takes.",
                        "Map the file to its operation under files: in .appflow-contracts.yaml (operation:"
                                + " UpdateFlow or CreateFlow), or pass --operation; remove kmsArn and tags from an"
                                + " UpdateFlow body.",
                        "An update* body is checked as UpdateFlow unless it holds kmsArn or tags, which UpdateFlow"
                                + " refuses; it is then checked as CreateFlow, and UpdateFlow's refusal would go"
                                + " unseen. Only the author knows whether the name or the member is wrong.", "", ""),
                new RuleDescription(Suppressions.UNUSED_RULE_ID, Severity.WARNING,
                        "A suppression written in the file matches no finding.",
                        "Remove the suppression (the comment, the x-appflow-contracts entry or the Metadata entry).",
                        "A suppression left behind after its finding was fixed would hide the next finding of that"
                                + " rule at the same place.", "", ""),
                new RuleDescription(Suppressions.STALE_BASELINE_RULE_ID, Severity.INFO,
                        "A baseline entry matches no finding any more: the finding was fixed.",
                        "Rewrite the baseline with --write-baseline FILE over the same paths; it drops such entries.",
                        "The entry would hide the same finding should it come back. A note, so that fixing a"
                                + " finding never fails a --strict run.", "", ""),
                new RuleDescription(Suppressions.INVALID_RULE_ID, Severity.WARNING,
                        "A suppression written in the file cannot be read.",
                        "Write it as '# appflow-contracts: ignore RULE_ID[, RULE_ID] [-- reason]', or as"
                                + " {ignore: [RULE_ID], reason: ...} in x-appflow-contracts or Metadata.",
                        "A suppression that is not understood suppresses nothing; this says so instead of leaving"
                                + " its author to believe otherwise.", "", ""));
    }

    private static RuleDescription rule(String id, String summary, String fix, String why) {
        return new RuleDescription(id, Severity.ERROR, summary, fix, why, "", "");
    }
}
