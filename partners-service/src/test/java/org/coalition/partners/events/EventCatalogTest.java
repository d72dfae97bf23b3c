package org.coalition.partners.events;

import org.coalition.kit.testing.EventCatalogContractTest;

class EventCatalogTest extends EventCatalogContractTest {

    EventCatalogTest() {
        super("partners-service");
    }
}
