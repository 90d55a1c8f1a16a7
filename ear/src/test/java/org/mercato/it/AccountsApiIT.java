package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shopper registration and every way a client can get a request body wrong (API.md "Accounts";
 * R8, R9). Each refused request must change nothing: the address stays free to register afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    private static final String ACCOUNTS = Http.API + "/accounts";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    private static String body(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"Anna Tester\",\"phone\":\"+49 30 123456\"}";
    }

    @Test
    void a_new_shopper_gets_an_account_without_the_password_in_the_answer() {
        String email = uniqueEmail();
        Http.Answer answer = Http.postJson(ACCOUNTS, body(email, "correct horse battery"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).endsWith("/api/v1/me");
        JsonObject account = answer.json();
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.getString("name")).isEqualTo("Anna Tester");
        assertThat(UUID.fromString(account.getString("id"))).isNotNull();
        assertThat(answer.body()).doesNotContain("horse").doesNotContain("password");
    }

    @Test
    void an_address_is_taken_whatever_its_letter_case() {
        String email = uniqueEmail();
        assertThat(Http.postJson(ACCOUNTS, body(email, "correct horse battery")).status()).isEqualTo(201);
        assertProblem(Http.postJson(ACCOUNTS, body(email.toUpperCase(), "another good password")), 409, "email-taken");
    }

    @Test
    void broken_rules_are_422_with_every_field_named() {
        Http.Answer answer = Http.postJson(ACCOUNTS, "{\"email\":\"not-an-email\",\"password\":\"short\"}");
        JsonObject problem = assertProblem(answer, 422, "invalid-input");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("email", "password", "name");
    }

    @Test
    void malformed_json_empty_bodies_and_wrong_shapes_are_400_and_change_nothing() {
        String email = uniqueEmail();
        assertProblem(Http.postJson(ACCOUNTS, "{\"email\":\"" + email + "\","), 400, "malformed-body");
        assertProblem(Http.postJson(ACCOUNTS, "[1, 2, 3]"), 400, "malformed-body");
        assertProblem(Http.postJson(ACCOUNTS, "{\"email\": {\"nested\": true}}"), 400, "malformed-body");
        assertProblem(Http.postJson(ACCOUNTS, ""), 400, "bad-request");
        assertThat(Http.postJson(ACCOUNTS, body(email, "correct horse battery")).status()).isEqualTo(201);
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(ACCOUNTS))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body(uniqueEmail(), "correct horse battery"))));
        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void an_oversized_body_is_413_whether_its_length_is_declared_or_streamed() {
        String email = uniqueEmail();
        String huge = body(email, "correct horse battery").replace("Anna Tester", "A".repeat(2_000_000));
        assertProblem(Http.postJson(ACCOUNTS, huge), 413, "payload-too-large");
        // Without a Content-Length the body arrives chunked and is cut off while it is read.
        Http.Answer chunked = Http.send(HttpRequest.newBuilder(URI.create(ACCOUNTS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))));
        assertProblem(chunked, 413, "payload-too-large");
        assertThat(Http.postJson(ACCOUNTS, body(email, "correct horse battery")).status()).isEqualTo(201);
    }
}
