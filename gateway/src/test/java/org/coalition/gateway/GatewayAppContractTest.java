package org.coalition.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.coalition.kit.testing.AppContractTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The shared app contract, called as the admin: every /v1 path of the gateway needs a credential. */
@QuarkusTest
class GatewayAppContractTest extends AppContractTest {

    @BeforeEach
    void asAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", AccessFixtures.ADMIN_KEY).build();
    }

    @AfterEach
    void reset() {
        RestAssured.requestSpecification = null;
    }
}
