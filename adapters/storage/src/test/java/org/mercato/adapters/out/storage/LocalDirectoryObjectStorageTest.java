package org.mercato.adapters.out.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorageException;

class LocalDirectoryObjectStorageTest {

    @TempDir
    Path root;

    private LocalDirectoryObjectStorage storage() {
        return new LocalDirectoryObjectStorage(root);
    }

    @Test
    void an_object_round_trips_with_its_content_type_and_length() {
        ObjectKey key = ObjectKey.publicMedia("products/p1/a.jpg");
        storage().put(key, ObjectContent.of(bytes("jpeg bytes"), "image/jpeg"));

        try (ObjectContent read = storage().get(key).orElseThrow()) {
            assertThat(read.contentType()).isEqualTo("image/jpeg");
            assertThat(read.length()).isEqualTo(10);
            assertThat(read.readAllBytes()).isEqualTo(bytes("jpeg bytes"));
        }
        // The file holds exactly the bytes, at the key's path: operators can look at and back up objects.
        assertThat(root.resolve("public/products/p1/a.jpg")).hasBinaryContent(bytes("jpeg bytes"));
    }

    @Test
    void a_missing_object_is_empty_also_below_an_object_or_at_a_directory() {
        storage().put(new ObjectKey("a/b"), ObjectContent.of(bytes("x"), "text/plain"));
        assertThat(storage().get(new ObjectKey("a/nothing"))).isEmpty();
        assertThat(storage().get(new ObjectKey("never/was"))).isEmpty();
        assertThat(storage().get(new ObjectKey("a/b/c"))).isEmpty();
        assertThat(storage().get(new ObjectKey("a"))).isEmpty();
    }

    @Test
    void a_put_replaces_the_object_and_its_content_type() {
        ObjectKey key = new ObjectKey("invoices/2026/inv-1.pdf");
        storage().put(key, ObjectContent.of(bytes("first version, longer"), "text/plain"));
        storage().put(key, ObjectContent.of(bytes("%PDF-1.7"), "application/pdf"));

        ObjectContent read = storage().get(key).orElseThrow();
        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(read.readAllBytes()).isEqualTo(bytes("%PDF-1.7"));
        assertThat(visibleFilesIn(root.resolve("invoices/2026"))).containsExactly("inv-1.pdf");
    }

    @Test
    void delete_removes_the_object_and_is_idempotent() {
        ObjectKey key = new ObjectKey("a/b.txt");
        storage().put(key, ObjectContent.of(bytes("x"), "text/plain"));
        storage().delete(key);
        storage().delete(key);
        storage().delete(new ObjectKey("a/b.txt/c"));
        storage().delete(new ObjectKey("a"));
        assertThat(storage().get(key)).isEmpty();
        assertThat(root.resolve("a")).isEmptyDirectory();
    }

    @Test
    void a_large_stream_is_copied_exactly_and_left_open_for_its_owner() throws IOException {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        TrackingStream in = new TrackingStream(data);
        storage().put(new ObjectKey("big.bin"), new ObjectContent("application/octet-stream", data.length, in));

        assertThat(in.closed).isFalse();
        assertThat(storage().get(new ObjectKey("big.bin")).orElseThrow().readAllBytes()).isEqualTo(data);
    }

    @Test
    void only_the_declared_length_is_stored() {
        storage().put(new ObjectKey("part"), new ObjectContent("text/plain", 4, new ByteArrayInputStream(bytes("abcdefgh"))));
        assertThat(storage().get(new ObjectKey("part")).orElseThrow().readAllBytes()).isEqualTo(bytes("abcd"));
    }

