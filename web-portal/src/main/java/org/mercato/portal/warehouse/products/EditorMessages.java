package org.mercato.portal.warehouse.products;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Messages of the product editor. A field's message is attached to its input and shows beside it; the
 * outcome of each action goes to the message list of its own part of the page, under a key.
 */
final class EditorMessages {

    private EditorMessages() {
    }

    /**
     * Where the gallery's messages go: its own message list beside the uploader, which its ajax requests
     * update, so that the answer to an upload shows where the upload was made, not at the top of a long page.
     */
    static final String GALLERY = "gallery-feedback";
    /** Where the answers to saving details and prices go: beside their save buttons, for the same reason. */
    static final String DETAILS = "details-feedback";
    static final String PRICES = "prices-feedback";

    static void info(FacesContext faces, String key, String message) {
        faces.addMessage(key, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(FacesContext faces, String key, String message) {
        faces.addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(message), null));
    }

    /** A message that starts with something that keeps its case, such as a file name. */
    static void errorAsWritten(FacesContext faces, String key, String message) {
        faces.addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A refusal of one field; without a client id it is shown at the top only. */
    static void fieldError(FacesContext faces, String clientId, String label, String message) {
        String detail = sentence(message);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message + ".", detail));
        faces.validationFailed();
    }

    static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "Refused.";
        }
        String capitalized = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }
}
