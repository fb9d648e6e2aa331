package org.verbatim.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.ingest.IngestException;
import org.verbatim.ingest.InputRef;
import org.verbatim.ingest.PageLoader;

/**
 * One page file, standard input or URL as one record, read with {@link PageLoader}; an unreadable input is one failed
 * record with the loader's reason.
 */
public final class PageSource implements RecordSource {
    private final InputRef ref;
    private final PageLoader loader;
    private final String url;
    private final AtomicLong bytesRead;

    /** @param bytesRead advanced by the file's size once read (for progress); may be {@code null} */
    public PageSource(InputRef ref, PageLoader loader, AtomicLong bytesRead) {
        this(ref, loader, null, bytesRead);
    }

    /**
     * @param url       the page's URL for a file or standard input ({@code --url}); may be {@code null}
     * @param bytesRead advanced by the file's size once read (for progress); may be {@code null}
     */
    public PageSource(InputRef ref, PageLoader loader, String url, AtomicLong bytesRead) {
        this.ref = ref;
        this.loader = loader;
        this.url = url;
        this.bytesRead = bytesRead;
    }

    @Override
    public void read(Sink sink) throws InterruptedException {
        SourceRecord r;
        try {
            r = SourceRecord.page(ref.source(), null, loader.load(ref, url));
        } catch (IngestException e) {
            r = SourceRecord.failed(ref.source(), null, e.getMessage());
        }
        if (bytesRead != null && ref.kind() == InputRef.Kind.FILE) {
            try {
                bytesRead.addAndGet(Files.size(ref.path()));
            } catch (IOException e) {
                // a missing file already failed above; progress just does not advance
            }
        }
        sink.accept(r);
    }
}