    @Test
    void a_stream_shorter_than_declared_stores_nothing_and_leaves_no_temporary_file() {
        ObjectKey key = new ObjectKey("short/x.bin");
        assertThatThrownBy(() -> storage().put(key, new ObjectContent("text/plain", 100, new ByteArrayInputStream(bytes("abc")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 of its declared 100 bytes");
        assertThat(storage().get(key)).isEmpty();
        assertThat(root.resolve("short")).isEmptyDirectory();
    }

    @Test
    void a_failing_stream_keeps_the_previous_object() {
        ObjectKey key = new ObjectKey("keep.txt");
        storage().put(key, ObjectContent.of(bytes("old"), "text/plain"));
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the uploader");
            }
        };
        assertThatThrownBy(() -> storage().put(key, new ObjectContent("text/plain", 10, broken)))
                .isInstanceOf(ObjectStorageException.class)
                .hasRootCauseMessage("connection reset by the uploader");
        assertThat(storage().get(key).orElseThrow().readAllBytes()).isEqualTo(bytes("old"));
        assertThat(visibleFilesIn(root)).containsExactly("keep.txt");
        assertThat(allFilesIn(root)).containsExactlyInAnyOrder("keep.txt", ".keep.txt.content-type");
    }

    @Test
    void a_missing_or_tampered_content_type_reads_as_octet_stream() throws IOException {
        ObjectKey key = new ObjectKey("t.html");
        storage().put(key, ObjectContent.of(bytes("<b>"), "text/html"));
        Files.writeString(root.resolve(".t.html.content-type"), "text/html\r\nSet-Cookie: session=stolen");
        assertThat(storage().get(key).orElseThrow().contentType()).isEqualTo("application/octet-stream");
        Files.delete(root.resolve(".t.html.content-type"));
        assertThat(storage().get(key).orElseThrow().contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void a_key_cannot_be_both_an_object_and_a_folder_of_objects() {
        storage().put(new ObjectKey("a/b"), ObjectContent.of(bytes("x"), "text/plain"));
        assertThatThrownBy(() -> storage().put(new ObjectKey("a/b/c"), ObjectContent.of(bytes("y"), "text/plain")))
                .isInstanceOf(ObjectStorageException.class).hasMessageContaining("a/b/c");
        assertThatThrownBy(() -> storage().put(new ObjectKey("a"), ObjectContent.of(bytes("y"), "text/plain")))
                .isInstanceOf(ObjectStorageException.class).hasMessageContaining("below that key");
        assertThat(storage().get(new ObjectKey("a/b")).orElseThrow().readAllBytes()).isEqualTo(bytes("x"));
    }

    @Test
    void every_key_maps_below_the_root() {
        LocalDirectoryObjectStorage storage = storage();
        assertThat(storage.fileOf(new ObjectKey("a..b/c"))).isEqualTo(root.resolve("a..b").resolve("c"));
        assertThat(storage.fileOf(ObjectKey.publicMedia("x.jpg"))).isEqualTo(root.resolve("public").resolve("x.jpg"));
    }

    @Test
    void the_store_is_ready_when_its_directory_can_be_created_and_written() throws IOException {
        LocalDirectoryObjectStorage fresh = new LocalDirectoryObjectStorage(root.resolve("not/yet/there"));
        fresh.checkReady();
        assertThat(root.resolve("not/yet/there")).isEmptyDirectory();
        assertThat(fresh.description()).containsEntry("type", "local")
                .containsEntry("directory", root.resolve("not/yet/there").toString());

        Path aFile = Files.writeString(root.resolve("occupied"), "not a directory");
        LocalDirectoryObjectStorage blocked = new LocalDirectoryObjectStorage(aFile.resolve("objects"));
        assertThatThrownBy(blocked::checkReady)
                .isInstanceOf(ObjectStorageException.class).hasMessageContaining("is not writable");
        assertThatThrownBy(() -> blocked.put(new ObjectKey("a"), ObjectContent.of(bytes("x"), "text/plain")))
                .isInstanceOf(ObjectStorageException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> allFilesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> visibleFilesIn(Path directory) {
        return allFilesIn(directory).stream().filter(name -> !name.startsWith(".")).toList();
    }

    private static final class TrackingStream extends ByteArrayInputStream {
        boolean closed;

        TrackingStream(byte[] data) {
            super(data);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
