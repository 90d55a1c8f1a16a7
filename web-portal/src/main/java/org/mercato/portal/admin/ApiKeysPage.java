package org.mercato.portal.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mercato.application.accounts.port.in.CreateApiKeyCommand;
import org.mercato.application.accounts.port.in.CreateApiKeyUseCase;
import org.mercato.application.accounts.port.in.IssuedApiKey;
import org.mercato.application.accounts.port.in.ListApiKeysUseCase;
import org.mercato.application.accounts.port.in.RevokeApiKeyCommand;
import org.mercato.application.accounts.port.in.RevokeApiKeyUseCase;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.ApiKeyScope;

/**
 * Integrator API keys: the list, issuing a key (shown once through {@link IssuedKeyNotice}) and
 * revoking one. View scope keeps the listed rows stable between rendering and a click on a row.
 */
@Named("apiKeys")
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListApiKeysUseCase listApiKeys;
    @Inject
    CreateApiKeyUseCase createApiKey;
    @Inject
    RevokeApiKeyUseCase revokeApiKey;
    @Inject
    IssuedKeyNotice issuedKeyNotice;

    private List<ApiKeyRow> keys;
    private String name;
    private List<String> scopes = new ArrayList<>();

    public List<ApiKeyRow> getKeys() {
        if (keys == null) {
            keys = listApiKeys.listApiKeys().stream().map(ApiKeyRow::new).toList();
        }
        return keys;
    }

    public List<String> getScopeOptions() {
        return Arrays.stream(ApiKeyScope.values()).map(Enum::name).toList();
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            IssuedApiKey issued = createApiKey.create(
                    new CreateApiKeyCommand(AdminRequests.actor(faces), name, selectedScopes()));
            issuedKeyNotice.show(issued.key().name(), issued.plainKey());
            name = null;
            scopes = new ArrayList<>();
            keys = null;
        } catch (RuntimeException failure) {
            if (!AdminRequests.showRefusal(faces, failure)) {
                throw failure;
            }
        }
    }

    public void revoke(ApiKeyRow key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            revokeApiKey.revoke(new RevokeApiKeyCommand(AdminRequests.actor(faces), key.id()));
            AdminRequests.info(faces, "Key " + key.getMaskedKey() + " (" + key.getName()
                    + ") is revoked; requests with it are refused from now on.");
        } catch (RuntimeException failure) {
            if (!AdminRequests.showRefusal(faces, failure)) {
                throw failure;
            }
        }
        keys = null;
    }

    // Scope names come back from the browser; anything that is not a scope is refused like any bad input.
    private Set<ApiKeyScope> selectedScopes() {
        Set<ApiKeyScope> selected = EnumSet.noneOf(ApiKeyScope.class);
        for (String scope : scopes) {
            try {
                selected.add(ApiKeyScope.valueOf(scope));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(
                        new InvalidInputException.FieldViolation("scopes", "unknown scope " + scope)));
            }
        }
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }
}
