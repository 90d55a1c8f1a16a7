package org.mercato.portal.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.audit.port.in.AuditEventQuery;
import org.mercato.application.audit.port.in.ListAuditEventsUseCase;
import org.mercato.domain.audit.AuditAction;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, one page at a time, filtered by action and actor. */
@Named("audit")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE_ID = "audit-events:events";

    @Inject
    ListAuditEventsUseCase listAuditEvents;

    private String action;
    private String actor;
    private final LazyDataModel<AuditRow> events = new Events();

    public LazyDataModel<AuditRow> getEvents() {
        return events;
    }

    public List<String> getActionOptions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    /** Applies the filter form (its fields are bound already); the table starts again at its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private AuditEventQuery query(int page, int size) {
        Optional<AuditAction> chosen = Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equals(action))
                .findFirst();
        return new AuditEventQuery(chosen, Optional.ofNullable(actor), page,
                Math.max(1, Math.min(size, AuditEventQuery.MAX_SIZE)));
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        // The use case limits the actor filter too; cutting here keeps an overlong paste from failing the page.
        this.actor = actor == null ? null : actor.substring(0, Math.min(actor.length(), 254));
    }

    private final class Events extends LazyDataModel<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, listAuditEvents.list(query(0, 1)).total());
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, AuditEventQuery.MAX_SIZE));
            return listAuditEvents.list(query(first / size, size)).items().stream().map(AuditRow::new).toList();
        }

        @Override
        public String getRowKey(AuditRow row) {
            return null;
        }
    }
}
