package org.coalition.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every event type a service's code names is in the AsyncAPI catalog, and the catalog lists none
 * the service no longer emits. Each service has a subclass naming itself.
 */
public abstract class EventCatalogContractTest {

    private final EventCatalog catalog = EventCatalog.read();
    private final String service;

    protected EventCatalogContractTest(String service) {
        this.service = service;
    }

    @Test
    void everyEventTypeTheCodeNamesIsDocumented() {
        assertThat(catalog.typesProducedBy(service)).as("types of " + service + " in the catalog").isNotEmpty();
        assertThat(catalog.undocumentedTypes()).as("event types missing from gateway/src/main/asyncapi/catalog.yaml").isEmpty();
    }

    @Test
    void theCatalogListsNoTypeTheServiceNoLongerEmits() {
        assertThat(catalog.staleTypes(service)).as("types in the catalog that " + service + " never names").isEmpty();
    }
}
