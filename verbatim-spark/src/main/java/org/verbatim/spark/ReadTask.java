package org.verbatim.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.verbatim.ingest.warc.WarcSource;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.pipeline.Processed;
import org.verbatim.pipeline.ProcessedArticle;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.SourceRecord;

/**
 * One task: streams the records of its splits (whole archives, or record ranges sorted by file and offset) through the
 * per-page path ({@link PageProcessor}, the function {@code ingest} runs) and yields one {@link Staged} row per record
 * and per gap.
 *
 * <p>A reader thread frames and parses the archive ({@link WarcSource}) ahead of the task thread, through a queue of
 * {@link #QUEUE} records; each record is capped at {@link WarcSource#DEFAULT_MAX_BYTES}, so a task holds a few records
 * at a time whatever the file size. Whatever a record's processing throws fails that record (its row says why), never
 * the task; a record the reader cannot parse is a failed record too. Counts go to the {@link Tallies}.
 */
final class ReadTask implements FlatMapFunction<Iterator<Split>, Row> {
    private static final long serialVersionUID = 1L;
    /** Records read ahead of the task thread. */
    static final int QUEUE = 4;

    private final HadoopConf conf;
    private final Tallies tallies;
    private final boolean annotate;
    private final boolean allPages;
    /** Tests only: the partition whose first attempt fails after two rows, or -1. */
    private final int failFirstAttemptOf;

    ReadTask(HadoopConf conf, Tallies tallies, boolean annotate, boolean allPages, int failFirstAttemptOf) {
        this.conf = conf;
        this.tallies = tallies;
        this.annotate = annotate;
        this.allPages = allPages;
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    @Override
    public Iterator<Row> call(Iterator<Split> splits) {
        Rows rows = new Rows(splits);
        TaskContext ctx = TaskContext.get();
        if (ctx != null) {
            ctx.addTaskCompletionListener((TaskContext c) -> rows.stop());
        }
        return rows;
    }

    /** What the reader thread hands over. */
    private record Item(SourceRecord record, Row gap) {
    }

    private static final Item END = new Item(null, null);

    /** The rows of one task, produced as Spark pulls them. */
    private final class Rows implements Iterator<Row> {
        private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread reader;
        private final PageProcessor processor;
        private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        private final boolean timed = cpu.isCurrentThreadCpuTimeSupported();
        private final TaskContext ctx = TaskContext.get();
        private Row next;
        private boolean done;
        private int produced;

        Rows(Iterator<Split> splits) {
            processor = new PageProcessor(PagePath.standard(java.time.Clock.systemUTC()), annotate, allPages,
                    new PageProcessor.StepTimer() {
                @Override
                public long now() {
                    return timed ? cpu.getCurrentThreadCpuTime() : 0;
                }

                @Override
                public long lap(PageProcessor.Step step, long since) {
                    long t = now();
                    tallies.stepNanos[step.ordinal()].add(t - since);
                    return t;
                }
            }, null);
            reader = new Thread(() -> readAll(splits), "verbatim-read-" + (ctx == null ? 0 : ctx.partitionId()));
            reader.setDaemon(true);
            reader.start();
            tallies.maxHeap.add(Runtime.getRuntime().maxMemory());
        }

        void stop() {
            reader.interrupt();
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = pull();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }

        private Row pull() {
            Item item;
            try {
                while ((item = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS)) == null) {
                    if (!reader.isAlive() && queue.isEmpty()) {
                        throw new IllegalStateException("the reader thread ended without finishing its splits");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the task was interrupted", e);
            }
            if (item == END) {
                done = true;
                return null;
            }
            if (failFirstAttemptOf >= 0 && ctx != null && ctx.partitionId() == failFirstAttemptOf
                    && ctx.attemptNumber() == 0 && ++produced > 2) {
                throw new IllegalStateException("injected failure in the first attempt of partition "
                        + failFirstAttemptOf);
            }
            if (item.gap() != null) {
                return item.gap();
            }
            Row row = process(item.record());
            tallies.count(Staged.status(row));
            Runtime rt = Runtime.getRuntime();
            tallies.peakHeap.add(rt.totalMemory() - rt.freeMemory());
            return row;
        }

        private Row process(SourceRecord r) {
            Processed<ProcessedArticle> p;
            try {
                p = processor.process(r);
            } catch (Throwable e) {
                if (ctx != null && ctx.isInterrupted()) {
                    throw e; // the task is being killed: not this record's fault
                }
                return Staged.failed(r, "internal error: " + e);
            }
            return Staged.of(p);
        }

        /** The reader thread: every split's records and gaps, then the end marker. */
        private void readAll(Iterator<Split> splits) {
            OpenFiles files = new OpenFiles(conf);
            RecordSource.Sink sink = new RecordSource.Sink() {
                @Override
                public void accept(SourceRecord record) throws InterruptedException {
                    queue.put(new Item(record, null));
                }

                @Override
                public void gap(String source, long offset, long length) {
                    tallies.gaps.add(1);
                    tallies.gapBytes.add(length);
                    try {
                        queue.put(new Item(null, Staged.gap(source, offset, length)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            try {
                while (splits.hasNext() && !Thread.currentThread().isInterrupted()) {
                    Split s = splits.next();
                    try {
                        source(s, files).read(sink);
                    } catch (InterruptedException e) {
                        throw e;
                    } catch (Throwable e) {
                        // a reader bug must not hang the task: the rest of that split is one failed record
                        sink.accept(SourceRecord.failed(s.path(), s.isWhole() ? null : "@" + s.offset(),
                                "internal error while reading: " + e));
                    }
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                files.close();
            }
        }
    }

    private static WarcSource source(Split s, OpenFiles files) {
        WarcSource.Opener open = s.isWhole() ? () -> files.open(s.path()).channel()
                : () -> files.open(s.path()).slice(s.offset(), s.length());
        return new WarcSource(name(s.path()), open, s.offset(), WarcSource.DEFAULT_MAX_BYTES, null);
    }

    /**
     * The archive's name in the output ({@code source} of articles and rejects): a local file by its path, as
     * {@code ingest} names it, so that both give the same article JSON; any other file system by its URI.
     */
    static String name(String path) {
        java.net.URI uri = new Path(path).toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : path;
    }

    /** The file of the current split, kept open while the next splits read ranges of the same file. */
    private static final class OpenFiles {
        private final HadoopConf conf;
        private String path;
        private HadoopFile file;

        OpenFiles(HadoopConf conf) {
            this.conf = conf;
        }

        HadoopFile open(String p) throws IOException {
            if (p.equals(path)) {
                return file;
            }
            close();
            Path hp = new Path(p);
            FileSystem fs = hp.getFileSystem(conf.get());
            long length = fs.getFileStatus(hp).getLen();
            FSDataInputStream in = fs.open(hp);
            file = new HadoopFile(new HadoopStream(in), length);
            path = p;
            return file;
        }

        void close() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    // reading is over; a failed close loses nothing
                }
                file = null;
                path = null;
            }
        }
    }

    /** Hadoop's stream as a {@link HadoopFile.Stream}. */
    private record HadoopStream(FSDataInputStream in) implements HadoopFile.Stream {
        @Override
        public void seek(long pos) throws IOException {
            in.seek(pos);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
