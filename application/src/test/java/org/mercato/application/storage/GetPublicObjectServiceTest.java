package org.mercato.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.storage.port.in.PublicObject;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;
import org.mercato.application.storage.service.GetPublicObjectService;

class GetPublicObjectServiceTest {

    private final List<ObjectKey> asked = new ArrayList<>();
    private boolean failing;

    private final ObjectStorage storage = new ObjectStorage() {
        @Override
        public void put(ObjectKey key, ObjectContent content) {
            throw new AssertionError("serving never writes");
        }

        @Override
        public Optional<ObjectContent> get(ObjectKey key) {
            asked.add(key);
            if (failing) {
                throw new ObjectStorageException("bucket unreachable");
            }
            return key.value().equals("public/products/p1/a.png") || key.value().equals("invoices/2026/1.pdf")
                    ? Optional.of(ObjectContent.of(new byte[] {1, 2, 3}, key.value().endsWith(".pdf") ? "application/pdf" : "image/png"))
                    : Optional.empty();
        }

        @Override
        public void delete(ObjectKey key) {
            throw new AssertionError("serving never deletes");
        }
    };

    private final GetPublicObjectService service = new GetPublicObjectService(storage);

    @Test
    void a_public_object_comes_with_its_type_and_length() {
        PublicObject object = service.getPublicObject("products/p1/a.png").orElseThrow();
        assertThat(object.contentType()).isEqualTo("image/png");
        assertThat(object.length()).isEqualTo(3);
        assertThat(asked).extracting(ObjectKey::value).containsExactly("public/products/p1/a.png");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../invoices/2026/1.pdf", "products/../../etc/passwd", "/etc/passwd", "products/P1/a.png",
            "products//a.png", "products/p1/.hidden", "products/p1/a%20b.png", "products/p1/a.png/"})
    void a_path_that_is_no_valid_key_is_not_found_without_asking_the_store(String path) {
        assertThat(service.getPublicObject(path)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void private_objects_cannot_be_reached_and_unknown_ones_are_not_found() {
        assertThat(service.getPublicObject("invoices/2026/1.pdf")).isEmpty();
        assertThat(asked).extracting(ObjectKey::value).containsExactly("public/invoices/2026/1.pdf");
        assertThat(service.getPublicObject("products/p1/missing.png")).isEmpty();
    }

    @Test
    void a_failing_store_is_unavailable() {
        failing = true;
        assertThatThrownBy(() -> service.getPublicObject("products/p1/a.png")).isInstanceOf(ServiceUnavailableException.class);
    }
}
