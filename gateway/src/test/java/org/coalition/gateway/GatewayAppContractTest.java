package org.coalition.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.coalition.kit.testing.AppContractTest;

@QuarkusTest
class GatewayAppContractTest extends AppContractTest {
}
