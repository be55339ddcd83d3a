package com.continuity.inventory;

import java.math.BigDecimal;

/** One line of the services grid: the impact analysis without the dependency tree, which stays in the database. */
public record ServiceRow(String key, String name, String team, int tier, Integer rtoMinutes, Integer mtpdMinutes,
                         BigDecimal downtimeCostPerHour, String currency, int dependencies) {
}
