package org.coalition.meetings.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.paging.Page;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.meetings.meeting.MeetingFilter;
import org.coalition.meetings.meeting.MeetingService;
import org.coalition.meetings.meeting.MeetingView;
import org.coalition.meetings.meeting.TimeKeyset;
import org.coalition.meetings.replica.Names;

/** A group's meetings as one calendar, for calendar applications that subscribe to it. */
@ApplicationScoped
public class MeetingCalendar {

    private static final int BATCH = 500;

    private final MeetingService meetings;
    private final Names names;

    public MeetingCalendar(MeetingService meetings, Names names) {
        this.meetings = meetings;
        this.names = names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String groupParameter) {
        List<FieldError> errors = new ArrayList<>();
        if (groupParameter == null) {
            errors.add(new FieldError("groupId", "is required: the feed is one group's meetings"));
        }
        UUID groupId = FilterValues.id(groupParameter, "groupId", errors);
        FilterValues.failOn(errors);
        String groupName = names.group(groupId);
        if (groupName == null) {
            throw ProblemException.notFound("group", groupId);
        }
        List<MeetingView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<MeetingView> page = meetings.page(MeetingFilter.ofGroup(groupId), TimeKeyset.request(BATCH, cursor));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return ICalendar.of(groupName, all, Instant.now());
    }
}
