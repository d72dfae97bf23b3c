package org.coalition.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request body limit, the same one Quarkus applies to the gateway's own resources. */
@ApplicationScoped
public class EdgeLimits {

    private final long maxBodySizeBytes;

    EdgeLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBodySize) {
        this.maxBodySizeBytes = maxBodySize.asLongValue();
    }

    public long maxBodySizeBytes() {
        return maxBodySizeBytes;
    }
}
