package org.mercato.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon over every module of the EAR (docs/architecture.md):
 * domain <- application <- adapters and portal, adapters reach the core through ports only, and
 * adapters never know each other.
 */
@AnalyzeClasses(packages = "org.mercato", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule domain_should_only_depend_on_java = domainShouldOnlyDependOnJava("org.mercato.domain..");

    static ArchRule domainShouldOnlyDependOnJava(String domainPackage) {
        return classes()
                .that().resideInAPackage(domainPackage)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domainPackage)
                .because("the domain must stay free of frameworks: no jakarta.*, Hibernate or MicroProfile");
    }

    @ArchTest
    static final ArchRule application_should_only_depend_on_domain_and_its_allowlist = classes()
            .that().resideInAPackage("org.mercato.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.mercato.domain..", "org.mercato.application..",
                    "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..", "jakarta.annotation..",
                    "org.eclipse.microprofile.config..");

    @ArchTest
    static final ArchRule core_should_not_depend_on_adapters_or_portal = noClasses()
            .that().resideInAnyPackage("org.mercato.domain..", "org.mercato.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mercato.adapters..", "org.mercato.portal..");

    @ArchTest
    static final ArchRule adapters_and_portal_should_reach_use_cases_only_through_ports = noClasses()
            .that().resideInAnyPackage("org.mercato.adapters..", "org.mercato.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.mercato.application..service..")
            .because("inbound adapters call in-ports and outbound adapters implement out-ports");

    @ArchTest
    static final ArchRule inbound_adapters_and_portal_should_not_use_out_ports = noClasses()
            .that().resideInAnyPackage("org.mercato.adapters.in..", "org.mercato.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.mercato.application..port.out..")
            .because("only use cases drive the outbound side");

    @ArchTest
    static final ArchRule adapters_should_not_depend_on_each_other = slices()
            .matching("org.mercato.adapters.(*).(*)..")
            .namingSlices("adapter $1.$2")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adapters_and_portal_should_be_independent = noClasses()
            .that().resideInAPackage("org.mercato.adapters..")
            .should().dependOnClassesThat().resideInAPackage("org.mercato.portal..");

    @ArchTest
    static final ArchRule portal_should_not_depend_on_adapters = noClasses()
            .that().resideInAPackage("org.mercato.portal..")
            .should().dependOnClassesThat().resideInAPackage("org.mercato.adapters..");

    @ArchTest
    static final ArchRule persistence_models_stay_in_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackage("org.mercato.adapters.out.persistence..")
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity");
}
