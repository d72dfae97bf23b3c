package org.coalition.partners;

import io.quarkus.test.junit.QuarkusTest;
import org.coalition.kit.testing.AppContractTest;

@QuarkusTest
class PartnersAppContractTest extends AppContractTest {
}
