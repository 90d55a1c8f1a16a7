package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** The shape every error answer must have (API.md: RFC 9457 problem details). */
public final class Problems {

    private Problems() {
    }

    public static JsonObject assertProblem(Http.Answer answer, int status, String slug) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("content type of %s", answer).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getString("type")).isEqualTo("urn:mercato:problem:" + slug);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
        return problem;
    }
}
