package org.mercato.application.accounts.port.in;

import java.util.List;

/** All staff accounts by username, with roles, warehouse scope and whether they may sign in. */
@FunctionalInterface
public interface ListStaffMembersUseCase {

    List<StaffMember> listStaff();
}
