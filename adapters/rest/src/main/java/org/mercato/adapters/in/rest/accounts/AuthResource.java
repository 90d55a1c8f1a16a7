package org.mercato.adapters.in.rest.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mercato.adapters.in.rest.problem.Problems;
import org.mercato.application.accounts.port.in.IssueTokenUseCase;
import org.mercato.application.accounts.port.in.IssueTokenUseCase.IssueTokenCommand;

/** Shopper sign-in (API.md "Accounts and authentication"): e-mail and password for a bearer token. */
@Path("/auth/token")
@PermitAll
@Tag(name = "Accounts")
public class AuthResource {

    @Inject
    IssueTokenUseCase issueToken;
    @Inject
    Problems problems;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with e-mail and password for a bearer token (RS256 JWT)")
    @APIResponse(responseCode = "200", description = "{access_token, token_type: Bearer, expires_in}")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "401", description = "Unknown e-mail or wrong password")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address or for this account, "
            + "or the account is locked after repeated failures; see Retry-After")
    public Response token(SignInRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw new BadRequestException("A JSON body with email and password is required.");
        }
        IssueTokenUseCase.TokenIssue result = issueToken.issue(
                new IssueTokenCommand(body.email(), body.password(), request.getRemoteAddr()));
        if (result instanceof IssueTokenUseCase.Issued issued) {
            return Response.ok(new TokenJson(issued.accessToken(), "Bearer", issued.expiresInSeconds()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        if (result instanceof IssueTokenUseCase.Locked locked) {
            long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
            return Response.fromResponse(problems.response(429, "account-locked", "Account locked",
                            "Too many failed sign-ins: this account is locked until " + locked.until() + "."))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        }
        return Response.fromResponse(problems.response(401, "invalid-credentials", "Unauthorized",
                        "Wrong e-mail address or password."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mercato\"")
                .build();
    }

    public record SignInRequest(String email, String password) {
        @Override
        public String toString() {
            return "SignInRequest[email=" + email + "]";
        }
    }

    public record TokenJson(
            @JsonbProperty("access_token") String accessToken,
            @JsonbProperty("token_type") String tokenType,
            @JsonbProperty("expires_in") long expiresIn) {
    }
}
