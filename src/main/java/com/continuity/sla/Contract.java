package com.continuity.sla;

import com.continuity.sla.model.ContractTerms;

/** A stored contract: its terms as the file gives them, and the version that guards concurrent edits. */
public record Contract(ContractTerms terms, long version) {

    public String key() {
        return terms.key();
    }
}
