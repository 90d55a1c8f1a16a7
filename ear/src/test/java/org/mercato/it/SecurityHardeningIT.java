package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What protects the API and the portals before any business rule runs: the integrator API key gate on
 * /integrations, security headers on both WARs, the portal's content security policy and session
 * cookie. Keys that pass the gate are issued in the admin portal, so those cases are in AdminPortalIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHardeningIT {

    private static final String INTEGRATIONS = Http.API + "/integrations";
    private static final String PORTAL = Http.APP + "/portal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    private static Http.Answer withKey(String url, String... keys) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (String key : keys) {
            request.header("X-Api-Key", key);
        }
        return Http.send(request);
    }

    private static void assertApiKeyRefused(Http.Answer answer) {
        assertProblem(answer, 401, "unauthorized");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("ApiKey");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("RESTEASY");
    }

    @Test
    void integrations_without_a_key_are_401_whatever_the_path_or_method() {
        assertApiKeyRefused(Http.get(INTEGRATIONS + "/stock-feed"));
        assertApiKeyRefused(Http.get(INTEGRATIONS));
        assertApiKeyRefused(Http.get(INTEGRATIONS + "/jobs/42"));
        assertApiKeyRefused(Http.postJson(INTEGRATIONS + "/stock-feed", "[]"));
        // Spellings that still reach the integrations resources must still be guarded.
        assertApiKeyRefused(Http.get(Http.API + "/%69ntegrations/stock-feed"));
        assertApiKeyRefused(Http.get(Http.API + "//integrations/stock-feed"));
        assertApiKeyRefused(Http.get(Http.API + "/integrations;v=1/stock-feed"));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", " "));
    }

    @Test
    void malformed_and_unknown_keys_are_401_and_never_a_server_error() {
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "not-a-key"));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "Bearer abc.def.ghi"));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "mk_abcdefgh_" + "x".repeat(39)));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "mk_' or 1=1 --_" + "A".repeat(40)));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "mk_" + "a".repeat(8) + "_" + "B".repeat(6000)));
        // Well-formed, but no such key was ever issued.
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "mk_zz99zz99_" + "Q".repeat(40)));
        assertApiKeyRefused(withKey(INTEGRATIONS + "/stock-feed", "mk_zz99zz99_" + "Q".repeat(40), "second-key"));
    }

    @Test
    void paths_outside_integrations_need_no_key() {
        assertThat(Http.get(Http.API + "/catalog/categories").status()).isEqualTo(200);
        assertProblem(Http.get(Http.API + "/integrationsx"), 404, "not-found");
    }

    @Test
    void api_answers_carry_security_headers_and_credentialed_or_unsafe_ones_are_not_stored() {
        for (Http.Answer answer : List.of(
                Http.get(Http.API + "/catalog/categories"),
                Http.get(Http.API + "/catalog/nothing-here"),
                Http.get(INTEGRATIONS + "/stock-feed"),
                Http.get(Http.APP + "/api/not-below-v1"))) {
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(answer.toString()).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(answer.toString()).isEqualTo("no-referrer");
            assertThat(answer.header("Content-Security-Policy")).as(answer.toString())
                    .contains("default-src 'none'").contains("frame-ancestors 'none'");
            // Plain HTTP: a Strict-Transport-Security header here would be meaningless and is not sent.
            assertThat(answer.header("Strict-Transport-Security")).as(answer.toString()).isNull();
        }
        assertThat(Http.get(Http.API + "/catalog/categories").header("Cache-Control")).isNull();
        assertThat(Http.postJson(Http.API + "/accounts", "{}").header("Cache-Control")).isEqualTo("no-store");
        assertThat(withKey(INTEGRATIONS + "/stock-feed", "not-a-key").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void portal_pages_carry_security_headers_and_a_nonce_based_content_security_policy() {
        Http.Answer login = Http.get(PORTAL + "/login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(login.header("Strict-Transport-Security")).isNull();

        List<String> policies = login.raw().headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(policy -> assertThat(policy)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"));
        String scriptPolicy = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(scriptPolicy);
        assertThat(nonce.find()).as(scriptPolicy).isTrue();
        assertThat(scriptPolicy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        // Every inline script of the page carries this response's nonce, and no element has an inline handler.
        assertThat(login.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\")[^>]*>")
                .matcher(login.body()).find()).as("inline script without the nonce").isFalse();
        assertThat(Pattern.compile("\\son(click|load|change|submit)=").matcher(login.body()).find())
                .as("inline event handler").isFalse();
        assertThat(Http.get(PORTAL + "/login.xhtml").raw().headers().allValues("Content-Security-Policy"))
                .as("a fresh nonce per response").noneMatch(p -> p.contains(nonce.group(1)));

        Http.Answer stylesheet = Http.get(PORTAL + "/jakarta.faces.resource/mercato/portal.css.xhtml");
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void the_portal_session_cookie_is_http_only_and_same_site_and_not_marked_secure_over_http() {
        Http.Answer login = Http.get(PORTAL + "/login.xhtml");
        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(Pattern.compile("(?i);\\s*secure\\s*(;|$)").matcher(cookie).find()).as(cookie).isFalse();
    }

    @Test
    void administration_pages_send_visitors_to_sign_in() {
        for (String page : List.of("/admin/index.xhtml", "/admin/api-keys.xhtml", "/admin/audit.xhtml", "/admin/staff.xhtml")) {
            Http.Answer answer = Http.get(PORTAL + page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).contains("/portal/login.xhtml");
        }
    }
}
