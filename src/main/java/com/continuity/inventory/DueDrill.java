package com.continuity.inventory;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

/**
 * A drill of a fallback that needs someone's attention on a given day ({@link DrillSchedule}): the service (key,
 * name, team), the dependency and path keys, and why.
 *
 * @param date      the planned day for {@link Kind#PLANNED} and {@link Kind#MISSED}; for {@link Kind#OVERDUE} the
 *                  last day the last drill still counted ({@code lastDrill} + 90 days); null for {@link Kind#NEVER}
 * @param owner     who runs the planned drill; null for {@link Kind#OVERDUE} and {@link Kind#NEVER}, which nobody
 *                  has planned
 * @param lastDrill the day of the path's most recent drill on or before today; null when there is none
 * @param scenario  what the planned drill will do; null for {@link Kind#OVERDUE} and {@link Kind#NEVER}, and when
 *                  the plan does not say
 */
public record DueDrill(String service, String serviceName, String team, String dependency, String path, Kind kind,
                       LocalDate date, String owner, LocalDate lastDrill, String scenario) {

    /** A due drill without a scenario. */
    public DueDrill(String service, String serviceName, String team, String dependency, String path, Kind kind,
                    LocalDate date, String owner, LocalDate lastDrill) {
        this(service, serviceName, team, dependency, path, kind, date, owner, lastDrill, null);
    }

    public enum Kind {
        /** A planned drill within the next {@link DrillSchedule#PLANNED_HORIZON_DAYS} days, today included. */
        PLANNED,
        /** A planned drill whose day has passed with no drill logged on or after it. */
        MISSED,
        /** A fallback whose last drill is more than {@link DrillSchedule#DRILL_MAX_AGE_DAYS} days old. */
        OVERDUE,
        /** A fallback never drilled. */
        NEVER;

        @JsonValue
        public String fileName() {
            return FileNames.of(this);
        }

        @JsonCreator
        public static Kind of(String fileName) {
            return FileNames.parse(Kind.class, fileName);
        }
    }
}
