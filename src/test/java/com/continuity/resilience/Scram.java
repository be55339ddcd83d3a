package com.continuity.resilience;

import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCRAM (Debian package {@code scram}, https://scram-pra.org) run as a subprocess on an Open-PSA MEF file, with a
 * time limit, and its XML report read back: the top event's products (minimal cut sets) and probability. Used by
 * {@link ScramAgreementIT} and {@link ResilienceBench}.
 */
public final class Scram {

    /** SCRAM's modes as the issue names them. */
    public static final List<String> BDD_WITH_PROBABILITY = List.of("--bdd", "--probability", "true");
    public static final List<String> ZBDD = List.of("--zbdd");

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern DISTINCT_BASIC_EVENTS = Pattern.compile("<define-basic-event name=\"");

    private final Path executable;

    private Scram(Path executable) {
        this.executable = executable;
    }

    /** SCRAM from -Dscram.path, else the first {@code scram} on the PATH. */
    public static Optional<Scram> locate() {
        String configured = System.getProperty("scram.path");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(new Scram(p)) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, "scram");
            if (Files.isExecutable(p)) {
                return Optional.of(new Scram(p));
            }
        }
        return Optional.empty();
    }

    public Path executable() {
        return executable;
    }

    /** What SCRAM reported for one run. {@code probability} is NaN when it computed none. */
    public record Report(Set<Set<String>> products, double probability, int maxOrder, Duration elapsed,
                         long peakRssKb) {
    }

    /**
     * Products with MEF names turned back into failure-domain keys through {@code keyOfId} (MEF id to key, built
     * with {@link com.continuity.resilience.model.MefWriter#id}); a name it lacks is kept as {@code ?name}.
     */
    public static Set<Set<String>> renamed(Set<Set<String>> products, java.util.Map<String, String> keyOfId) {
        Set<Set<String>> out = new HashSet<>();
        for (Set<String> product : products) {
            Set<String> keys = new HashSet<>();
            product.forEach(id -> keys.add(keyOfId.getOrDefault(id, "?" + id)));
            out.add(Set.copyOf(keys));
        }
        return Set.copyOf(out);
    }

    /** SCRAM gave up, refused the input, or ran out of time: {@code output} is what it printed. */
    public static final class Failure extends Exception {
        private final boolean timedOut;

        Failure(String message, boolean timedOut) {
            super(message);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    /**
     * Runs SCRAM on {@code mefXml} with {@code options} (e.g. {@link #BDD_WITH_PROBABILITY}) and reads the
     * products of {@code topGate}. Unless the options set one, the product-order limit is the number of basic
     * events, so that SCRAM's default limit of 20 never truncates a cut set. Wall time includes starting the
     * process; the peak resident memory is measured through GNU time when /usr/bin/time exists, else -1.
     */
    public Report run(String mefXml, String topGate, List<String> options, Duration timeout) throws Failure {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scram-");
            Path input = dir.resolve("tree.xml");
            Path output = dir.resolve("report.xml");
            Path log = dir.resolve("log.txt");
            Path rss = dir.resolve("rss.txt");
            Files.writeString(input, mefXml, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            boolean measured = Files.isExecutable(GNU_TIME);
            if (measured) {
                command.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
            }
            command.add(executable.toString());
            command.addAll(options);
            if (!options.contains("-l") && !options.contains("--limit-order")) {
                command.addAll(List.of("--limit-order", Long.toString(Math.max(1, countBasicEvents(mefXml)))));
            }
            command.addAll(List.of(input.toString(), "-o", output.toString()));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new Failure("SCRAM " + String.join(" ", options) + " did not finish in " + timeout.toSeconds()
                        + " s", true);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            if (process.exitValue() != 0 || !Files.isRegularFile(output)) {
                throw new Failure("SCRAM " + String.join(" ", options) + " exited with " + process.exitValue() + ": "
                        + said(Files.readString(log)), false);
            }
            long peak = measured ? peakKb(rss) : -1;
            return parse(output, topGate, elapsed, peak);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(dir);
        }
    }

    /** SCRAM's message on one line, without the temporary file's name: "Error | Line: 15 | Duplicate argument d4". */
    private static String said(String log) {
        return log.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("File:"))
                .reduce((a, b) -> a + " | " + b).orElse("(no output)");
    }

    private static long countBasicEvents(String xml) {
        return DISTINCT_BASIC_EVENTS.matcher(xml).results().count();
    }

    private static long peakKb(Path rss) throws IOException {
        // GNU time writes "Command exited with non-zero status" first when it does; the figure is the last line
        List<String> lines = Files.readAllLines(rss);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = Pattern.compile("^\\s*(\\d+)\\s*$").matcher(lines.get(i));
            if (m.matches()) {
                return Long.parseLong(m.group(1));
            }
        }
        return -1;
    }

    private static Report parse(Path report, String topGate, Duration elapsed, long peakRssKb) throws Failure {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(report.toFile());
            NodeList sums = doc.getElementsByTagName("sum-of-products");
            for (int i = 0; i < sums.getLength(); i++) {
                Element sum = (Element) sums.item(i);
                if (!topGate.equals(sum.getAttribute("name"))) {
                    continue;
                }
                Set<Set<String>> products = new HashSet<>();
                int maxOrder = 0;
                NodeList productNodes = sum.getElementsByTagName("product");
                for (int p = 0; p < productNodes.getLength(); p++) {
                    NodeList events = ((Element) productNodes.item(p)).getElementsByTagName("basic-event");
                    Set<String> product = new HashSet<>();
                    for (int e = 0; e < events.getLength(); e++) {
                        product.add(((Element) events.item(e)).getAttribute("name"));
                    }
                    maxOrder = Math.max(maxOrder, product.size());
                    products.add(Set.copyOf(product));
                }
                String probability = sum.getAttribute("probability");
                return new Report(Set.copyOf(products),
                        probability.isEmpty() ? Double.NaN : Double.parseDouble(probability), maxOrder, elapsed,
                        peakRssKb);
            }
            throw new Failure("SCRAM's report has no sum-of-products for " + topGate, false);
        } catch (Failure e) {
            throw e;
        } catch (Exception e) {
            throw new Failure("SCRAM's report could not be read: " + e, false);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** The app's {@code minimalCutSets} (a JSON list of lists of domain keys) as sets, to compare with SCRAM's. */
    public static Set<Set<String>> cutSets(JsonNode array) {
        Set<Set<String>> out = new HashSet<>();
        for (JsonNode cutSet : array) {
            Set<String> domains = new HashSet<>();
            cutSet.forEach(d -> domains.add(d.asString()));
            out.add(Set.copyOf(domains));
        }
        return out;
    }
}
