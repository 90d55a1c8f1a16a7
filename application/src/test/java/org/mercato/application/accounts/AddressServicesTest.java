package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.AddAddressUseCase;
import org.mercato.application.accounts.port.in.AddressCommand;
import org.mercato.application.accounts.port.out.ShopperAddressPort;
import org.mercato.application.accounts.service.AddAddressService;
import org.mercato.application.accounts.service.ListMyAddressesService;
import org.mercato.application.accounts.service.RemoveAddressService;
import org.mercato.application.accounts.service.ReplaceAddressService;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.ShippingAddress;

class AddressServicesTest {

    private final Map<UUID, ShippingAddress> stored = new LinkedHashMap<>();
    private final ShopperAddressPort port = new ShopperAddressPort() {
        @Override
        public List<ShippingAddress> list(UUID shopperId) {
            return stored.values().stream().filter(a -> a.shopperId().equals(shopperId)).toList();
        }

        @Override
        public Optional<Addressee> addressee(UUID shopperId) {
            return Optional.of(new Addressee("Anna", list(shopperId).stream().filter(ShippingAddress::isDefault).findFirst()));
        }

        @Override
        public Optional<ShippingAddress> find(UUID shopperId, UUID id) {
            return Optional.ofNullable(stored.get(id)).filter(a -> a.shopperId().equals(shopperId));
        }

        @Override
        public void save(ShippingAddress address) {
            stored.put(address.id(), address);
        }

        @Override
        public void remove(UUID shopperId, UUID id) {
            stored.remove(id);
        }
    };
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final UUID anna = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();

    private ShippingAddress add(UUID shopper, String line1, boolean makeDefault) {
        now = now.plusSeconds(60);
        return new AddAddressService(port, Clock.fixed(now, ZoneOffset.UTC))
                .add(shopper, new AddressCommand(null, line1, null, "Berlin", "10115", "DE", makeDefault));
    }

    private List<String> defaults(UUID shopper) {
        return new ListMyAddressesService(port).myAddresses(shopper).stream()
                .filter(ShippingAddress::isDefault).map(ShippingAddress::line1).toList();
    }

    @Test
    void the_first_address_and_one_added_as_default_become_the_only_default() {
        add(anna, "Home 1", false);
        assertThat(defaults(anna)).containsExactly("Home 1");
        add(anna, "Work 2", true);
        assertThat(defaults(anna)).containsExactly("Work 2");
        add(anna, "Summer 3", false);
        assertThat(defaults(anna)).containsExactly("Work 2");
        assertThat(new ListMyAddressesService(port).myAddresses(anna).get(0).line1()).as("default first").isEqualTo("Work 2");
    }

    @Test
    void removing_the_default_promotes_the_oldest_and_another_shoppers_address_is_untouchable() {
        ShippingAddress home = add(anna, "Home 1", false);
        ShippingAddress work = add(anna, "Work 2", true);
        add(anna, "Summer 3", false);
        assertThat(new RemoveAddressService(port).remove(ben, work.id())).isFalse();
        assertThat(new ReplaceAddressService(port).replace(ben, work.id(),
                new AddressCommand(null, "Stolen", null, "Berlin", "10115", "DE", true))).isEmpty();
        assertThat(new RemoveAddressService(port).remove(anna, work.id())).isTrue();
        assertThat(defaults(anna)).containsExactly(home.line1());
    }

    @Test
    void replacing_keeps_the_id_and_may_make_it_the_default() {
        add(anna, "Home 1", false);
        ShippingAddress work = add(anna, "Work 2", false);
        ShippingAddress replaced = new ReplaceAddressService(port).replace(anna, work.id(),
                new AddressCommand("Office", "Work 22", null, "Milano", "20121", "IT", true)).orElseThrow();
        assertThat(replaced.id()).isEqualTo(work.id());
        assertThat(replaced.country()).isEqualTo("IT");
        assertThat(defaults(anna)).containsExactly("Work 22");
    }

    @Test
    void a_book_holds_at_most_twenty_addresses_and_commands_check_their_fields() {
        for (int i = 0; i < AddAddressUseCase.MAX_ADDRESSES; i++) {
            add(anna, "Street " + i, false);
        }
        assertThatThrownBy(() -> add(anna, "One too many", false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AddressCommand(null, " ", null, "", "!", "de", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.FieldViolation::field)
                        .containsExactly("line1", "city", "postalCode", "country"));
    }
}
