package com.continuity.inventory;

import java.time.LocalDate;

/** A test of a fallback: when, how it went, the switchover it measured (if any) and notes. */
public record Drill(LocalDate date, DrillResult result, Integer switchoverMinutes, String notes) {
}
