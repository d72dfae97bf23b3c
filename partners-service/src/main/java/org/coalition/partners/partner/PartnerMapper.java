package org.coalition.partners.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalition.kit.ids.Ids;
import org.coalition.partners.reference.Names;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;
import org.coalition.partners.reference.Theme;

/** Between the API records and the entity; plain code, one direction per method. */
final class PartnerMapper {

    private PartnerMapper() {
    }

    static PartnerView toView(Partner partner, String acceptLanguage) {
        return new PartnerView(
                partner.id,
                Names.best(partner.name, partner.names, acceptLanguage),
                partner.acronym,
                Map.copyOf(partner.names),
                type(partner),
                type(partner).iatiCode(),
                partner.country,
                List.copyOf(partner.countriesOfOperation),
                Slugged.fromSlug(Level.class, partner.level).orElseThrow(),
                partner.subdivision,
                partner.themes.stream().map(t -> Slugged.fromSlug(Theme.class, t).orElseThrow()).toList(),
                List.copyOf(partner.sdg4Targets),
                partner.website,
                partner.email,
                Slugged.fromSlug(PartnerStatus.class, partner.status).orElseThrow(),
                partner.identifiers.stream().map(i -> new Identifier(i.scheme, i.value)).toList(),
                partner.mergedInto,
                partner.createdAt,
                partner.updatedAt,
                partner.version);
    }

    /** The representation events carry: names as registered, whatever a client's language. */
    static PartnerView toView(Partner partner) {
        return toView(partner, null);
    }

    /** What a PUT would have to send to leave the organisation as it is: the base of a merge patch. */
    static PartnerInput toInput(Partner partner) {
        PartnerView view = toView(partner);
        return new PartnerInput(view.name(), view.acronym(), view.names(), view.type(), view.country(),
                view.countriesOfOperation(), view.level(), view.subdivision(), view.themes(), view.sdg4Targets(),
                view.website(), view.email(), view.status(), view.identifiers());
    }

    static void apply(PartnerInput input, Partner partner) {
        partner.name = input.name().strip();
        partner.acronym = blankToNull(input.acronym());
        partner.names = new LinkedHashMap<>(input.names());
        partner.type = input.type().slug();
        partner.country = input.country();
        partner.countriesOfOperation = new ArrayList<>(input.countriesOfOperation().stream().distinct().toList());
        partner.level = input.level().slug();
        partner.subdivision = input.subdivision();
        partner.themes = new ArrayList<>(input.themes().stream().distinct().map(Theme::slug).toList());
        partner.sdg4Targets = new ArrayList<>(input.sdg4Targets().stream().distinct().sorted().toList());
        partner.website = blankToNull(input.website());
        partner.email = blankToNull(input.email());
        partner.identifiers.clear();
        input.identifiers().forEach(i -> partner.identifiers.add(new Partner.StoredIdentifier(i.scheme(), i.value())));
        partner.searchText = SearchText.normalize(String.join(" ", Stream.concat(
                Stream.of(partner.name, partner.acronym == null ? "" : partner.acronym),
                partner.names.values().stream()).toList()));
    }

    static Partner newPartner() {
        Partner partner = new Partner();
        partner.id = Ids.newId();
        partner.status = PartnerStatus.ACTIVE.slug();
        return partner;
    }

    private static PartnerType type(Partner partner) {
        return Slugged.fromSlug(PartnerType.class, partner.type).orElseThrow();
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
