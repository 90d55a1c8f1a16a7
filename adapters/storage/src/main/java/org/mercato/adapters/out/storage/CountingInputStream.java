package org.mercato.adapters.out.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and remembers whether the stream ended, without closing what it wraps. */
final class CountingInputStream extends FilterInputStream {

    private long count;
    private boolean ended;
    private long markedCount;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended = true;
        } else {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0) {
            ended = true;
        } else {
            count += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        markedCount = count;
    }

    /** The SDK resets the stream to resend it on a retry; the count goes back with it. */
    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = markedCount;
        ended = false;
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }

    /** The number of bytes after which the stream ended, or {@code Long.MAX_VALUE} while it has not ended. */
    long endedAfter() {
        return ended ? count : Long.MAX_VALUE;
    }
}
