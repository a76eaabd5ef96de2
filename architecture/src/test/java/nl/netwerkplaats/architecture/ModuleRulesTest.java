package nl.netwerkplaats.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.netwerkplaats.web.violation.ReachesIntoAnotherModule;
import nl.netwerkplaats.web.violation.UsesJpaInWeb;

/**
 * The module graph of STYLE.md as rules: modules are free of cycles, reach each other only through their
 * {@code api} packages, the web layer does not touch JPA, and {@code api} packages hold no entities.
 */
class ModuleRulesTest {

    private static final List<String> MODULES = List.of("network", "events", "knowledge");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.netwerkplaats");
    }

    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().matching("nl.netwerkplaats.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule ONLY_API_PACKAGES_ARE_USED_ACROSS_MODULES = CompositeArchRule.of(MODULES.stream()
            .map(module -> noClasses().that().resideOutsideOfPackage("nl.netwerkplaats." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "nl.netwerkplaats." + module + ".domain..",
                            "nl.netwerkplaats." + module + ".application..",
                            "nl.netwerkplaats." + module + ".infrastructure..")
                    .as("only the api of the " + module + " module is used outside it"))
            .map(ArchRule.class::cast)
            .toList());

    static final ArchRule WEB_DOES_NOT_USE_JPA = noClasses().that().resideInAPackage("nl.netwerkplaats.web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    static final ArchRule API_PACKAGES_HOLD_NO_ENTITIES_JPA_OR_FACES = noClasses()
            .that().resideInAPackage("nl.netwerkplaats.*.api..")
            .should().beAnnotatedWith("jakarta.persistence.Entity")
            .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.faces..");

    static final ArchRule ENTITIES_LIVE_IN_DOMAIN_PACKAGES = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("nl.netwerkplaats.*.domain..");

    static final ArchRule KERNEL_KNOWS_NO_MODULE = noClasses().that().resideInAPackage("nl.netwerkplaats.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.netwerkplaats.network..",
                    "nl.netwerkplaats.events..", "nl.netwerkplaats.knowledge..", "nl.netwerkplaats.web..");

    static final ArchRule MODULES_DO_NOT_KNOW_THE_WEB = noClasses().that().resideInAnyPackage(
                    "nl.netwerkplaats.network..", "nl.netwerkplaats.events..", "nl.netwerkplaats.knowledge..")
            .should().dependOnClassesThat().resideInAPackage("nl.netwerkplaats.web..");

    @Test
    void modulesAreFreeOfCycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(production);
    }

    @Test
    void onlyApiPackagesAreUsedAcrossModules() {
        ONLY_API_PACKAGES_ARE_USED_ACROSS_MODULES.check(production);
    }

    @Test
    void webDoesNotUseJpa() {
        WEB_DOES_NOT_USE_JPA.check(production);
    }

    @Test
    void apiPackagesHoldNoEntities() {
        API_PACKAGES_HOLD_NO_ENTITIES_JPA_OR_FACES.check(production);
    }

    @Test
    void entitiesLiveInDomainPackages() {
        ENTITIES_LIVE_IN_DOMAIN_PACKAGES.check(production);
    }

    @Test
    void kernelKnowsNoModule() {
        KERNEL_KNOWS_NO_MODULE.check(production);
    }

    @Test
    void modulesDoNotKnowTheWeb() {
        MODULES_DO_NOT_KNOW_THE_WEB.check(production);
    }

    @Test
    void everyModuleIsImported() {
        for (String module : List.of("kernel", "network", "events", "knowledge", "web")) {
            assertTrue(production.containPackage("nl.netwerkplaats." + module), module + " not on the class path");
        }
    }

    /** The rules are only worth something if they fail: deliberate violations, kept in test sources, must fail. */
    @Test
    void deliberateViolationsFailTheRules() {
        JavaClasses violations = new ClassFileImporter().importClasses(ReachesIntoAnotherModule.class,
                UsesJpaInWeb.class, nl.netwerkplaats.network.domain.Theme.class);
        assertThrows(AssertionError.class, () -> ONLY_API_PACKAGES_ARE_USED_ACROSS_MODULES.check(violations));
        assertThrows(AssertionError.class, () -> WEB_DOES_NOT_USE_JPA.check(violations));
    }
}
