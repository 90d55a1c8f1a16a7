package org.mercato.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private boolean chainCalled;

    private void filter(boolean secure) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getMethod" -> "GET";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> chainCalled = true);
    }

    @Test
    void every_response_gets_the_fixed_headers_before_the_page_is_written() throws Exception {
        filter(false);
        assertThat(chainCalled).isTrue();
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(headers.get("Content-Security-Policy"))
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("script-src");
    }

    @Test
    void strict_transport_security_only_over_https() throws Exception {
        filter(true);
        assertThat(headers.get("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }
}
