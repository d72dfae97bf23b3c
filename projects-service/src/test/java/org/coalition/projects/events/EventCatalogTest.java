package org.coalition.projects.events;

import org.coalition.kit.testing.EventCatalogContractTest;

class EventCatalogTest extends EventCatalogContractTest {

    EventCatalogTest() {
        super("projects-service");
    }
}
