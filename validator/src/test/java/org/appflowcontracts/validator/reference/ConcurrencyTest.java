package org.appflowcontracts.validator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

/** One shared engine evaluated from several threads gives each caller exactly its own findings. */
class ConcurrencyTest {

    @Test
    void sharedEngineIsThreadSafe() throws Exception {
        String[] documents = {
            "{\"name\": \"a\", \"kind\": \"Scheduled\"}",
            "{\"name\": \"a\", \"kind\": \"Event\", \"owner\": \"bob\"}",
            "{\"name\": \"Bad\", \"kind\": \"OnDemand\", \"window\": {\"start\": 9, \"end\": 1}}",
        };
        List<List<Violation>> expected = new ArrayList<>();
        for (String document : documents) {
            expected.add(FixtureContract.validate(document));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int which = i % documents.length;
                results.add(pool.submit(() -> FixtureContract.validate(documents[which]).equals(expected.get(which))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).allSatisfy(violations -> assertThat(violations).isNotEmpty());
    }
}
