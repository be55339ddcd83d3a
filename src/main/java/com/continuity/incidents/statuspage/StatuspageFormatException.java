package com.continuity.incidents.statuspage;

/**
 * A Statuspage payload that is not JSON or not of the expected shape. The message starts with the JSON path of the
 * field at fault ({@code incidents[1].incident_updates[0].display_at: not a timestamp}), so whoever imports it knows
 * where to look; {@code $} stands for the whole document.
 */
public class StatuspageFormatException extends RuntimeException {

    private final String path;
    private final String problem;

    public StatuspageFormatException(String path, String problem) {
        this(path, problem, null);
    }

    public StatuspageFormatException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path of the field at fault, e.g. {@code incidents[1].impact}; {@code $} for the document. */
    public String path() {
        return path;
    }

    /** What is wrong with it, without the path. */
    public String problem() {
        return problem;
    }
}
