package org.mercato.application.accounts.port.out;

import java.util.Optional;
import org.mercato.domain.accounts.StaffUser;

@FunctionalInterface
public interface LoadStaffUserPort {

    Optional<StaffUser> findByUsername(String username);
}
