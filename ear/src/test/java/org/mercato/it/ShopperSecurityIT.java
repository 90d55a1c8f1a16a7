package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shopper identity end to end (API.md "Accounts and authentication"; R8-R11): sign-in, bearer tokens
 * and every way to forge one, /me and addresses with another shopper's data out of reach, rate limits
 * and the lockout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopperSecurityIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    /** Registers a fresh shopper and returns their e-mail. */
    private static String newShopper() {
        String email = "sec-" + UUID.randomUUID() + "@example.org";
        Http.Answer created = Http.postJson(Http.API + "/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Sec Tester\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return email;
    }

    private static Http.Answer signIn(String email, String password) {
        return Http.postJson(Http.API + "/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static String token(String email) {
        Http.Answer answer = signIn(email, PASSWORD);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getString("access_token");
    }

    private static Http.Answer call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.API + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void a_shopper_signs_in_and_reaches_their_own_account_with_the_token() {
        String email = newShopper();
        Http.Answer answer = signIn(email.toUpperCase(), PASSWORD);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonObject token = answer.json();
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        assertThat(token.getInt("expires_in")).isEqualTo(3600);
        Http.Answer me = call("GET", "/me", token.getString("access_token"), null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("email")).isEqualTo(email);

        Http.Answer patched = call("PATCH", "/me", token.getString("access_token"), "{\"name\":\"Renamed\",\"phone\":\"+49 30 999\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().getString("name")).isEqualTo("Renamed");
        assertProblem(call("PATCH", "/me", token.getString("access_token"), "{\"name\":\"   \"}"), 422, "invalid-input");
        assertThat(call("GET", "/me", token.getString("access_token"), null).json().getString("name")).isEqualTo("Renamed");
    }

    @Test
    void wrong_passwords_and_unknown_addresses_get_the_same_401() {
        String email = newShopper();
        JsonObject wrong = assertProblem(signIn(email, "not the password"), 401, "invalid-credentials");
        JsonObject unknown = assertProblem(signIn("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD), 401, "invalid-credentials");
        assertThat(wrong.getString("detail")).isEqualTo(unknown.getString("detail"));
        assertProblem(Http.postJson(Http.API + "/auth/token", "{\"email\":"), 400, "malformed-body");
        assertProblem(Http.postJson(Http.API + "/auth/token", "{\"email\":\"" + "x".repeat(2_000_000) + "\"}"), 413, "payload-too-large");
    }

    @Test
    void no_token_a_tampered_one_or_alg_none_is_401() {
        String token = token(newShopper());
        assertProblem(call("GET", "/me", null, null), 401, "unauthorized");
        String[] parts = token.split("\\.");
        String tamperedPayload = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("SHOPPER", "ADMIN").getBytes()) + "." + parts[2];
        Http.Answer tampered = call("GET", "/me", tamperedPayload, null);
        assertProblem(tampered, 401, "unauthorized");
        assertThat(tampered.header("WWW-Authenticate")).contains("invalid_token");
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertProblem(call("GET", "/me", noneHeader + "." + parts[1] + ".", null), 401, "unauthorized");
        assertProblem(call("GET", "/me", "not-a-jwt", null), 401, "unauthorized");
        Http.Answer basic = Http.send(HttpRequest.newBuilder(URI.create(Http.API + "/me")).header("Authorization", "Basic YTpi").GET());
        assertProblem(basic, 401, "unauthorized");
    }

    @Test
    void tokens_signed_with_the_real_key_but_expired_or_for_someone_else_are_401() throws Exception {
        String email = newShopper();
        String subject = call("GET", "/me", token(email), null).json().getString("id");
        RSAKey key = serverSigningKey();
        Instant now = Instant.now();
        assertThat(call("GET", "/me", forge(key, "mercato", "mercato-api", subject, now.plusSeconds(600)), null).status())
                .as("a token forged with the real key and right claims proves the forging works").isEqualTo(200);
        assertProblem(call("GET", "/me", forge(key, "mercato", "mercato-api", subject, now.minus(Duration.ofMinutes(5))), null), 401, "unauthorized");
        assertProblem(call("GET", "/me", forge(key, "someone-else", "mercato-api", subject, now.plusSeconds(600)), null), 401, "unauthorized");
        assertProblem(call("GET", "/me", forge(key, "mercato", "another-api", subject, now.plusSeconds(600)), null), 401, "unauthorized");
    }

    @Test
    void addresses_have_one_default_and_another_shoppers_address_is_not_found() {
        String anna = token(newShopper());
        String ben = token(newShopper());
        assertProblem(call("POST", "/me/addresses", anna,
                "{\"line1\":\"Hauptstr. 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"XX\"}"), 422, "invalid-input");
        Http.Answer first = call("POST", "/me/addresses", anna,
                "{\"label\":\"Home\",\"line1\":\"Hauptstr. 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getBoolean("default")).as("the first address is the default").isTrue();
        String home = first.json().getString("id");
        Http.Answer second = call("POST", "/me/addresses", anna,
                "{\"label\":\"Work\",\"line1\":\"Via Roma 2\",\"city\":\"Milano\",\"postalCode\":\"20121\",\"country\":\"IT\",\"default\":true}");
        String work = second.json().getString("id");
        List<JsonObject> book = call("GET", "/me/addresses", anna, null).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(book).extracting(a -> a.getString("id") + "=" + a.getBoolean("default")).containsExactly(work + "=true", home + "=false");

        // Ben can neither see, change nor remove Anna's address.
        assertThat(call("GET", "/me/addresses", ben, null).json().getJsonArray("items")).isEmpty();
        assertProblem(call("PUT", "/me/addresses/" + work, ben,
                "{\"line1\":\"Stolen 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}"), 404, "not-found");
        assertProblem(call("DELETE", "/me/addresses/" + work, ben, null), 404, "not-found");

        assertThat(call("DELETE", "/me/addresses/" + work, anna, null).status()).isEqualTo(204);
        List<JsonObject> left = call("GET", "/me/addresses", anna, null).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(left).singleElement().satisfies(a -> {
            assertThat(a.getString("id")).isEqualTo(home);
            assertThat(a.getBoolean("default")).as("the remaining address became the default").isTrue();
        });
        assertProblem(call("DELETE", "/me/addresses/" + work, anna, null), 404, "not-found");
        assertProblem(call("DELETE", "/me/addresses/not-a-uuid", anna, null), 404, "not-found");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_even_against_the_right_one() {
        String email = newShopper();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(signIn(email, "guess " + attempt), 401, "invalid-credentials");
        }
        Http.Answer fifth = signIn(email, "guess 5");
        assertProblem(fifth, 429, "account-locked");
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertProblem(signIn(email, PASSWORD), 429, "account-locked");
    }

    @Test
    void sign_in_and_registration_are_rate_limited_per_account() {
        String email = newShopper();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(email, PASSWORD).status()).isEqualTo(200);
        }
        // Registrations of one address: the first succeeded above; four more are refused as taken, then limited.
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertProblem(Http.postJson(Http.API + "/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                    + "\",\"name\":\"Again\"}"), 409, "email-taken");
        }
        Http.Answer limited = Http.postJson(Http.API + "/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"name\":\"Again\"}");
        assertProblem(limited, 429, "too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        for (int attempt = 5; attempt <= 10; attempt++) {
            signIn(email, PASSWORD);
        }
        assertProblem(signIn(email, PASSWORD), 429, "too-many-requests");
    }

    /** The server's own signing key, read from its data directory as an operator could. */
    private static RSAKey serverSigningKey() throws Exception {
        Path file = Path.of(System.getProperty("jboss.home"), "standalone", "data", "mercato", "jwt", "signing-key.pem");
        String base64 = Files.readString(file).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
    }

    private static String forge(RSAKey key, String issuer, String audience, String subject, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject)
                .claim("groups", List.of("SHOPPER")).issueTime(Date.from(expires.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
