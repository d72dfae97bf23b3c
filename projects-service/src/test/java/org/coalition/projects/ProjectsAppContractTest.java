package org.coalition.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.coalition.kit.testing.AppContractTest;

@QuarkusTest
class ProjectsAppContractTest extends AppContractTest {
}
