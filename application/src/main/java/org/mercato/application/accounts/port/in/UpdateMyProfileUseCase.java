package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.UUID;
import org.mercato.application.common.Violations;

/** Changes the signed-in shopper's name and phone; a field left out stays as it is. */
public interface UpdateMyProfileUseCase {

    Optional<ShopperProfile> update(UpdateProfileCommand command);

    /** {@code phone} present but empty removes the phone number. */
    record UpdateProfileCommand(UUID shopperId, Optional<String> name, Optional<String> phone) {
        public UpdateProfileCommand {
            new Violations()
                    .check(name.map(n -> !n.isBlank() && n.length() <= 200).orElse(true), "name",
                            "must not be blank and at most 200 characters")
                    .check(phone.map(p -> p.isEmpty() || p.matches("\\+?[0-9 ()/-]{4,30}")).orElse(true), "phone",
                            "must be a phone number of digits, spaces and + ( ) / -")
                    .throwIfAny();
        }
    }
}
