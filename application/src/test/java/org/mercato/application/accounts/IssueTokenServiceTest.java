package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.IssueTokenUseCase;
import org.mercato.application.accounts.port.in.IssueTokenUseCase.IssueTokenCommand;
import org.mercato.application.accounts.port.out.AccessTokenIssuer;
import org.mercato.application.accounts.service.IssueTokenService;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.RateLimitedException;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

class IssueTokenServiceTest {

    private final InMemoryShopperAccounts accounts = new InMemoryShopperAccounts();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final List<String> limited = new ArrayList<>();
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final UUID anna = UUID.randomUUID();
    private final AccessTokenIssuer tokens = (subject, email, groups) ->
            new AccessTokenIssuer.AccessToken("token-for-" + subject + "-" + groups, Duration.ofHours(1));
    private final IssueTokenService service = new IssueTokenService(accounts, new FakePasswordHasher(), tokens,
            (limit, key) -> limited.add(limit + ":" + key), audit::add, new SignInLockout(3, Duration.ofMinutes(15)),
            Clock.fixed(now, ZoneOffset.UTC));

    IssueTokenServiceTest() {
        accounts.add(new ShopperAccount(anna, new EmailAddress("anna@example.org"), "hashed:right password", "Anna", null, now));
    }

    @Test
    void the_right_password_issues_a_shopper_token_for_the_account() {
        IssueTokenUseCase.TokenIssue result = service.issue(new IssueTokenCommand("ANNA@example.org", "right password", "192.0.2.9"));
        assertThat(result).isEqualTo(new IssueTokenUseCase.Issued("token-for-" + anna + "-[SHOPPER]", 3600));
        assertThat(limited).containsExactly("SIGN_IN_PER_ADDRESS:192.0.2.9", "SIGN_IN_PER_ACCOUNT:anna@example.org");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SHOPPER_SIGN_IN);
            assertThat(e.success()).isTrue();
        });
    }

    @Test
    void unknown_addresses_and_wrong_passwords_are_refused_alike_and_audited() {
        assertThat(service.issue(new IssueTokenCommand("bob@example.org", "right password", null)))
                .isInstanceOf(IssueTokenUseCase.Refused.class);
        assertThat(service.issue(new IssueTokenCommand("anna@example.org", "wrong", null)))
                .isInstanceOf(IssueTokenUseCase.Refused.class);
        assertThat(service.issue(new IssueTokenCommand("not an email", "x", null))).isInstanceOf(IssueTokenUseCase.Refused.class);
        assertThat(audit).hasSize(2).allSatisfy(e -> assertThat(e.success()).isFalse());
        assertThat(accounts.findById(anna).orElseThrow().signIn().failures()).isEqualTo(1);
    }

    @Test
    void the_third_wrong_password_locks_the_account() {
        service.issue(new IssueTokenCommand("anna@example.org", "guess 1", null));
        service.issue(new IssueTokenCommand("anna@example.org", "guess 2", null));
        assertThat(service.issue(new IssueTokenCommand("anna@example.org", "guess 3", null)))
                .isEqualTo(new IssueTokenUseCase.Locked(now.plus(Duration.ofMinutes(15))));
        assertThat(service.issue(new IssueTokenCommand("anna@example.org", "right password", null)))
                .isInstanceOf(IssueTokenUseCase.Locked.class);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void a_rate_limit_stops_the_attempt_before_anything_is_checked_or_counted() {
        IssueTokenService limitedService = new IssueTokenService(accounts, new FakePasswordHasher(), tokens,
                (limit, key) -> {
                    throw new RateLimitedException(limit, Duration.ofSeconds(30));
                }, audit::add, new SignInLockout(3, Duration.ofMinutes(15)), Clock.fixed(now, ZoneOffset.UTC));
        assertThatThrownBy(() -> limitedService.issue(new IssueTokenCommand("anna@example.org", "wrong", "192.0.2.9")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.limit()).isEqualTo(RateLimit.SIGN_IN_PER_ADDRESS));
        assertThat(audit).isEmpty();
        assertThat(accounts.findById(anna).orElseThrow().signIn()).isEqualTo(SignInLockout.State.CLEAR);
    }
}
