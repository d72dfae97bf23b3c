package org.coalition.partners.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.coalition.partners.group.GroupApi.GroupInput;
import org.coalition.partners.group.GroupApi.GroupView;
import org.coalition.partners.group.GroupApi.MembershipInput;
import org.coalition.partners.group.GroupApi.MembershipView;
import org.coalition.partners.partner.Level;
import org.coalition.partners.reference.Names;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;
import org.coalition.partners.reference.Theme;

final class GroupMapper {

    private GroupMapper() {
    }

    static GroupView toView(PartnerGroup group, String acceptLanguage) {
        return new GroupView(group.id, Names.best(group.name, group.names, acceptLanguage), Map.copyOf(group.names),
                Slugged.fromSlug(GroupKind.class, group.kind).orElseThrow(), group.parentGroupId,
                Slugged.fromSlug(Level.class, group.level).orElseThrow(), group.country, group.subdivision,
                group.themes.stream().map(t -> Slugged.fromSlug(Theme.class, t).orElseThrow()).toList(),
                group.description, Slugged.fromSlug(GroupStatus.class, group.status).orElseThrow(),
                group.createdAt, group.updatedAt, group.version);
    }

    static GroupInput toInput(PartnerGroup group) {
        GroupView view = toView(group, null);
        return new GroupInput(view.name(), view.names(), view.kind(), view.parentGroupId(), view.level(),
                view.country(), view.subdivision(), view.themes(), view.description(), view.status());
    }

    static void apply(GroupInput input, PartnerGroup group) {
        group.name = input.name().strip();
        group.names = new LinkedHashMap<>(input.names());
        group.kind = input.kind().slug();
        group.parentGroupId = input.parentGroupId();
        group.level = input.level().slug();
        group.country = input.country();
        group.subdivision = input.subdivision();
        group.themes = new ArrayList<>(input.themes().stream().distinct().map(Theme::slug).toList());
        group.description = input.description() == null || input.description().isBlank() ? null : input.description();
        if (input.status() != null) {
            group.status = input.status().slug();
        }
        group.searchText = SearchText.normalize(String.join(" ",
                Stream.concat(Stream.of(group.name), group.names.values().stream()).toList()));
    }

    static MembershipView toView(Membership membership) {
        return new MembershipView(membership.id, membership.groupId, membership.partnerId, membership.personId,
                Slugged.fromSlug(MembershipRole.class, membership.role).orElseThrow(), membership.from,
                membership.to, membership.createdAt, membership.updatedAt, membership.version);
    }

    static void apply(MembershipInput input, Membership membership) {
        membership.partnerId = input.partnerId();
        membership.personId = input.personId();
        membership.role = input.role().slug();
        membership.from = input.from();
        membership.to = input.to();
    }
}
