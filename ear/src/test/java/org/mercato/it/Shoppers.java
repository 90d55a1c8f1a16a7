package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shoppers for the ordering tests: registered, signed in, with a default address; and the demo catalog they buy from. */
final class Shoppers {

    private Shoppers() {
    }

    record Shopper(String email, String token) {

        Http.Answer get(String path) {
            return send("GET", path, null, Map.of());
        }

        Http.Answer post(String path, String json) {
            return send("POST", path, json, Map.of());
        }

        Http.Answer placeOrder(String idempotencyKey, String json) {
            return send("POST", "/orders", json, idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
        }

        Http.Answer send(String method, String path, String json, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.API + path)).header("Authorization", "Bearer " + token);
            headers.forEach(request::header);
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return Http.send(request);
        }
    }

    /** A new shopper with a default address in Berlin. */
    static Shopper registered(String label) {
        Shopper shopper = signedUp(label);
        Http.Answer address = shopper.post("/me/addresses",
                "{\"line1\":\"Invalidenstr. 1\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\",\"default\":true}");
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        return shopper;
    }

    /** A new shopper, signed in, with no address yet. */
    static Shopper signedUp(String label) {
        String email = label + "-" + UUID.randomUUID() + "@it.example";
        Http.Answer account = Http.postJson(Http.API + "/accounts",
                "{\"email\":\"%s\",\"password\":\"correct horse battery\",\"name\":\"%s\"}".formatted(email, label));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Http.Answer token = Http.postJson(Http.API + "/auth/token",
                "{\"email\":\"%s\",\"password\":\"correct horse battery\"}".formatted(email));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return new Shopper(email, token.json().getString("access_token"));
    }

    static String demoProduct(int n) {
        return UUID.nameUUIDFromBytes(("mercato-demo:product:" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The SKUs of a demo product with live availability, as the product page shows them. */
    static List<JsonObject> skus(String productId) {
        Http.Answer product = Http.get(Http.API + "/catalog/products/" + productId);
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        return product.json().getJsonArray("skus").getValuesAs(JsonObject.class);
    }

    static int available(String productId, String sku) {
        return skus(productId).stream().filter(s -> s.getString("sku").equals(sku)).findFirst().orElseThrow().getInt("available");
    }

    static String items(Object... skuAndQuantity) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skuAndQuantity[i]).append("\",\"quantity\":")
                    .append(skuAndQuantity[i + 1]).append('}');
        }
        return json.append("]}").toString();
    }
}
