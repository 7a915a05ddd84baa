package org.appflowcontracts.validator.reference;

import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.util.List;

/**
 * The dialects the reference engine understands: draft 2020-12 (imported schemas) and the appflow rules dialect
 * (2020-12 plus the appflow vocabulary, for overlays). Both report a failing {@code anyOf}/{@code oneOf} as one
 * failure of its own (see {@link OutermostFailureKeyword}) and compare numeric bounds as exact decimals (see
 * {@link DecimalBoundKeyword}).
 */
final class AppflowDialects {

    static final String APPFLOW_RULES = "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules";

    private AppflowDialects() {
    }

    static List<Dialect> all() {
        Dialect draft202012 = Dialect.builder(Dialects.getDraft202012())
                .keyword(OutermostFailureKeyword.anyOf())
                .keyword(OutermostFailureKeyword.oneOf())
                .keyword(DecimalBoundKeyword.minimum())
                .keyword(DecimalBoundKeyword.maximum())
                .keyword(DecimalBoundKeyword.exclusiveMinimum())
                .keyword(DecimalBoundKeyword.exclusiveMaximum())
                .build();
        Dialect appflowRules = Dialect.builder(APPFLOW_RULES, draft202012)
                .keyword(new AnnotationKeyword("appflowRule"))
                .keyword(OrderedKeyword.KEYWORD)
                .keyword(SplitEqualsKeyword.KEYWORD)
                .keyword(UniqueKeyword.KEYWORD)
                .keyword(CoveredKeyword.KEYWORD)
                .build();
        return List.of(draft202012, appflowRules);
    }
}
