package com.continuity.inventory.portfolio;

import com.continuity.inventory.Activation;
import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.DomainKind;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Protection;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.representer.Representer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static com.continuity.inventory.portfolio.Fields.Presence.OPTIONAL;
import static com.continuity.inventory.portfolio.Fields.Presence.REQUIRED;

/**
 * Reads a portfolio file, YAML or JSON (JSON is YAML to SnakeYAML), into records. The document is composed into a
 * node tree and never constructed into objects, so tags cannot instantiate anything and every value keeps its line.
 * Refuses the whole document with every error found, each with its path, line and a sentence naming the value.
 */
public final class PortfolioReader {

    public static final String KIND = "Portfolio";

    /** A little above the 10 MB request limit, which is enforced before the document gets here. */
    private static final int CODE_POINT_LIMIT = 12 * 1024 * 1024;

    static final List<String> TOP_FIELDS = List.of("apiVersion", "kind", "teams", "providers", "failureDomains", "services",
            "contracts", "incidents");
    static final List<String> TEAM_FIELDS = List.of("key", "name");
    static final List<String> PROVIDER_FIELDS = List.of("key", "name", "statusPage", "parent");
    static final List<String> DOMAIN_FIELDS = List.of("key", "name", "kind", "provider", "availability", "statusComponents");
    static final List<String> SERVICE_FIELDS = List.of("key", "name", "team", "tier", "rtoMinutes", "rpoMinutes",
            "mtpdMinutes", "downtimeCostPerHour", "currency", "owner", "contacts", "dependencies");
    static final List<String> CONTACT_FIELDS = List.of("role", "name", "reach");
    static final List<String> DEPENDENCY_FIELDS = List.of("key", "name", "detection", "protection", "paths");
    static final List<String> DETECTION_FIELDS = List.of("errorRatePercent", "latencyMs", "windowMinutes");
    static final List<String> PROTECTION_FIELDS = List.of("timeoutMs", "maxRetries", "backoffBaseMs", "backoffCapMs",
            "jitter", "retryBudgetPercent", "breakerFailureRatePercent", "breakerMinimumCalls", "breakerOpenSeconds");
    static final List<String> PATH_FIELDS = List.of("key", "role", "activation", "switchoverMinutes", "capacityPercent",
            "requires", "drills", "plannedDrills");
    static final List<String> DRILL_FIELDS = List.of("date", "result", "switchoverMinutes", "notes");
    static final List<String> PLANNED_DRILL_FIELDS = List.of("date", "owner", "scenario");

    /**
     * Sections of the format that later modules read ({@link SectionFormat}), with the module: a reader not given
     * that module's format refuses them rather than silently dropping them, since an import replaces what is stored.
     */
    private static final Map<String, String> NOT_YET = new LinkedHashMap<>();

    static {
        NOT_YET.put("contracts", "sla");
        NOT_YET.put("incidents", "incidents");
    }

    private final List<SectionFormat<?>> sections;

    /** A reader of the inventory sections; the sections of later modules are refused as not supported. */
    public PortfolioReader() {
        this(List.of());
    }

