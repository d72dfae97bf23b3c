package org.coalition.meetings.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One slot of a meeting's agenda, with its speakers in the order they speak. */
@Entity
public class AgendaItem {

    @Id
    public UUID id;

    public UUID meetingId;

    public Instant startsAt;

    public Instant endsAt;

    public String title;

    public String format;

    public String theme;

    @ElementCollection
    @CollectionTable(name = "agenda_speaker", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @OrderColumn(name = "position")
    public List<StoredSpeaker> speakers = new ArrayList<>();

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class StoredSpeaker {
        public UUID personId;
        public UUID partnerId;

        protected StoredSpeaker() {
        }

        public StoredSpeaker(UUID personId, UUID partnerId) {
            this.personId = personId;
            this.partnerId = partnerId;
        }
    }
}
