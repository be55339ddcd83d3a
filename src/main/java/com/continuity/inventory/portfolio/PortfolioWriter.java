package com.continuity.inventory.portfolio;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Drill;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Protection;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a portfolio in the shape of the file format (see portfolio-example.yaml): the same field names and order,
 * optional fields left out when absent, record versions never written. What it writes, {@link PortfolioReader}
 * reads back into equal records.
 */
public final class PortfolioWriter {

    private final List<SectionFormat<?>> sections;

    /** A writer of the inventory sections only. */
    public PortfolioWriter() {
        this(List.of());
    }

    /** A writer that also writes the given sections of later modules, in this order. */
    public PortfolioWriter(List<? extends SectionFormat<?>> sections) {
        this.sections = List.copyOf(sections);
    }

    public String toYaml(Portfolio portfolio) {
        return yaml().dump(document(portfolio));
    }

    /** Pretty-printed JSON, 2-space indent. */
    public String toJson(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        Json.write(document(portfolio), out, 0);
        return out.append('\n').toString();
    }

    /** One mapping as YAML, such as a section's entry, for a person to edit. */
    public static String toYaml(Map<String, Object> mapping) {
        return yaml().dump(mapping);
    }

    /** One mapping as JSON, such as a section's entry from {@link SectionFormat#write}, for storing or sending. */
    public static String toJson(Map<String, Object> mapping) {
        StringBuilder out = new StringBuilder();
        Json.write(mapping, out, 0);
        return out.toString();
    }

    /**
     * The document as maps, lists and values (String, Integer, BigDecimal, LocalDate), which both formats write.
     * Every map and list is a new object: SnakeYAML would write an anchor and alias for one seen twice.
     */
    Map<String, Object> document(Portfolio p) {
        Entry document = new Entry()
                .put("apiVersion", Portfolio.API_VERSION)
                .put("kind", PortfolioReader.KIND)
                .put("teams", each(p.teams(), PortfolioWriter::team))
                .put("providers", each(p.providers(), PortfolioWriter::provider))
                .put("failureDomains", each(p.failureDomains(), PortfolioWriter::domain))
                .put("services", each(p.services(), PortfolioWriter::service));
        for (SectionFormat<?> section : sections) {
            document.putNonEmpty(section.name(), entries(section, p.section(section.name())));
        }
        return document.map();
    }

    private static Entry team(Team t) {
        return new Entry().put("key", t.key()).put("name", t.name());
    }

    private static Entry provider(Provider p) {
        return new Entry().put("key", p.key()).put("name", p.name()).put("statusPage", p.statusPage())
                .put("parent", p.parent());
    }

    private static Entry domain(FailureDomain d) {
        return new Entry().put("key", d.key()).put("name", d.name())
                .put("kind", d.kind() == null ? null : d.kind().fileName())
                .put("provider", d.provider())
                // the shortest decimal that reads back as the same double: 0.995, not 0.99499999...
                .put("availability", d.availability() == null ? null : BigDecimal.valueOf(d.availability()))
                .putNonEmpty("statusComponents", new ArrayList<Object>(d.statusComponents()));
    }

    private static Entry service(BusinessService s) {
        return new Entry().put("key", s.key()).put("name", s.name()).put("team", s.team()).put("tier", s.tier())
                .put("rtoMinutes", s.rtoMinutes()).put("rpoMinutes", s.rpoMinutes()).put("mtpdMinutes", s.mtpdMinutes())
                .put("downtimeCostPerHour", s.downtimeCostPerHour()).put("currency", s.currency())
                .put("owner", s.owner())
                .putNonEmpty("contacts", each(s.contacts(), PortfolioWriter::contact))
                .put("dependencies", each(s.dependencies(), PortfolioWriter::dependency));
    }

    private static Entry contact(Contact c) {
        return new Entry().put("role", c.role() == null ? null : c.role().fileName()).put("name", c.name())
                .put("reach", c.reach());
    }

    private static Entry dependency(Dependency d) {
        return new Entry().put("key", d.key()).put("name", d.name())
                .putNonEmpty("detection", detection(d.detection()))
                .putNonEmpty("protection", protection(d.protection()))
                .put("paths", each(d.paths(), PortfolioWriter::path));
    }

    private static Entry detection(Detection d) {
        return new Entry().put("errorRatePercent", d.errorRatePercent()).put("latencyMs", d.latencyMs())
                .put("windowMinutes", d.windowMinutes());
    }

    private static Entry protection(Protection p) {
        return new Entry().put("timeoutMs", p.timeoutMs()).put("maxRetries", p.maxRetries())
                .put("backoffBaseMs", p.backoffBaseMs()).put("backoffCapMs", p.backoffCapMs())
                .put("jitter", p.jitter() == null ? null : p.jitter().fileName())
                .put("retryBudgetPercent", p.retryBudgetPercent())
                .put("breakerFailureRatePercent", p.breakerFailureRatePercent())
                .put("breakerMinimumCalls", p.breakerMinimumCalls()).put("breakerOpenSeconds", p.breakerOpenSeconds());
    }

