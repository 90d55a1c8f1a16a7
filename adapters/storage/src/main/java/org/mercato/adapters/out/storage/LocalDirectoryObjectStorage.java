package org.mercato.adapters.out.storage;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorageException;

/**
 * Objects as files below one directory: key {@code public/products/p1/a.jpg} is the file
 * {@code <root>/public/products/p1/a.jpg}, holding exactly the object's bytes. Its content type is kept
 * beside it in {@code .a.jpg.content-type}; no key segment starts with a dot, so such files (and the
 * {@code .*.tmp} files of writes in progress) can never be mistaken for objects.
 *
 * <p>A write goes to a temporary file in the target directory, is flushed to disk and then moved over
 * the old file in one atomic rename, so readers see the old bytes or the new ones. The content type is
 * renamed into place just before the bytes: while one key is overwritten with a different content
 * type, a reader can briefly see the new type with the old bytes. Keys are unique per upload in
 * practice (a new image gets a new key), so this is accepted rather than paid for with locking.
 *
 * <p>Several nodes can share the directory over a network file system that renames atomically (NFS does).
 */
public final class LocalDirectoryObjectStorage implements ObjectStorageBackend {

    private static final String CONTENT_TYPE_SUFFIX = ".content-type";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;

    public LocalDirectoryObjectStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(ObjectKey key, ObjectContent content) {
        Path file = fileOf(key);
        Path directory = file.getParent();
        try {
            if (Files.isDirectory(file)) {
                throw new ObjectStorageException("cannot store " + key + ": the local directory store already holds"
                        + " objects below that key, and a file cannot also be a directory");
            }
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new ObjectStorageException("cannot store " + key + ": a part of its path is already an object,"
                    + " and a file cannot also be a directory", e);
        } catch (IOException e) {
            throw new ObjectStorageException("cannot create " + directory, e);
        }
        Path bytes = null;
        Path type = null;
        try {
            bytes = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
            type = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
            copyExactly(content.stream(), content.length(), bytes);
            Files.writeString(type, content.contentType(), US_ASCII);
            Files.move(type, contentTypeFileOf(file), ATOMIC_MOVE, REPLACE_EXISTING);
            Files.move(bytes, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ObjectStorageException("cannot write " + key + " to " + root, e);
        } finally {
            deleteQuietly(bytes);
            deleteQuietly(type);
        }
    }

    @Override
    public Optional<ObjectContent> get(ObjectKey key) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException | NotDirectoryException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ObjectStorageException("cannot read " + key + " from " + root, e);
        }
        try {
            // The size of the file that is open, even if a write replaces the path meanwhile.
            long length = channel.size();
            return Optional.of(new ObjectContent(contentTypeOf(file), length, Channels.newInputStream(channel)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw new ObjectStorageException("cannot read " + key + " from " + root, e);
        }
    }

    @Override
    public void delete(ObjectKey key) {
        Path file = fileOf(key);
        if (Files.isDirectory(file)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(contentTypeFileOf(file));
        } catch (NotDirectoryException noSuchPath) {
            // a part of the path is an object: nothing is stored under this key
        } catch (IOException e) {
            throw new ObjectStorageException("cannot delete " + key + " from " + root, e);
        }
    }

    /** Ready when the directory exists (it is created if need be) and a file can be written in it. */
    @Override
    public void checkReady() {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".readiness-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ObjectStorageException("the directory " + root + " is not writable: " + e, e);
        }
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("type", "local");
        description.put("directory", root.toString());
        return description;
    }

    @Override
    public void close() {
        // nothing is held open between calls
    }

    @Override
    public String toString() {
        return "local directory " + root;
    }

    Path fileOf(ObjectKey key) {
        Path file = root;
        for (String segment : key.segments()) {
            file = file.resolve(segment);
        }
        // Valid keys cannot leave the root; checked again because a mistake here would expose the disk.
        if (!file.normalize().startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("key " + key + " does not name a file below " + root);
        }
        return file;
    }

    private static Path contentTypeFileOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + CONTENT_TYPE_SUFFIX);
    }

    /** The stored content type, or {@code application/octet-stream} if it is missing or not a media type. */
    private static String contentTypeOf(Path file) throws IOException {
        try {
            String stored = Files.readString(contentTypeFileOf(file), US_ASCII).trim();
            return ObjectContent.isValidContentType(stored) ? stored : ObjectContent.OCTET_STREAM;
        } catch (NoSuchFileException | CharacterCodingException missingOrNotAscii) {
            return ObjectContent.OCTET_STREAM;
        }
    }

    private static void copyExactly(InputStream in, long length, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[BUFFER_SIZE];
            long remaining = length;
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    throw new IllegalArgumentException("the content ended after " + (length - remaining)
                            + " of its declared " + length + " bytes");
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
            // On disk before the rename makes it visible: a crash must not leave a renamed, empty file.
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover .tmp file is never read as an object
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing with the original error
        }
    }
}
