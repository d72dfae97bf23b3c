package org.coalition.projects.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;
import org.coalition.projects.reference.Theme;
import org.coalition.projects.replica.Names;

/** Between the API records and the entities; plain code, one direction per method. */
final class CommunityMapper {

    private CommunityMapper() {
    }

    static CommunityView toView(Community community, Names.Known names) {
        return new CommunityView(
                community.id,
                community.name,
                Map.copyOf(community.names),
                Slugged.fromSlug(Theme.class, community.theme).orElseThrow(),
                community.description,
                community.facilitatorPartnerId,
                names.organisation(community.facilitatorPartnerId),
                community.cohortStartsOn,
                community.cohortEndsOn,
                List.copyOf(community.countries),
                Slugged.fromSlug(CommunityStatus.class, community.status).orElseThrow(),
                community.createdAt,
                community.updatedAt,
                community.version);
    }

    /** What a PUT would have to send to leave the community as it is: the base of a merge patch. */
    static CommunityInput toInput(Community community) {
        return new CommunityInput(community.name, Map.copyOf(community.names),
                Slugged.fromSlug(Theme.class, community.theme).orElseThrow(), community.description,
                community.facilitatorPartnerId, community.cohortStartsOn, community.cohortEndsOn,
                List.copyOf(community.countries),
                Slugged.fromSlug(CommunityStatus.class, community.status).orElseThrow());
    }

    static void apply(CommunityInput input, Community community) {
        community.name = input.name().strip();
        community.names = new LinkedHashMap<>(input.names());
        community.theme = input.theme().slug();
        community.description = blankToNull(input.description());
        community.facilitatorPartnerId = input.facilitatorPartnerId();
        community.cohortStartsOn = input.cohortStartsOn();
        community.cohortEndsOn = input.cohortEndsOn();
        community.countries = new ArrayList<>(input.countries().stream().distinct().toList());
        if (input.status() != null) {
            community.status = input.status().slug();
        }
        community.searchText = SearchText.normalize(String.join(" ",
                Stream.concat(Stream.of(community.name), community.names.values().stream()).toList()));
    }

    static Community newCommunity() {
        Community community = new Community();
        community.id = Ids.newId();
        community.status = CommunityStatus.FORMING.slug();
        return community;
    }

    static MemberView toView(CommunityMember member, Names.Known names) {
        return new MemberView(member.communityId, member.personId, names.person(member.personId),
                member.affiliationPartnerId, names.organisation(member.affiliationPartnerId),
                Slugged.fromSlug(MemberRole.class, member.role).orElseThrow(), member.joinedOn, member.leftOn,
                member.createdAt, member.updatedAt, member.version);
    }

    static MemberInput toInput(CommunityMember member) {
        return new MemberInput(member.personId, member.affiliationPartnerId,
                Slugged.fromSlug(MemberRole.class, member.role).orElseThrow(), member.joinedOn, member.leftOn);
    }

    static void apply(MemberInput input, CommunityMember member) {
        member.affiliationPartnerId = input.affiliationPartnerId();
        member.role = input.role().slug();
        member.joinedOn = input.joinedOn();
        member.leftOn = input.leftOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
