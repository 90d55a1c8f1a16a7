package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mercato.application.accounts.port.in.ListStaffMembersUseCase;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;

@ApplicationScoped
@Transactional
public class ListStaffMembersService implements ListStaffMembersUseCase {

    private StaffDirectory staff;

    protected ListStaffMembersService() {
        // for CDI client proxies
    }

    @Inject
    public ListStaffMembersService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public List<StaffMember> listStaff() {
        return staff.listAll();
    }
}
