package org.mercato.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: any framework import (jakarta.*, Hibernate, MicroProfile...) fails the build. */
@AnalyzeClasses(packages = "org.mercato.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domain_should_only_depend_on_java_and_itself = classes()
            .that().resideInAPackage("org.mercato.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.mercato.domain..")
            .because("the domain must stay free of frameworks (SPEC.md, hexagonal architecture)");
}
