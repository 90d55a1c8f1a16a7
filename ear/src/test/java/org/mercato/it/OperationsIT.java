package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: health with the database check, Prometheus metrics, and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @Test
    void liveness_and_readiness_are_up_and_readiness_includes_the_database() {
        assertThat(Http.get(Http.MANAGEMENT + "/health/live").status()).isEqualTo(200);
        Http.Answer ready = Http.get(Http.MANAGEMENT + "/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject health = ready.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        // Guards ADR 0002: a check in an EAR lib/ jar is registered, unlike one in a subdeployment.
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                });
    }

    @Test
    void metrics_are_published_in_prometheus_format() {
        Http.Answer metrics = Http.get(Http.MANAGEMENT + "/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("jvm_memory");
    }

    @Test
    void the_openapi_document_describes_the_api_paths() {
        Http.Answer openapi = Http.get(Http.APP + "/openapi?format=JSON");
        assertThat(openapi.status()).isEqualTo(200);
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/catalog/categories", "/api/v1/catalog/products/{id}",
                "/api/v1/accounts");
        assertThat(paths.getJsonObject("/api/v1/accounts").getJsonObject("post").getJsonObject("responses").keySet())
                .contains("201", "400", "409", "413", "415", "422");
    }

    @Test
    void health_and_metrics_are_not_served_on_the_application_port() {
        // They live on the management interface, which binds to 127.0.0.1 unless an operator says otherwise.
        assertThat(Http.get(Http.APP + "/health/ready").status()).isEqualTo(404);
        assertThat(Http.get(Http.APP + "/metrics").status()).isEqualTo(404);
    }
}
