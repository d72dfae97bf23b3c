package org.coalition.meetings.events;

import org.coalition.kit.testing.EventCatalogContractTest;

class EventCatalogTest extends EventCatalogContractTest {

    EventCatalogTest() {
        super("meetings-service");
    }
}
