package org.coalition.meetings;

import io.quarkus.test.junit.QuarkusTest;
import org.coalition.kit.testing.AppContractTest;

@QuarkusTest
class MeetingsAppContractTest extends AppContractTest {
}