    /** A reader that also reads the given sections of later modules. */
    public PortfolioReader(List<? extends SectionFormat<?>> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * @return the portfolio, valid by {@link PortfolioValidator} and by each section's check
     * @throws ValidationException with every error found, when the document is not a valid portfolio
     */
    public Portfolio read(byte[] document) {
        Node root = compose(document);
        Problems problems = new Problems();
        Fields top = Fields.of(root, "", "portfolio document", TOP_FIELDS, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.sorted());
        }
        header(top, problems);
        Portfolio portfolio = new Portfolio(
                orEmpty(top.objects("teams", OPTIONAL, "team", TEAM_FIELDS, PortfolioReader::team)),
                orEmpty(top.objects("providers", OPTIONAL, "provider", PROVIDER_FIELDS, PortfolioReader::provider)),
                orEmpty(top.objects("failureDomains", OPTIONAL, "failure domain", DOMAIN_FIELDS, PortfolioReader::domain)),
                orEmpty(top.objects("services", OPTIONAL, "service", SERVICE_FIELDS, PortfolioReader::service)));
        Map<String, List<?>> entries = new LinkedHashMap<>();
        sections.forEach(section -> entries.put(section.name(), orEmpty(read(top, section))));
        PortfolioValidator.validate(portfolio).forEach(problems::addChecked);
        if (problems.isEmpty()) { // a section's references are only worth checking against a sound inventory
            sections.forEach(section -> check(section, entries.get(section.name()), portfolio).forEach(problems::addChecked));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.sorted());
        }
        return portfolio.withSections(entries);
    }

    /**
     * Reads another document (a REST request body) with the same rules and messages: one mapping with
     * {@code fields}, read by {@code reader}.
     *
     * @throws ValidationException with every error found, each with its path and line
     */
    public static <T> T readDocument(byte[] document, String what, List<String> fields, Function<Fields, T> reader) {
        Problems problems = new Problems();
        T value = reader.apply(Fields.of(compose(document), "", what, fields, problems));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.sorted());
        }
        return value;
    }

    private static <T> List<T> read(Fields top, SectionFormat<T> section) {
        return top.objects(section.name(), OPTIONAL, section.what(), section.fields(), section::read);
    }

    @SuppressWarnings("unchecked") // the entries were read by this same section
    private static <T> List<FieldError> check(SectionFormat<T> section, List<?> entries, Portfolio inventory) {
        return section.check((List<T>) entries, inventory);
    }

    private void header(Fields top, Problems problems) {
        String apiVersion = top.string("apiVersion", REQUIRED);
        if (apiVersion != null && !apiVersion.equals(Portfolio.API_VERSION)) {
            problems.add("apiVersion", "apiVersion must be " + Portfolio.API_VERSION + "; got '" + apiVersion + "'");
        }
        String kind = top.string("kind", REQUIRED);
        if (kind != null && !kind.equals(KIND)) {
            problems.add("kind", "kind must be " + KIND + "; got '" + kind + "'");
        }
        NOT_YET.forEach((section, feature) -> {
            if (top.contains(section) && sections.stream().noneMatch(s -> s.name().equals(section))) {
                problems.add(section, "the " + section + " section is not supported by this reader: it is read by the "
                        + feature + " module's section format; remove the section to import the rest");
            }
        });
    }

    private static Team team(Fields f) {
        return new Team(f.string("key", REQUIRED), f.string("name", REQUIRED));
    }

    private static Provider provider(Fields f) {
        return new Provider(f.string("key", REQUIRED), f.string("name", REQUIRED), f.string("statusPage", OPTIONAL),
                f.string("parent", OPTIONAL));
    }

    private static FailureDomain domain(Fields f) {
        return new FailureDomain(f.string("key", REQUIRED), f.string("name", REQUIRED),
                f.choice("kind", REQUIRED, DomainKind.values(), DomainKind::fileName), f.string("provider", OPTIONAL),
                f.number("availability", OPTIONAL), f.strings("statusComponents", OPTIONAL));
    }

    private static BusinessService service(Fields f) {
        return new BusinessService(f.string("key", REQUIRED), f.string("name", REQUIRED), f.string("team", REQUIRED),
                Objects.requireNonNullElse(f.integer("tier", REQUIRED), 0), // 0 only when already reported
                f.integer("rtoMinutes", OPTIONAL), f.integer("rpoMinutes", OPTIONAL), f.integer("mtpdMinutes", OPTIONAL),
                f.decimal("downtimeCostPerHour", OPTIONAL), f.string("currency", OPTIONAL), f.string("owner", OPTIONAL),
                f.objects("contacts", OPTIONAL, "contact", CONTACT_FIELDS, PortfolioReader::contact),
                f.objects("dependencies", OPTIONAL, "dependency", DEPENDENCY_FIELDS, PortfolioReader::dependency), 0);
    }

    private static Contact contact(Fields f) {
        return new Contact(f.choice("role", REQUIRED, ContactRole.values(), ContactRole::fileName),
                f.string("name", REQUIRED), f.string("reach", REQUIRED));
    }

    private static Dependency dependency(Fields f) {
        return new Dependency(f.string("key", REQUIRED), f.string("name", REQUIRED),
                f.objects("paths", REQUIRED, "path", PATH_FIELDS, PortfolioReader::path),
                f.object("detection", OPTIONAL, "detection", DETECTION_FIELDS, PortfolioReader::detection),
                f.object("protection", OPTIONAL, "protection", PROTECTION_FIELDS, PortfolioReader::protection));
    }

    private static Detection detection(Fields f) {
        return new Detection(f.decimal("errorRatePercent", OPTIONAL), f.integer("latencyMs", OPTIONAL),
                f.integer("windowMinutes", OPTIONAL));
    }

    private static Protection protection(Fields f) {
        return new Protection(f.integer("timeoutMs", OPTIONAL), f.integer("maxRetries", OPTIONAL),
                f.integer("backoffBaseMs", OPTIONAL), f.integer("backoffCapMs", OPTIONAL),
                f.choice("jitter", OPTIONAL, Jitter.values(), Jitter::fileName), f.integer("retryBudgetPercent", OPTIONAL),
                f.integer("breakerFailureRatePercent", OPTIONAL), f.integer("breakerMinimumCalls", OPTIONAL),
                f.integer("breakerOpenSeconds", OPTIONAL));
    }

    private static Path path(Fields f) {
        return new Path(f.string("key", REQUIRED), f.choice("role", REQUIRED, PathRole.values(), PathRole::fileName),
                f.choice("activation", OPTIONAL, Activation.values(), Activation::fileName),
                f.integer("switchoverMinutes", OPTIONAL), f.integer("capacityPercent", OPTIONAL),
                f.strings("requires", REQUIRED),
                f.objects("drills", OPTIONAL, "drill", DRILL_FIELDS, PortfolioReader::drill),
                f.objects("plannedDrills", OPTIONAL, "planned drill", PLANNED_DRILL_FIELDS, PortfolioReader::plannedDrill));
    }

    private static Drill drill(Fields f) {
        return new Drill(f.date("date", REQUIRED), f.choice("result", REQUIRED, DrillResult.values(), DrillResult::fileName),
                f.integer("switchoverMinutes", OPTIONAL), f.string("notes", OPTIONAL));
    }

    private static PlannedDrill plannedDrill(Fields f) {
        return new PlannedDrill(f.date("date", REQUIRED), f.string("owner", REQUIRED), f.string("scenario", OPTIONAL));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Parses to a node tree; a document that is not YAML or JSON at all is refused with the parser's own words. */
    private static Node compose(byte[] document) {
        try {
            Node root = yaml().compose(source(document));
            if (root == null) {
                throw refused(null, "the document is empty; expected a portfolio starting with apiVersion: " + Portfolio.API_VERSION);
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw refused(mark == null ? null : mark.getLine() + 1,
                    "the document is not valid YAML or JSON: " + e.getProblem() + context);
        } catch (YAMLException e) {
            throw refused(null, "the document could not be read: " + e.getMessage());
        }
    }

    private static ValidationException refused(Integer line, String message) {
        return new ValidationException(List.of(new FieldError("$", line, message)));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        options.setMaxAliasesForCollections(50); // enough for honest reuse, too few for a "billion laughs"
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setProcessComments(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    /**
     * Decodes the bytes (UTF-8, or UTF-16/32 with a byte-order mark). In a JSON document a tab can only be
     * whitespace between tokens, which YAML does not accept everywhere: such tabs become spaces.
     */
    private static Reader source(byte[] document) {
        try (Reader reader = new UnicodeReader(new ByteArrayInputStream(document))) {
            String text = reader.readAllAsString();
            return new StringReader(looksLikeJson(text) ? text.replace('\t', ' ') : text);
        } catch (CharacterCodingException e) {
            throw refused(null, "the document is not UTF-8 (or UTF-16/32 with a byte-order mark) text");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading bytes in memory does not fail otherwise
        }
    }

    private static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }
}
