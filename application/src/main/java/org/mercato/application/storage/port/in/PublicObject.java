package org.mercato.application.storage.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A public object to send to a client: media type, exact length and the bytes, read once; the holder closes it. */
public record PublicObject(String contentType, long length, InputStream stream) implements AutoCloseable {

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
