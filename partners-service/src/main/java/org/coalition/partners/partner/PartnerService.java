package org.coalition.partners.partner;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;

/** Organisations: every change is checked, versioned and published through the outbox in one transaction. */
@ApplicationScoped
@Transactional
public class PartnerService {

    public static final String TOPIC = "partners.events";
    static final String REGISTERED = "org.coalition.partner.registered";
    static final String UPDATED = "org.coalition.partner.updated";
    static final String ARCHIVED = "org.coalition.partner.archived";
    static final String MERGED = "org.coalition.partner.merged";

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final MergePatcher patcher;

    public PartnerService(PartnerRepository partners, Outbox outbox, MergePatcher patcher) {
        this.partners = partners;
        this.outbox = outbox;
        this.patcher = patcher;
    }

    public Partner create(PartnerInput input) {
        Partner partner = PartnerMapper.newPartner();
        write(partner, input);
        partner.createdAt = partner.updatedAt;
        partners.persistAndFlush(partner);
        publish(REGISTERED, partner);
        return partner;
    }

    public Partner replace(UUID id, String ifMatch, PartnerInput input) {
        Partner partner = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, partner.version);
        return update(partner, input);
    }

    /** Applies a JSON Merge Patch to the organisation as a client would PUT it, then validates the result. */
    public Partner patch(UUID id, String ifMatch, JsonNode patch) {
        Partner partner = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, partner.version);
        return update(partner, patcher.apply(PartnerMapper.toInput(partner), patch, PartnerInput.class));
    }

    /** DELETE archives: the organisation stays for the references to it; archiving twice changes nothing. */
    public void archive(UUID id, String ifMatch) {
        Partner partner = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, partner.version);
        if (PartnerStatus.ACTIVE.slug().equals(partner.status)) {
            partner.status = PartnerStatus.ARCHIVED.slug();
            partner.updatedAt = Timestamps.now();
            partners.flush();
            publish(ARCHIVED, partner);
        }
    }

    /** Creates or updates the organisation an integrator knows by its own identifier; never guesses. */
    public Upserted upsertByIdentifier(Identifier identifier, String ifMatch, PartnerInput input) {
        PartnerInput withIdentifier = input.identifiers().contains(identifier) ? input : withIdentifier(input, identifier);
        return partners.findByIdentifier(identifier.scheme(), identifier.value())
                .map(found -> {
                    Partner existing = requireForUpdate(found.id);
                    ETags.checkIfMatch(ifMatch, existing.version);
                    return new Upserted(update(existing, withIdentifier), false);
                })
                .orElseGet(() -> new Upserted(create(withIdentifier), true));
    }

    /**
     * Merges a duplicate into the organisation that survives: its identifiers, affiliations, group
     * memberships and partnership places move to the survivor; the duplicate stays as
     * {@code status: merged} with {@code mergedInto}, so old references still lead somewhere.
     */
    public Partner merge(UUID id, UUID into, String ifMatch) {
        if (id.equals(into)) {
            throw ProblemException.invalidField("into", "must be another organisation than the one merged");
        }
        // Both rows are locked in id order, so two merges of the same pair cannot deadlock.
        Partner first = requireForUpdate(id.compareTo(into) < 0 ? id : into);
        Partner second = requireForUpdate(id.compareTo(into) < 0 ? into : id);
        Partner merged = first.id.equals(id) ? first : second;
        Partner survivor = merged == first ? second : first;
        ETags.checkIfMatch(ifMatch, merged.version);
        if (!PartnerStatus.ACTIVE.slug().equals(merged.status)) {
            throw ProblemException.conflict("Organisation " + id + " is " + merged.status + " and cannot be merged.");
        }
        if (!PartnerStatus.ACTIVE.slug().equals(survivor.status)) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("into",
                    "organisation " + into + " is " + survivor.status + " and cannot take a merge")));
        }
        List<Partner.StoredIdentifier> moved = new ArrayList<>(merged.identifiers);
        merged.identifiers.clear();
        merged.status = PartnerStatus.MERGED.slug();
        merged.mergedInto = survivor.id;
        merged.updatedAt = Timestamps.now();
        partners.flush();
        for (Partner.StoredIdentifier identifier : moved) {
            survivor.identifiers.add(new Partner.StoredIdentifier(identifier.scheme, identifier.value));
        }
        survivor.updatedAt = merged.updatedAt;
        partners.flush();
        partners.moveReferences(merged.id, survivor.id);
        publish(MERGED, merged);
        publish(UPDATED, survivor);
        return survivor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resembling> duplicates(String name, String country) {
        return partners.resembling(name, country, 10).stream()
                .map(row -> new Resembling(require(UUID.fromString((String) row[0])),
                        Math.round(((Number) row[1]).doubleValue() * 100) / 100.0))
                .toList();
    }

    public record Resembling(Partner partner, double score) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner get(UUID id) {
        return require(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partner> page(PartnerFilter.Criteria criteria, PageRequest page) {
        return partners.page(criteria, page.afterId(), page.fetchSize());
    }

    private Partner update(Partner partner, PartnerInput input) {
        if (PartnerStatus.MERGED.slug().equals(partner.status)) {
            throw ProblemException.conflict("Organisation " + partner.id + " was merged into " + partner.mergedInto
                    + "; change that one instead.");
        }
        if (!changes(partner, input)) {
            return partner;
        }
        write(partner, input);
        partners.flush();
        publish(UPDATED, partner);
        return partner;
    }

    /**
     * Whether {@code input} would change anything: a sync job that sends the same data again leaves the
     * version, updatedAt and the event stream alone.
     */
    private static boolean changes(Partner partner, PartnerInput input) {
        Partner candidate = new Partner();
        candidate.status = input.status() == null ? partner.status : input.status().slug();
        PartnerMapper.apply(input, candidate);
        return !PartnerMapper.toInput(candidate).equals(PartnerMapper.toInput(partner));
    }

    private void write(Partner partner, PartnerInput input) {
        PartnerRules.check(input);
        for (int i = 0; i < input.identifiers().size(); i++) {
            Identifier identifier = input.identifiers().get(i);
            int index = i;
            partners.holderOf(identifier, partner.id).ifPresent(holder -> {
                throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError(
                        "identifiers[" + index + "]", identifier + " already identifies organisation " + holder)));
            });
        }
        PartnerMapper.apply(input, partner);
        if (input.status() != null) {
            partner.status = input.status().slug();
        }
        partner.updatedAt = Timestamps.now();
    }

    private void publish(String type, Partner partner) {
        outbox.publish(TOPIC, type, partner.id.toString(), PartnerMapper.toView(partner));
    }

    private Partner require(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    /**
     * Loads an organisation to change it, locking its row: concurrent writers queue, so each sees the
     * version the previous one committed and a stale If-Match is a clean 412, not a lost update.
     */
    private Partner requireForUpdate(UUID id) {
        return partners.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    private static PartnerInput withIdentifier(PartnerInput input, Identifier identifier) {
        List<Identifier> identifiers = new ArrayList<>(input.identifiers());
        identifiers.add(identifier);
        return new PartnerInput(input.name(), input.acronym(), input.names(), input.type(), input.country(),
                input.countriesOfOperation(), input.level(), input.subdivision(), input.themes(), input.sdg4Targets(),
                input.website(), input.email(), input.status(), identifiers);
    }

    public record Upserted(Partner partner, boolean created) {
    }
}
