package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import org.appflowcontracts.codegen.model.RuleInfo;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * The statement a failing keyword of one schema node emits: in TEST mode {@code return Truth.FALSE}; in CHECK mode a
 * report to the collector with the raw failure (keyword, instance pointer, member, schema location, rendered
 * bound) and, when a rule encloses the node, the owning rule.
 */
record FailureStatement(ValidatorSpec emitter, DocumentClass doc, SchemaNode node, Mode mode) {

    CodeBlock of(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, CodeBlock member, String expected) {
        if (mode == Mode.TEST) {
            return CodeBlock.builder().addStatement("return $T.FALSE", emitter.truth()).build();
        }
        String schemaPointer = keyword.equals("false") ? node.location().pointer() : node.location().child(keyword).pointer();
        CodeBlock bound = expected == null ? CodeBlock.of("null") : CodeBlock.of("$S", expected);
        Optional<RuleInfo> owner = node.owner();
        CodeBlock documentId = documentConstant(DocumentClass.ID, emitter.graph().document(node.location().file()).id());
        CodeBlock documentFile = documentConstant(DocumentClass.FILE, node.location().file());
        if (owner.isPresent()) {
            RuleInfo rule = owner.get();
            return CodeBlock.builder().addStatement("out.rule($S, $S, $S, $S, $L, $L, $L, $L, $S, $L)",
                    rule.reportedId(), rule.severity().wireName(), rule.message(), keyword, pointer, member,
                    documentId, documentFile, schemaPointer, bound).build();
        }
        return CodeBlock.builder().addStatement("out.schema($S, $L, $L, $L, $L, $S, $L, $L)",
                keyword, pointer, member, documentId, documentFile, schemaPointer, bound,
                typeLevelMessage).build();
    }

    /** The class's constant naming its document, or the text itself for a node of another document inlined here. */
    private CodeBlock documentConstant(String constant, String text) {
        return node.location().file().equals(doc.file()) ? CodeBlock.of("$N", constant) : CodeBlock.of("$S", text);
    }
}
