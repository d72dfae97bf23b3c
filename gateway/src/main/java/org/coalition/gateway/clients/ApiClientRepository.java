package org.coalition.gateway.clients;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public Optional<ApiClient> byKeyHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }
}
