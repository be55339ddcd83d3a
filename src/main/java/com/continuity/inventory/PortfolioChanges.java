package com.continuity.inventory;

import com.continuity.security.AuditChange;
import com.continuity.security.Team;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import changed, record by record, for the audit log: the same create/update/delete entries, with
 * before and after, as edits in the UI or over REST write. Versions are not content, so they are ignored.
 */
final class PortfolioChanges {

    private PortfolioChanges() {
    }

    /** Teams, providers and failure domains. */
    static List<AuditChange> inventory(Portfolio before, Portfolio after) {
        List<AuditChange> changes = new ArrayList<>();
        changes.addAll(AuditChange.between("team", before.teams(), after.teams(), Team::key,
                t -> new Team(t.key(), t.name(), 0)));
        changes.addAll(AuditChange.between("provider", before.providers(), after.providers(), Provider::key,
                p -> new Provider(p.key(), p.name(), p.statusPage(), p.parent(), 0)));
        changes.addAll(AuditChange.between("failure-domain", before.failureDomains(), after.failureDomains(),
                FailureDomain::key, d -> new FailureDomain(d.key(), d.name(), d.kind(), d.provider(), d.availability(),
                        d.statusComponents(), 0)));
        return changes;
    }

    /** Services created, updated (their whole aggregate) or deleted. */
    static List<AuditChange> services(Portfolio before, Portfolio after) {
        return AuditChange.between("service", before.services(), after.services(), BusinessService::key,
                s -> s.withVersion(0));
    }
}
