package org.appflowcontracts.validator.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The adapter of each input format the validator reads. */
public final class FormatAdapters {

    private final Map<InputFormat, FormatAdapter> adapters;

    private FormatAdapters(Map<InputFormat, FormatAdapter> adapters) {
        this.adapters = adapters;
    }

    /**
     * Every format the library reads.
     *
     * @param apiOperation the document kind API bodies are checked as, or null to detect it per body
     */
    public static FormatAdapters standard(String apiOperation) {
        Map<InputFormat, FormatAdapter> all = new EnumMap<>(InputFormat.class);
        all.put(InputFormat.API_BODY, new ApiBodyAdapter(apiOperation));
        all.put(InputFormat.CLOUDFORMATION, new CloudFormationFormat());
        for (InputFormat terraform : List.of(InputFormat.TERRAFORM_HCL, InputFormat.TERRAFORM_JSON,
                InputFormat.TERRAFORM_PLAN)) {
            all.put(terraform, new TerraformFormat(terraform));
        }
        return new FormatAdapters(all);
    }

    /** Exactly the given adapters (a caller's own formats, or a subset). */
    public static FormatAdapters of(FormatAdapter... adapters) {
        Map<InputFormat, FormatAdapter> chosen = new EnumMap<>(InputFormat.class);
        for (FormatAdapter adapter : adapters) {
            chosen.put(adapter.format(), adapter);
        }
        return new FormatAdapters(chosen);
    }

    /** The adapter of {@code format}, or empty when this build does not read it. */
    public Optional<FormatAdapter> adapter(InputFormat format) {
        return Optional.ofNullable(adapters.get(format));
    }
}
