package org.coalition.partners.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.partners.engagement.EngagementRepository.Subject;
import org.coalition.partners.partner.PartnerService;
import org.coalition.partners.person.Person;
import org.coalition.partners.person.PersonService;

/** Engagement of organisations and people, read in one transaction so the figures agree with each other. */
@ApplicationScoped
@Transactional
public class EngagementService {

    private final PartnerService partners;
    private final PersonService people;
    private final EngagementRepository engagement;

    public EngagementService(PartnerService partners, PersonService people, EngagementRepository engagement) {
        this.partners = partners;
        this.people = people;
        this.engagement = engagement;
    }

    public Engagement ofPartner(UUID id) {
        partners.get(id);
        return of(Subject.PARTNER, id);
    }

    /** An erased person's activity is theirs too: it is gone with their data (410). */
    public Engagement ofPerson(UUID id) {
        Person person = people.get(id);
        if (person.erased) {
            throw new ProblemException(ProblemType.GONE, "Person " + id + " was erased at their request.");
        }
        return of(Subject.PERSON, id);
    }

    public Engagement.Collaborators collaborators(UUID partnerId, Integer limit) {
        partners.get(partnerId);
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw ProblemException.invalidField("limit", "must be between 1 and 100");
        }
        return new Engagement.Collaborators(partnerId, engagement.collaborators(partnerId, size).stream()
                .map(row -> {
                    long meetings = ((Number) row[2]).longValue();
                    long projects = ((Number) row[3]).longValue();
                    return new Engagement.Collaborator((UUID) row[0], (String) row[1], meetings, projects, meetings + projects);
                }).toList());
    }

    private Engagement of(Subject subject, UUID id) {
        long[] meetings = engagement.meetings(subject, id);
        long[] items = engagement.actionItems(subject, id);
        return new Engagement(id,
                new Engagement.Meetings(meetings[0], engagement.attendedByKind(subject, id),
                        engagement.attendedByYear(subject, id), meetings[1], engagement.participationsByRole(subject, id),
                        meetings[2]),
                new Engagement.Projects(engagement.projects(subject, id), engagement.projectsByRole(subject, id)),
                new Engagement.ActionItems(items[0], items[1], items[2]),
                engagement.lastActivity(subject, id));
    }
}
