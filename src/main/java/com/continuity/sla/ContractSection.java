package com.continuity.sla;

import com.continuity.inventory.PortfolioSection;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.sla.model.ContractTerms;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The portfolio file's contracts: part of the inventory, so an import replaces them. Claims already recorded
 * stay (they are money, kept by contract key), and so do the samples of the contracts that remain.
 */
@Component
@Order(10)
class ContractSection implements PortfolioSection<ContractTerms> {

    private final ContractRepository repository;

    ContractSection(ContractRepository repository) {
        this.repository = repository;
    }

    @Override
    public SectionFormat<ContractTerms> format() {
        return new ContractFormat();
    }

    @Override
    public List<ContractTerms> stored() {
        return repository.findAll().stream().map(Contract::terms).toList();
    }

    @Override
    public void store(List<ContractTerms> contracts) {
        repository.replaceAll(contracts);
    }
}
