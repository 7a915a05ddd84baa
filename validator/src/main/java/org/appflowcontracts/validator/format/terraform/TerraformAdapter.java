package org.appflowcontracts.validator.format.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.mapping.MappedRequest;
import org.appflowcontracts.validator.format.mapping.MessageSpelling;
import org.appflowcontracts.validator.format.mapping.RequestMapper;
import org.appflowcontracts.validator.format.resource.ResourceFindings;
import org.appflowcontracts.validator.format.resource.ResourceSchemaCheck;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.hcl.HclReader;

/**
 * The AppFlow flows a Terraform configuration declares: one {@link DeclaredFlow} per {@code aws_appflow_flow} or
 * {@code awscc_appflow_flow} resource, in file order, named by its address. Reads HCL ({@code .tf}), Terraform's
 * JSON syntax ({@code .tf.json}) and the JSON of a plan ({@code terraform show -json}). Each provider's spelling
 * of the request is data: {@code formats/terraform.mapping.json} (aws) and
 * {@code formats/terraform-awscc.mapping.json} (awscc).
 */
public final class TerraformAdapter {

    /** The mapping files, one per provider. */
    public static final List<String> FORMATS = List.of("terraform", "terraform-awscc");

    private final Map<String, Provider> byResourceType = new LinkedHashMap<>();

    /**
     * What the adapter needs for one provider's resource type; {@code jsonMapper} reads Terraform's JSON syntax,
     * where a block that occurs once may be written as an object.
     */
    private record Provider(FormatMapping mapping, RequestMapper mapper, RequestMapper jsonMapper,
            MessageSpelling spelling) {}

    private TerraformAdapter(ApiShapes shapes, List<FormatMapping> mappings) {
        for (FormatMapping mapping : mappings) {
            byResourceType.put(mapping.resourceType(),
                    new Provider(mapping, new RequestMapper(shapes, mapping), new RequestMapper(shapes, mapping, true),
                            MessageSpelling.of(shapes, mapping)));
        }
    }

    /** The adapter for the shipped contracts and mappings. */
    public static TerraformAdapter shipped() {
        return Holder.SHIPPED;
    }

    /** Reads a Terraform file of the given kind into its located tree. */
    public static LocatedDocument parse(byte[] content, InputFormat format) throws InputException {
        return switch (format) {
            case TERRAFORM_HCL -> HclReader.read(content);
            case TERRAFORM_JSON -> TerraformJsonReader.read(content);
            case TERRAFORM_PLAN -> TerraformPlanReader.parse(content);
            default -> throw new IllegalArgumentException(format.optionName() + " is not a Terraform format");
        };
    }

    /** The flows a file of the given kind declares. */
    public List<DeclaredFlow> flows(LocatedDocument file, InputFormat format) {
        List<TerraformResource> resources = format == InputFormat.TERRAFORM_PLAN
                ? TerraformPlanReader.resources(file) : TerraformResources.in(file);
        List<DeclaredFlow> flows = new ArrayList<>();
        for (TerraformResource resource : resources) {
            Provider provider = byResourceType.get(resource.type());
            if (provider != null) {
                flows.add(flow(file, resource, provider, format));
            }
        }
        return flows;
    }

    private static DeclaredFlow flow(LocatedDocument file, TerraformResource resource, Provider provider,
            InputFormat format) {
        RequestMapper mapper = format == InputFormat.TERRAFORM_JSON ? provider.jsonMapper() : provider.mapper();
        MappedRequest mapped = mapper.map(resource.body());
        TerraformFileLocator locator = new TerraformFileLocator(resource, file, mapped, provider.spelling());
        return new DeclaredFlow(resource.address(), provider.mapping().operation(), mapped.request(), locator,
                resourceFindings(file, resource, format, locator));
    }

    /**
     * What the provider's own schema says of the resource body, in Terraform's address syntax. HCL only: there the
     * reader writes every block as a list, the shape the schema describes; a plan lists computed attributes too.
     */
    private static List<Violation> resourceFindings(LocatedDocument file, TerraformResource resource,
            InputFormat format, TerraformFileLocator locator) {
        if (format != InputFormat.TERRAFORM_HCL) {
            return List.of();
        }
        Optional<ResourceSchemaCheck> check = ResourceSchemaCheck.find(format, resource.type());
        if (check.isEmpty()) {
            return List.of();
        }
        return ResourceFindings.inFile(check.get().check(resource.body()), file, resource.bodyPointer(),
                new AddressNotation(locator, resource.bodyPointer().length()), resource.address());
    }

    /** A file pointer into the resource body in Terraform's address syntax; a named class, not a lambda. */
    private static final class AddressNotation implements UnaryOperator<String> {
        private final TerraformFileLocator locator;
        private final int bodyLength;

        AddressNotation(TerraformFileLocator locator, int bodyLength) {
            this.locator = locator;
            this.bodyLength = bodyLength;
        }

        @Override
        public String apply(String pointer) {
            return locator.address(pointer.substring(bodyLength));
        }
    }

    private static final class Holder {
        static final TerraformAdapter SHIPPED = new TerraformAdapter(ApiShapes.shipped(), mappings());

        private static List<FormatMapping> mappings() {
            List<FormatMapping> mappings = new ArrayList<>();
            for (String format : FORMATS) {
                mappings.add(FormatMapping.shipped(format));
            }
            return List.copyOf(mappings);
        }
    }
}
