package com.continuity.inventory;

import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.security.AuditChange;
import com.continuity.security.AuditLog;
import com.continuity.security.Permissions;
import com.continuity.security.Team;
import com.continuity.security.TeamService;
import com.continuity.shared.Documents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole inventory as one document. An import is all-or-nothing: it is read and validated completely
 * before anything is written, and written in one transaction that makes the stored inventory equal the file.
 */
@Service
public class PortfolioService {

    public enum Format { YAML, JSON }

    private final InventoryRepository repository;
    private final TeamService teams;
    private final AuditLog audit;
    private final long maxDocumentBytes;
    private final List<PortfolioSection<?>> sections;

    PortfolioService(InventoryRepository repository, TeamService teams, AuditLog audit,
                     @Value(Documents.MAX_BYTES_PROPERTY) long maxDocumentBytes,
                     ObjectProvider<PortfolioSection<?>> sections) {
        this.sections = sections.orderedStream().toList();
        this.repository = repository;
        this.teams = teams;
        this.audit = audit;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Portfolio export() {
        Map<String, List<?>> stored = new LinkedHashMap<>();
        sections.forEach(section -> stored.put(section.format().name(), section.stored()));
        return new Portfolio(teams.findAll(), repository.findProviders(), repository.findDomains(),
                repository.findServices(), stored);
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public String export(Format format) {
        Portfolio p = export();
        PortfolioWriter writer = new PortfolioWriter(formats());
        return format == Format.JSON ? writer.toJson(p) : writer.toYaml(p);
    }

    /** Reads at most the size limit, then imports; a larger document is refused before parsing. */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public ImportResult importDocument(InputStream in) {
        return importPortfolio(new PortfolioReader(formats()).read(Documents.readLimited(in, maxDocumentBytes)));
    }

    /** The file format with every section this application knows. */
    public List<SectionFormat<?>> formats() {
        return sections.stream().<SectionFormat<?>>map(PortfolioSection::format).toList();
    }

    private ImportResult importPortfolio(Portfolio file) {
        Portfolio before = export();
        List<AuditChange> serviceChanges = PortfolioChanges.services(before, file);
        teams.upsertAll(file.teams());
        repository.upsertProviders(file.providers());
        repository.upsertDomains(file.failureDomains());
        repository.replaceServices(file.services(), serviceChanges.stream()
                .filter(c -> c.after() != null).map(c -> (BusinessService) c.after()).toList());
        // after the inventory's upserts, before its deletes: sections may refer to what is new and stop what is gone
        sections.forEach(section -> store(section, file.section(section.format().name())));
        repository.deleteDomainsExcept(file.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet()));
        repository.deleteProvidersExcept(file.providers().stream().map(Provider::key).collect(Collectors.toSet()));
        teams.deleteAllExcept(file.teams().stream().map(Team::key).toList());
        ImportResult result = ImportResult.of(file);
        List<AuditChange> changes = new ArrayList<>(List.of(new AuditChange("import", "portfolio", null, null, result)));
        changes.addAll(PortfolioChanges.inventory(before, file));
        changes.addAll(serviceChanges);
        audit.record(changes);
        return result;
    }

    @SuppressWarnings("unchecked") // the entries were read by this section's own format
    private static <T> void store(PortfolioSection<T> section, List<?> entries) {
        section.store((List<T>) entries);
    }

    /**
     * Called once per start: true only on the very first start of this database, and then never again, so sample
     * data never refills an inventory that was emptied on purpose.
     */
    @Transactional
    public boolean firstStart() {
        return repository.claimFirstStart();
    }
}
