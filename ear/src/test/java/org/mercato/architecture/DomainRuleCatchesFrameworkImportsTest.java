package org.mercato.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.mercato.architecture.fixture.ImpureDomainClass;

/** The domain rule is only worth having if it fails: a class importing jakarta.* must be reported. */
class DomainRuleCatchesFrameworkImportsTest {

    @Test
    void a_domain_class_importing_jakarta_breaks_the_rule() {
        JavaClasses impure = new ClassFileImporter().importClasses(ImpureDomainClass.class);
        EvaluationResult result = HexagonalArchitectureTest.domainShouldOnlyDependOnJava("org.mercato.architecture.fixture..")
                .evaluate(impure);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("jakarta.persistence"));
    }
}
