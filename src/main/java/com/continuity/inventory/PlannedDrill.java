package com.continuity.inventory;

import java.time.LocalDate;

/**
 * A chaos exercise planned on a fallback: the day, who runs it, and what it will do ({@code scenario}, such as
 * "block openai-api at the gateway for 15 min"; optional notes). The team removes it, or keeps it, when it logs
 * the {@link Drill}: nothing links the two. A planned drill whose day has passed with no drill logged on or after
 * that day is missed ({@link DrillSchedule}).
 */
public record PlannedDrill(LocalDate date, String owner, String scenario) {
}
