package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hooks the repository publishes: which files each one hands to the validator by default. pre-commit applies
 * {@code files} and {@code exclude} with Python's {@code re.search}; these patterns use only syntax that Java's
 * {@code find} reads the same way.
 */
class PreCommitHooksFileTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> hook(String id) throws IOException {
        String text = Files.readString(Path.of("..", ".pre-commit-hooks.yaml"));
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) new Load(LoadSettings.builder().build())
                .loadFromString(text);
        return hooks.stream().filter(h -> id.equals(h.get("id"))).findFirst().orElseThrow();
    }

    private static boolean selects(Map<String, Object> hook, String path) {
        boolean included = Pattern.compile((String) hook.get("files")).matcher(path).find();
        Object exclude = hook.get("exclude");
        return included && (exclude == null || !Pattern.compile((String) exclude).matcher(path).find());
    }

    @Test
    void theTemplatesHookTakesTemplatesAndTerraformButNotTheirByProducts() throws IOException {
        Map<String, Object> templates = hook("appflow-validate-templates");
        assertThat(templates.get("entry")).isEqualTo("appflow-validate");
        for (String path : List.of("infra/main.tf", "modules/flows/appflow.tf.json", "cdk.out/DataStack.template.json",
                "templates/flows.yaml", "stacks/prod/appflow.yml", "cloudformation/accounts.json",
                "sam/flows.template.json", "flows.cfn.yaml")) {
            assertThat(selects(templates, path)).as(path).isTrue();
        }
        for (String path : List.of("cdk.out/manifest.json", "cdk.out/tree.json", "cdk.out/DataStack.assets.json",
                "infra/.terraform/modules/modules.json", "infra/terraform.tfstate", "infra/prod.tfvars.json",
                "src/main/java/App.java", "flows/accounts.json")) {
            assertThat(selects(templates, path)).as(path).isFalse();
        }
    }

    @Test
    void theRequestBodyHookKeepsItsFoldersAndLeavesTerraformToTheTemplatesHook() throws IOException {
        Map<String, Object> bodies = hook("appflow-validate");
        assertThat(selects(bodies, "flows/accounts.json")).isTrue();
        assertThat(selects(bodies, "appflow/sap.yaml")).isTrue();
        assertThat(selects(bodies, "infra/main.tf")).isFalse();
    }
}
