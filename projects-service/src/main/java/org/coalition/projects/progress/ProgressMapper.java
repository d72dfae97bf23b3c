package org.coalition.projects.progress;

import org.coalition.kit.text.Slugged;
import org.coalition.projects.replica.Names;

final class ProgressMapper {

    private ProgressMapper() {
    }

    static UpdateView toView(ProgressUpdate update, Names.Known names) {
        return new UpdateView(update.id, update.projectId, update.reportedOn, update.authorPersonId,
                names.person(update.authorPersonId), update.summary,
                Slugged.fromSlug(UpdateRating.class, update.rating).orElseThrow(), review(update), update.reviewerPersonId,
                names.person(update.reviewerPersonId), update.reviewComment, update.submittedAt, update.reviewedAt,
                update.createdAt, update.updatedAt, update.version);
    }

    static UpdateInput toInput(ProgressUpdate update) {
        return new UpdateInput(update.reportedOn, update.authorPersonId, update.summary,
                Slugged.fromSlug(UpdateRating.class, update.rating).orElseThrow());
    }

    static void apply(UpdateInput input, ProgressUpdate update) {
        update.reportedOn = input.reportedOn();
        update.authorPersonId = input.authorPersonId();
        update.summary = input.summary().strip();
        update.rating = input.rating().slug();
    }

    static ReviewStatus review(ProgressUpdate update) {
        return Slugged.fromSlug(ReviewStatus.class, update.review).orElseThrow();
    }
}
