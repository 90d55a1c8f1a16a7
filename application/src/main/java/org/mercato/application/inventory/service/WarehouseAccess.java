package org.mercato.application.inventory.service;

import java.util.Optional;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.inventory.port.out.StockLedgerPort;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.inventory.Warehouse;
import org.mercato.domain.inventory.WarehouseId;

/**
 * Who may see and change stock where: active WAREHOUSE staff and administrators; a clerk scoped to a
 * warehouse only there. Decided from the stored account, never from what a page claims.
 */
final class WarehouseAccess {

    private final WarehouseStaff staff;
    private final StockLedgerPort ledger;

    WarehouseAccess(LoadStaffUserPort staff, StockLedgerPort ledger) {
        this.staff = new WarehouseStaff(staff);
        this.ledger = ledger;
    }

    StaffUser warehouseStaff(String username) {
        return staff.require(username);
    }

    /** The warehouse of this code, provided the user may work in it. */
    Warehouse warehouse(StaffUser user, String code) {
        Warehouse warehouse = ledger.findWarehouse(code)
                .orElseThrow(() -> new NotFoundException("warehouse", "there is no warehouse " + code));
        if (user.warehouseScope().filter(scope -> !scope.equals(warehouse.id())).isPresent()) {
            throw new AccessDeniedException(user.username() + " works only in their own warehouse");
        }
        return warehouse;
    }

    /** The warehouse a listing is restricted to: the one asked for (if allowed), else the user's scope. */
    Optional<WarehouseId> listingScope(StaffUser user, String code) {
        if (code != null) {
            return Optional.of(warehouse(user, code).id());
        }
        return user.warehouseScope();
    }
}
