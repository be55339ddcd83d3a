package com.continuity.incidents;

import java.util.List;

/**
 * What a status-page import did: the incidents it created and updated (by key), and the page's components that no
 * failure domain of the provider lists in its {@code statusComponents}, so the user can map them.
 */
public record StatusImportResult(String provider, List<String> created, List<String> updated, List<String> unmapped) {
}
