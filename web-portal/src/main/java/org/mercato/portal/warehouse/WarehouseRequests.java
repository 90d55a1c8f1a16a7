package org.mercato.portal.warehouse;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;

/** What the warehouse pages share: who is acting, how refusals read, how times and changes are written. */
final class WarehouseRequests {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** How a command's field names read in a sentence. */
    private static final Map<String, String> FIELD_LABELS = Map.of(
            "warehouse", "Warehouse", "sku", "SKU", "reference", "Reference", "lines", "Lines", "delta", "Change",
            "reason", "Reason", "note", "Note", "counted", "Counted");

    private WarehouseRequests() {
    }

    /** The signed-in member of staff; the use cases look up their roles and warehouse scope themselves. */
    static String username(FacesContext faces) {
        return faces.getExternalContext().getRemoteUser();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A change of stock as staff write it: +5, −3 (a real minus sign, which reads better than a hyphen). */
    static String signed(int delta) {
        return delta > 0 ? "+" + delta : "\u2212" + Math.abs(delta);
    }

    static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A violation shown next to its own field: the field's name is already on the label. */
    static String besideField(InvalidInputException.FieldViolation violation) {
        return sentence(violation.message());
    }

    /** A violation shown on its own, at the top of a page or dialog. */
    static String onItsOwn(InvalidInputException.FieldViolation violation) {
        return FIELD_LABELS.getOrDefault(violation.field(), violation.field()) + " " + violation.message() + ".";
    }

    /**
     * The sentence for a refusal that is not about a single field: a conflict with the stock as it is,
     * a warehouse the user may not work in, or something the command names that does not exist. Null
     * for any other failure, which must propagate.
     */
    static String refusal(RuntimeException failure) {
        if (failure instanceof ConflictException || failure instanceof NotFoundException) {
            return sentence(failure.getMessage());
        }
        if (failure instanceof AccessDeniedException) {
            return "Not allowed: " + failure.getMessage() + ".";
        }
        return null;
    }

    /** The HTTP status of a page that cannot be shown because of this refusal. */
    static int status(RuntimeException refusal) {
        if (refusal instanceof AccessDeniedException) {
            return 403;
        }
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        return 400;
    }

    /** Answers a page request with an error status and a message instead of data. */
    static void refusePage(FacesContext faces, int status, String text) {
        faces.getExternalContext().setResponseStatus(status);
        error(faces, null, text);
    }

    private static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "Refused.";
        }
        String capitalized = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }
}
