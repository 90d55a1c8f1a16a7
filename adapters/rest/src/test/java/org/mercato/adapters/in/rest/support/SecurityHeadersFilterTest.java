package org.mercato.adapters.in.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private Map<String, String> filter(String method, boolean secure, Map<String, String> requestHeaders) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getMethod" -> method;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> headers.put("chain", "called"));
        return headers;
    }

    @Test
    void an_anonymous_read_gets_the_headers_but_may_be_cached() throws Exception {
        Map<String, String> headers = filter("GET", false, Map.of());
        assertThat(headers).containsEntry("chain", "called")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .doesNotContainKeys("Cache-Control", "Strict-Transport-Security");
    }

    @Test
    void writes_and_credentialed_requests_are_never_stored() throws Exception {
        assertThat(filter("POST", false, Map.of())).containsEntry("Cache-Control", "no-store");
        assertThat(filter("DELETE", false, Map.of())).containsEntry("Cache-Control", "no-store");
        assertThat(filter("GET", false, Map.of("Authorization", "Bearer x"))).containsEntry("Cache-Control", "no-store");
        assertThat(filter("GET", false, Map.of("X-Api-Key", "mk_x"))).containsEntry("Cache-Control", "no-store");
        assertThat(filter("HEAD", false, Map.of())).doesNotContainKey("Cache-Control");
    }

    @Test
    void strict_transport_security_only_over_https() throws Exception {
        assertThat(filter("GET", true, Map.of())).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
