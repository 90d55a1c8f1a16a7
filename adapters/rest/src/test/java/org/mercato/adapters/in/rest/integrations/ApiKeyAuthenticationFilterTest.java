package org.mercato.adapters.in.rest.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.ApiKeyIdentity;
import org.mercato.domain.accounts.ApiKeyScope;

class ApiKeyAuthenticationFilterTest {

    /** Decoded segments as JAX-RS hands them over for the path below /v1. */
    private static List<PathSegment> segments(String... decoded) {
        return Arrays.stream(decoded).map(ApiKeyAuthenticationFilterTest::segment).toList();
    }

    private static PathSegment segment(String path) {
        return new PathSegment() {
            @Override
            public String getPath() {
                return path;
            }

            @Override
            public MultivaluedMap<String, String> getMatrixParameters() {
                return new MultivaluedHashMap<>();
            }
        };
    }

    @Test
    void everything_under_integrations_is_guarded() {
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("integrations"))).isTrue();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("integrations", "stock-feed"))).isTrue();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("integrations", "jobs", "42"))).isTrue();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("", "", "integrations", "x"))).isTrue();
        // An encoded slash stays inside one decoded segment.
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("integrations/stock-feed"))).isTrue();
    }

    @Test
    void other_paths_are_left_alone() {
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("catalog", "products"))).isFalse();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("integrationsx"))).isFalse();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments("catalog", "integrations"))).isFalse();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(segments(""))).isFalse();
        assertThat(ApiKeyAuthenticationFilter.isGuarded(List.of())).isFalse();
    }

    @Test
    void a_key_is_its_name_and_its_scopes_are_its_roles() {
        ApiKeySecurityContext context = new ApiKeySecurityContext(
                new ApiKeyIdentity("Dormio feed", Set.of(ApiKeyScope.CATALOG_FEED)), true);
        assertThat(context.getUserPrincipal().getName()).isEqualTo("Dormio feed");
        assertThat(context.isUserInRole("CATALOG_FEED")).isTrue();
        assertThat(context.isUserInRole("STOCK_FEED")).isFalse();
        assertThat(context.isUserInRole("ADMIN")).isFalse();
        assertThat(context.isSecure()).isTrue();
        assertThat(context.getAuthenticationScheme()).isEqualTo("ApiKey");
    }
}
