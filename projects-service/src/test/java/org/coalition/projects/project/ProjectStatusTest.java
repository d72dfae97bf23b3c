package org.coalition.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    @Test
    void theTransitionTableAsDocumented() {
        assertThat(ProjectStatus.PIPELINE.next()).containsExactlyInAnyOrder(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD,
                ProjectStatus.DISCONTINUED);
        assertThat(ProjectStatus.ACTIVE.next()).containsExactlyInAnyOrder(ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED,
                ProjectStatus.DISCONTINUED);
        assertThat(ProjectStatus.ON_HOLD.next()).containsExactlyInAnyOrder(ProjectStatus.ACTIVE, ProjectStatus.DISCONTINUED);
        assertThat(ProjectStatus.COMPLETED.next()).isEmpty();
        assertThat(ProjectStatus.DISCONTINUED.next()).isEmpty();
    }

    @Test
    void stayingInTheSameStatusIsNoTransition() {
        assertThat(ProjectStatus.values()).allMatch(s -> s.canBecome(s));
        assertThat(ProjectStatus.COMPLETED.canBecome(ProjectStatus.DISCONTINUED)).isFalse();
        assertThat(ProjectStatus.PIPELINE.canBecome(ProjectStatus.COMPLETED)).isFalse();
    }

    @Test
    void iatiActivityStatusCodes() {
        assertThat(Arrays.stream(ProjectStatus.values()).map(ProjectStatus::iatiCode)).containsExactly(1, 2, 6, 4, 5);
    }
}
