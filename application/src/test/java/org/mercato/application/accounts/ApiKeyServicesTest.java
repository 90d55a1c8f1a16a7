package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.ApiKeyIdentity;
import org.mercato.application.accounts.port.in.ApiKeySummary;
import org.mercato.application.accounts.port.in.CreateApiKeyCommand;
import org.mercato.application.accounts.port.in.IssuedApiKey;
import org.mercato.application.accounts.port.in.RevokeApiKeyCommand;
import org.mercato.application.accounts.port.in.StaffActor;
import org.mercato.application.accounts.service.AuthenticateApiKeyService;
import org.mercato.application.accounts.service.CreateApiKeyService;
import org.mercato.application.accounts.service.ListApiKeysService;
import org.mercato.application.accounts.service.RevokeApiKeyService;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.ApiKeyScope;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

class ApiKeyServicesTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final InMemoryApiKeyStore store = new InMemoryApiKeyStore();
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final StaffActor admin = new StaffActor("admin", "192.0.2.10");

    private final CreateApiKeyService create = new CreateApiKeyService(store, staff, audit::add, clock);
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(store, staff, audit::add, clock);
    private final ListApiKeysService list = new ListApiKeysService(store);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(store, clock);

    private IssuedApiKey issue(String name, ApiKeyScope... scopes) {
        return create.create(new CreateApiKeyCommand(admin, name, EnumSet.of(scopes[0], scopes)));
    }

    @Test
    void an_issued_key_is_shown_once_stored_only_as_hash_and_audited() {
        IssuedApiKey issued = issue(" Dormio catalog feed ", ApiKeyScope.CATALOG_FEED);

        assertThat(issued.plainKey()).matches("mk_[a-z0-9]{8}_[A-Za-z0-9]{40}");
        assertThat(issued.toString()).doesNotContain(issued.plainKey().substring(12));
        assertThat(issued.key().name()).isEqualTo("Dormio catalog feed");
        assertThat(issued.key().prefix()).isEqualTo(issued.plainKey().substring(3, 11));
        assertThat(issued.key().createdBy()).isEqualTo("admin");
        assertThat(store.keys.values()).singleElement().satisfies(stored -> {
            assertThat(stored.hash().hex()).hasSize(64).doesNotContain(issued.plainKey().substring(12));
            assertThat(stored.toString()).doesNotContain(issued.plainKey().substring(12));
        });
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.API_KEY_CREATED);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.sourceAddress()).isEqualTo("192.0.2.10");
            assertThat(e.target()).isEqualTo("api-key " + issued.key().prefix());
            assertThat(e.detail()).contains("Dormio catalog feed", "CATALOG_FEED").doesNotContain(issued.plainKey());
        });
    }

    @Test
    void the_issued_key_authenticates_with_its_name_and_scopes_and_marks_the_key_used() {
        IssuedApiKey issued = issue("Stock robot", ApiKeyScope.STOCK_FEED, ApiKeyScope.CATALOG_FEED);
        clock.advance(Duration.ofHours(1));

        assertThat(authenticate.authenticate(issued.plainKey())).contains(
                new ApiKeyIdentity("Stock robot", Set.of(ApiKeyScope.STOCK_FEED, ApiKeyScope.CATALOG_FEED)));
        assertThat(list.listApiKeys()).singleElement()
                .satisfies(k -> assertThat(k.lastUsedAt()).contains(start.plus(Duration.ofHours(1))));
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        IssuedApiKey issued = issue("Busy feed", ApiKeyScope.STOCK_FEED);
        authenticate.authenticate(issued.plainKey());
        clock.advance(Duration.ofSeconds(30));
        authenticate.authenticate(issued.plainKey());
        assertThat(store.usesRecorded).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        authenticate.authenticate(issued.plainKey());
        assertThat(store.usesRecorded).isEqualTo(2);
    }

    @Test
    void malformed_unknown_and_wrong_keys_are_refused_without_touching_any_key() {
        IssuedApiKey issued = issue("Feed", ApiKeyScope.CATALOG_FEED);
        String plain = issued.plainKey();
        String wrongSecret = plain.substring(0, 12) + (plain.charAt(12) == 'A' ? 'B' : 'A') + plain.substring(13);
        String unknownPrefix = "mk_zzzzzzzz" + plain.substring(11);

        assertThat(authenticate.authenticate(null)).isEmpty();
        assertThat(authenticate.authenticate("")).isEmpty();
        assertThat(authenticate.authenticate("Bearer " + plain)).isEmpty();
        assertThat(authenticate.authenticate(plain.substring(0, 40))).isEmpty();
        assertThat(authenticate.authenticate(wrongSecret)).isEmpty();
        assertThat(authenticate.authenticate(unknownPrefix)).isEmpty();
        assertThat(store.usesRecorded).isZero();
    }

    @Test
    void a_revoked_key_is_refused_from_then_on_and_the_revocation_is_audited() {
        IssuedApiKey issued = issue("Old feed", ApiKeyScope.CATALOG_FEED);
        assertThat(authenticate.authenticate(issued.plainKey())).isPresent();
        clock.advance(Duration.ofMinutes(5));

        ApiKeySummary revoked = revoke.revoke(new RevokeApiKeyCommand(admin, issued.key().id()));

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).contains("admin");
        assertThat(revoked.revokedAt()).contains(start.plus(Duration.ofMinutes(5)));
        assertThat(authenticate.authenticate(issued.plainKey())).isEmpty();
        assertThat(audit).extracting(AuditEvent::action)
                .containsExactly(AuditAction.API_KEY_CREATED, AuditAction.API_KEY_REVOKED);
        assertThat(audit.get(1).target()).isEqualTo("api-key " + issued.key().prefix());
    }

    @Test
    void revoking_twice_is_a_conflict_and_an_unknown_key_is_invalid_input() {
        IssuedApiKey issued = issue("Feed", ApiKeyScope.CATALOG_FEED);
        revoke.revoke(new RevokeApiKeyCommand(admin, issued.key().id()));

        assertThatThrownBy(() -> revoke.revoke(new RevokeApiKeyCommand(admin, issued.key().id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("api-key-revoked"));
        assertThatThrownBy(() -> revoke.revoke(new RevokeApiKeyCommand(admin, UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("keyId"));
        assertThat(audit).extracting(AuditEvent::action)
                .containsExactly(AuditAction.API_KEY_CREATED, AuditAction.API_KEY_REVOKED);
    }

    @Test
    void only_an_active_administrator_may_issue_or_revoke_keys() {
        IssuedApiKey issued = issue("Feed", ApiKeyScope.CATALOG_FEED);
        for (String who : List.of("courier", "retired", "nobody")) {
            StaffActor actor = new StaffActor(who, "192.0.2.66");
            assertThatThrownBy(() -> create.create(new CreateApiKeyCommand(actor, "Sneaky", Set.of(ApiKeyScope.STOCK_FEED))))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> revoke.revoke(new RevokeApiKeyCommand(actor, issued.key().id())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(store.keys).hasSize(1);
        assertThat(list.listApiKeys()).singleElement().satisfies(k -> assertThat(k.revoked()).isFalse());
    }

    @Test
    void a_key_needs_a_name_of_at_most_120_characters_and_a_scope() {
        assertThatThrownBy(() -> new CreateApiKeyCommand(admin, " ", Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactlyInAnyOrder("name", "scopes"));
        assertThatThrownBy(() -> new CreateApiKeyCommand(admin, "x".repeat(121), Set.of(ApiKeyScope.STOCK_FEED)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CreateApiKeyCommand(admin, "x", null)).isInstanceOf(InvalidInputException.class);
        assertThat(new CreateApiKeyCommand(admin, "x".repeat(120), Set.of(ApiKeyScope.STOCK_FEED)).name()).hasSize(120);
    }

    @Test
    void a_prefix_already_taken_is_drawn_again() {
        // The first two draws of this generator repeat, so the second key must not reuse the first prefix.
        RandomGenerator repeating = new RandomGenerator() {
            private final SecureRandom real = new SecureRandom();
            private int calls;

            @Override
            public long nextLong() {
                return real.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                calls++;
                return calls <= 96 ? (calls - 1) % 48 % bound : real.nextInt(bound);
            }
        };
        CreateApiKeyService creating = new CreateApiKeyService(store, staff, audit::add, clock, repeating);
        IssuedApiKey first = creating.create(new CreateApiKeyCommand(admin, "first", Set.of(ApiKeyScope.STOCK_FEED)));
        IssuedApiKey second = creating.create(new CreateApiKeyCommand(admin, "second", Set.of(ApiKeyScope.STOCK_FEED)));
        assertThat(second.key().prefix()).isNotEqualTo(first.key().prefix());
        assertThat(store.prefixesAsked)
                .containsExactly(first.key().prefix(), first.key().prefix(), second.key().prefix());
    }

    @Test
    void keys_are_listed_newest_first() {
        issue("older", ApiKeyScope.STOCK_FEED);
        clock.advance(Duration.ofDays(1));
        issue("newer", ApiKeyScope.STOCK_FEED);
        assertThat(list.listApiKeys()).extracting(ApiKeySummary::name).containsExactly("newer", "older");
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
