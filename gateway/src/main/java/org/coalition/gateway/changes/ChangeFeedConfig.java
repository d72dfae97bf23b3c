package org.coalition.gateway.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "coalition.changes")
public interface ChangeFeedConfig {

    /** How long an event stays in the feed; an integrator away longer resynchronises with updatedSince. */
    @WithDefault("30D")
    Duration retention();
}
