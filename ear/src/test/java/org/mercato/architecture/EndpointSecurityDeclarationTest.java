package org.mercato.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/** Every REST endpoint says who may call it (SPEC.md §13): nothing is open or closed by accident. */
@AnalyzeClasses(packages = "org.mercato.adapters.in.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class EndpointSecurityDeclarationTest {

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
            .stream().map(m -> "jakarta.ws.rs." + m).toList();
    private static final List<String> DECLARATIONS = List.of(
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.DenyAll");

    private static final DescribedPredicate<JavaMethod> ENDPOINTS = new DescribedPredicate<>("are REST endpoints") {
        @Override
        public boolean test(JavaMethod method) {
            return HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
        }
    };

    private static final ArchCondition<JavaMethod> DECLARE_WHO_MAY_CALL = new ArchCondition<>(
            "declare @PermitAll, @RolesAllowed or @DenyAll on the method or its class") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean declared = DECLARATIONS.stream()
                    .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
            events.add(new SimpleConditionEvent(method, declared, method.getFullName() + " declares no access rule"));
        }
    };

    @ArchTest
    static final ArchRule every_endpoint_declares_who_may_call_it = methods().that(ENDPOINTS).should(DECLARE_WHO_MAY_CALL);
}
