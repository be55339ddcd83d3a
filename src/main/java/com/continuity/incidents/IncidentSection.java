package com.continuity.incidents;

import com.continuity.inventory.PortfolioSection;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The portfolio file's incidents: added or updated by key, never deleted, since an import must not erase
 * history (DESIGN §7). Runs inside the portfolio import's transaction.
 */
@Component
@Order(20)
class IncidentSection implements PortfolioSection<Incident> {

    private final IncidentRepository repository;
    private final IncidentHistory history;

    IncidentSection(IncidentRepository repository, IncidentHistory history) {
        this.repository = repository;
        this.history = history;
    }

    @Override
    public SectionFormat<Incident> format() {
        return new IncidentFormat();
    }

    @Override
    public List<Incident> stored() {
        return repository.findAll().reversed(); // oldest first reads like a history
    }

    @Override
    public void store(List<Incident> incidents) {
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (incident.externalId() != null) {
                Optional<Incident> same = repository.findByExternalId(incident.provider(), incident.externalId());
                if (same.isPresent() && !same.get().key().equals(incident.key())) {
                    throw new ValidationException(List.of(new FieldError(IncidentFormat.SECTION + "[" + i + "].externalId",
                            "the status-page incident '" + incident.externalId() + "' of '" + incident.provider()
                                    + "' is already stored as incident '" + same.get().key() + "'")));
                }
            }
            if (!repository.update(incident, null)) {
                repository.insert(incident);
            }
        }
        history.forget();
    }
}
