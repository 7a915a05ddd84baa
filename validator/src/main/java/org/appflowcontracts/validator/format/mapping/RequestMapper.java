package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.appflowcontracts.validator.format.Unknowns;
import tools.jackson.databind.JsonNode;

/**
 * Turns a file-side value (a template's {@code Properties}, a Terraform resource block) into the API request it
 * declares, guided by the API shapes and a format's {@link FormatMapping}. Members keep the file's order. What the
 * mapping cannot place (an unknown member name, a file-only member) is left out: the format's own resource schema
 * reports it. A value of the wrong JSON type is carried over as written, so that the contract reports it. An
 * {@linkplain Unknowns unknown} value stays unknown as a whole.
 */
public final class RequestMapper {

    private final FormatMapping mapping;
    private final MappingPlans plans;
    private final boolean oneBlockAsObject;

    public RequestMapper(ApiShapes shapes, FormatMapping mapping) {
        this(shapes, mapping, false);
    }

    /**
     * @param oneBlockAsObject whether the file's syntax may write a repeated block that occurs once as an object
     *                         instead of a list of one, as Terraform's JSON syntax does ({@code "task": {...}})
     */
    public RequestMapper(ApiShapes shapes, FormatMapping mapping, boolean oneBlockAsObject) {
        this.mapping = mapping;
        this.plans = new MappingPlans(shapes, mapping);
        this.oneBlockAsObject = oneBlockAsObject;
    }

    /** The request a body declares whose values all mean themselves. */
    public MappedRequest map(JsonNode body) {
        return map(body, FileValues.AS_WRITTEN);
    }

    /**
     * The request a body declares, its calls resolved by {@code values} in the same walk; the body with its calls
     * resolved comes with it ({@link MappedRequest#body()}). Where each request value came from is worked out only
     * if asked, by mapping the resolved body again while recording (the mapping depends on nothing else, so both
     * passes agree).
     *
     * @param body a value that is not itself a call to an absent value
     */
    public MappedRequest map(JsonNode body, FileValues values) {
        RequestWalk walk = new RequestWalk(mapping, oneBlockAsObject, values, PointerLog.NONE);
        JsonNode request = walk.value(root(), body, null, null);
        JsonNode resolved = Objects.requireNonNull(walk.resolved(), "the body is a call to an absent value");
        return new MappedRequest(request, resolved, new PointerRecorder(resolved));
    }

    /**
     * Maps the resolved body again while recording, when asked; a named class, as no lambda is on a first check's
     * path.
     */
    private final class PointerRecorder implements Supplier<FilePointers> {
        private final JsonNode resolved;

        PointerRecorder(JsonNode resolved) {
            this.resolved = resolved;
        }

        @Override
        public FilePointers get() {
            return pointersOf(resolved);
        }
    }

    /** For every value of the request {@code body} declares, the pointer of the body value it was made from. */
    private FilePointers pointersOf(JsonNode resolvedBody) {
        PointerLog log = PointerLog.recording();
        new RequestWalk(mapping, oneBlockAsObject, FileValues.AS_WRITTEN, log)
                .value(root(), resolvedBody, log.root(), log.root());
        return log.pairs();
    }

    private ValuePlan root() {
        return plans.of(mapping.requestShape());
    }
}
