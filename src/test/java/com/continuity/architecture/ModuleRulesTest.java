package com.continuity.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of DESIGN §8 that keep the code easy to change, checked on the compiled classes. */
class ModuleRulesTest {

    /** The chain: a module may use any module before it, never one after it. */
    static final List<String> CHAIN = List.of("shared", "security", "inventory", "resilience", "incidents", "sla", "alerts", "reviews");
    static final String BASE = "com.continuity.";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.continuity");
    }

    @Test
    void modulesDependOneWayAlongTheChain() {
        for (int i = 0; i < CHAIN.size(); i++) {
            String[] later = CHAIN.subList(i + 1, CHAIN.size()).stream().map(m -> BASE + m + "..")
                    .toArray(String[]::new);
            String[] laterPlusReports = java.util.stream.Stream.concat(java.util.Arrays.stream(later),
                    java.util.stream.Stream.of(BASE + "reports..")).toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + CHAIN.get(i) + "..")
                    .and().resideOutsideOfPackages(BASE + CHAIN.get(i) + ".ui..", BASE + CHAIN.get(i) + ".api..")
                    .should().dependOnClassesThat().resideInAnyPackage(laterPlusReports)
                    .because("modules depend one way: shared ← security ← inventory ← resilience ← incidents ← sla ← alerts ← reviews")
                    .allowEmptyShould(true)
                    .check(classes);
            noClasses().that().resideInAnyPackage(BASE + CHAIN.get(i) + ".ui..", BASE + CHAIN.get(i) + ".api..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("a module's views and controllers may use reports, but no later module")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyViewsAndControllersUseReports() {
        noClasses().that().resideInAPackage("com.continuity..")
                .and().resideOutsideOfPackages("com.continuity..ui..", "com.continuity..api..", BASE + "reports..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "reports..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheReportsModuleTouchesJasperReports() {
        noClasses().that().resideOutsideOfPackage(BASE + "reports..")
                .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..")
                .check(classes);
    }

    @Test
    void viewsAndControllersNeverCallARepository() {
        noClasses().that().resideInAnyPackage("com.continuity..ui..", "com.continuity..api..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .because("views and controllers are thin: they call their module's service")
                .check(classes);
    }

    @Test
    void thePortfolioFormatAndTheComputingModelsArePlainJava() {
        classes().that().resideInAnyPackage(BASE + "inventory.portfolio..", "com.continuity..model..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "net.sf.jasperreports..")
                .because("the models that compute are plain Java, unit-tested without a container")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic()
                .because("every module owns its tables; others go through its service")
                .check(classes);
    }
}
