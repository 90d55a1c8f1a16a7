package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mercato.application.accounts.port.in.ApiKeySummary;
import org.mercato.application.accounts.port.in.ListApiKeysUseCase;
import org.mercato.application.accounts.port.out.ApiKeyStore;

@ApplicationScoped
@Transactional
public class ListApiKeysService implements ListApiKeysUseCase {

    private ApiKeyStore keys;

    protected ListApiKeysService() {
        // for CDI client proxies
    }

    @Inject
    public ListApiKeysService(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public List<ApiKeySummary> listApiKeys() {
        return keys.listNewestFirst().stream().map(ApiKeySummary::of).toList();
    }
}
