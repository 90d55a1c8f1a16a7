package org.mercato.portal.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mercato.application.accounts.port.in.StaffActor;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;

/** What the administration pages share: who is acting, how refusals are shown, how times read. */
final class AdminRequests {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AdminRequests() {
    }

    /** The signed-in administrator and the address the request came from, for the use case and its audit entry. */
    static StaffActor actor(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return new StaffActor(request.getRemoteUser(), request.getRemoteAddr());
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * Shows a use case's refusal as page messages. Returns false for any other failure, which then
     * propagates to the container's error handling.
     */
    static boolean showRefusal(FacesContext faces, RuntimeException failure) {
        if (failure instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, capitalized(v.message()) + ".", null)));
            return true;
        }
        if (failure instanceof ConflictException || failure instanceof AccessDeniedException) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, capitalized(failure.getMessage()) + ".", null));
            return true;
        }
        return false;
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "Refused" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
