package org.mercato.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mercato.application.audit.port.in.AuditEventPage;
import org.mercato.application.audit.port.in.AuditEventQuery;
import org.mercato.application.audit.service.ListAuditEventsService;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.audit.AuditAction;

class AuditEventQueryTest {

    @Test
    void a_blank_actor_filter_means_every_actor_and_is_trimmed_otherwise() {
        assertThat(new AuditEventQuery(Optional.empty(), Optional.of("   "), 0, 20).actor()).isEmpty();
        assertThat(new AuditEventQuery(Optional.empty(), Optional.of(" admin "), 0, 20).actor()).contains("admin");
    }

    @Test
    void pages_start_at_zero_and_hold_one_to_a_hundred_events() {
        assertThatThrownBy(() -> new AuditEventQuery(Optional.empty(), Optional.empty(), -1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactlyInAnyOrder("page", "size"));
        assertThatThrownBy(() -> new AuditEventQuery(Optional.empty(), Optional.empty(), 0, 101))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AuditEventQuery(Optional.empty(), Optional.of("x".repeat(255)), 0, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new AuditEventQuery(Optional.empty(), Optional.empty(), 3, 100).size()).isEqualTo(100);
    }

    @Test
    void the_service_hands_the_query_to_the_trail_unchanged() {
        AtomicReference<AuditEventQuery> asked = new AtomicReference<>();
        ListAuditEventsService service = new ListAuditEventsService(query -> {
            asked.set(query);
            return new AuditEventPage(List.of(), query.page(), query.size(), 0);
        });
        AuditEventQuery query = new AuditEventQuery(Optional.of(AuditAction.STAFF_SIGN_IN), Optional.of("admin"), 2, 25);
        assertThat(service.list(query).page()).isEqualTo(2);
        assertThat(asked.get()).isEqualTo(query);
    }
}
