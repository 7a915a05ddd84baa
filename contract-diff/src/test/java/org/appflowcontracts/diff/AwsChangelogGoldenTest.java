package org.appflowcontracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.read.ContractReader;
import org.junit.jupiter.api.Test;

class AwsChangelogGoldenTest {

    @Test
    void theAugust2023ModelUpdateReproducesThePublishedChangeTrees() throws Exception {
        ContractDiff diff = ContractDiff.between(ContractReader.read(Models.JUNE_2023),
                ContractReader.read(Models.AUGUST_2023));

        String changelog = DiffFormat.AWS.formatter().format(diff);

        assertThat(changelog).isEqualTo(Models.resource("aws-changelog-2023-08-30.txt"));
    }
}
