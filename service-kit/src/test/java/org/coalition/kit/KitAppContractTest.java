package org.coalition.kit;

import io.quarkus.test.junit.QuarkusTest;
import org.coalition.kit.testing.AppContractTest;

@QuarkusTest
class KitAppContractTest extends AppContractTest {
}