    private static Entry path(Path p) {
        return new Entry().put("key", p.key())
                .put("role", p.role() == null ? null : p.role().fileName())
                .put("activation", p.activation() == null ? null : p.activation().fileName())
                .put("switchoverMinutes", p.switchoverMinutes())
                .put("capacityPercent", p.capacityPercent())
                .put("requires", new ArrayList<Object>(p.requires()))
                .putNonEmpty("drills", each(p.drills(), PortfolioWriter::drill))
                .putNonEmpty("plannedDrills", each(p.plannedDrills(), PortfolioWriter::plannedDrill));
    }

    private static Entry drill(Drill d) {
        return new Entry().put("date", d.date())
                .put("result", d.result() == null ? null : d.result().fileName())
                .put("switchoverMinutes", d.switchoverMinutes())
                .put("notes", d.notes());
    }

    private static Entry plannedDrill(PlannedDrill d) {
        return new Entry().put("date", d.date()).put("owner", d.owner()).put("scenario", d.scenario());
    }

    @SuppressWarnings("unchecked") // the portfolio holds what this section's reader made
    private static <T> List<Object> entries(SectionFormat<T> section, List<?> entries) {
        return new ArrayList<>(entries.stream().map(e -> (Object) section.write((T) e)).toList());
    }

    private static <T> List<Object> each(List<T> records, Function<T, Entry> write) {
        return new ArrayList<>(records.stream().map(r -> write.apply(r).map()).toList());
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false); // one value, one line: error lines then point at the value
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE); // text stays text, never !!binary
        options.setDereferenceAliases(true);
        return new Yaml(new FileRepresenter(options), options);
    }

    /** Dates as plain 2026-10-02 and amounts as plain decimals (never 1.2E+4), both unquoted as in the example. */
    private static final class FileRepresenter extends Representer {

        FileRepresenter(DumperOptions options) {
            super(options);
            Represent plainText = representers.get(String.class);
            // SnakeYAML may write these in a literal block, where reading turns them into '\n': quote and escape them
            representers.put(String.class, s -> ((String) s).chars().anyMatch(FileRepresenter::isOtherLineBreak)
                    ? representScalar(Tag.STR, (String) s, DumperOptions.ScalarStyle.DOUBLE_QUOTED)
                    : plainText.representData(s));
            representers.put(LocalDate.class, date -> representScalar(Tag.TIMESTAMP, date.toString()));
            representers.put(Instant.class, time -> representScalar(Tag.TIMESTAMP, time.toString()));
            representers.put(BigDecimal.class, amount -> {
                String text = ((BigDecimal) amount).toPlainString();
                return representScalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
            });
        }

        private static boolean isOtherLineBreak(int c) {
            return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
    }

    /** Just enough JSON for this document: objects, arrays, text, numbers and dates as text. */
    static final class Json {

        private Json() {
        }

        static void write(Object value, StringBuilder out, int indent) {
            switch (value) {
                case Map<?, ?> map -> block(out, indent, '{', '}', new ArrayList<>(map.entrySet()), (entry, o) -> {
                    quote(String.valueOf(entry.getKey()), o);
                    o.append(": ");
                    write(entry.getValue(), o, indent + 2);
                });
                case List<?> list -> block(out, indent, '[', ']', list, (item, o) -> write(item, o, indent + 2));
                case String text -> quote(text, out);
                case LocalDate date -> quote(date.toString(), out);
                case Instant time -> quote(time.toString(), out);
                case Boolean flag -> out.append(flag);
                case Long number -> out.append(number);
                case BigDecimal amount -> out.append(amount.toPlainString());
                case Integer number -> out.append(number);
                default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
            }
        }

        private interface Member<T> {
            void write(T member, StringBuilder out);
        }

        private static <T> void block(StringBuilder out, int indent, char open, char close, List<T> members, Member<T> write) {
            out.append(open);
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").repeat(' ', indent + 2);
                write.write(members.get(i), out);
            }
            if (!members.isEmpty()) {
                out.append('\n').repeat(' ', indent);
            }
            out.append(close);
        }

        /**
         * Escapes what JSON requires, and also what YAML 1.1 (which reads the file back) takes as a line break or
         * refuses as non-printable: C1 controls, U+2028/9, U+FFFE/F and lone surrogates.
         */
        static void quote(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (mustEscape(text, i)) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        private static boolean mustEscape(String text, int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
            }
            return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufffe' || c == '\uffff';
        }
    }
}
