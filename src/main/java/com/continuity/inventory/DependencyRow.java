package com.continuity.inventory;

/** One line of the all-dependencies grid: a dependency with its service and a summary of its paths. */
public record DependencyRow(String serviceKey, String serviceName, String team, int tier, String dependencyKey,
                            String dependencyName, int paths, int fallbacks, String primaryRequires) {
}
