package org.appflowcontracts.validator.parse;

import java.util.Map;
import java.util.Set;

/**
 * Which YAML tags a document may use besides the core ones. Request bodies accept none (a tag there stands for a
 * value that is not written out); CloudFormation templates accept the short forms of the template functions,
 * read as their long forms: {@code !Ref x} is {@code {"Ref": "x"}}, {@code !Sub s} is {@code {"Fn::Sub": "s"}},
 * {@code !GetAtt a.b} is {@code {"Fn::GetAtt": ["a", "b"]}}.
 */
public enum YamlTags {
    /** Only tags that restate what YAML infers anyway ({@code !!str}, {@code !!int}, ...). */
    CORE_ONLY(Set.of()),
    /**
     * The CloudFormation short forms. cfn-lint reads any {@code !Name} as {@code Fn::Name}; a fixed list keeps a
     * misspelt tag ({@code !Refs}) a located error instead of an unknown function.
     */
    CLOUDFORMATION(Set.of("And", "Base64", "Cidr", "Equals", "FindInMap", "GetAtt", "GetAZs", "If", "ImportValue",
            "Join", "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform"));

    /** Tags whose long form is the bare tag name rather than {@code Fn::Name}. */
    private static final Map<String, String> BARE = Map.of("Ref", "Ref", "Condition", "Condition");

    private final Set<String> functions;

    YamlTags(Set<String> functions) {
        this.functions = functions;
    }

    /**
     * The member name of the long form a tag stands for ({@code Ref}, {@code Fn::Sub}, {@code Condition}), or
     * null when this set does not accept the tag. Tags arrive without their leading {@code !}.
     */
    String longForm(String tag) {
        if (tag == null || functions.isEmpty()) {
            return null;
        }
        if (BARE.containsKey(tag)) {
            return BARE.get(tag);
        }
        return functions.contains(tag) ? "Fn::" + tag : null;
    }
}
