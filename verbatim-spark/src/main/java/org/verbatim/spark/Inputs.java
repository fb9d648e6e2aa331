package org.verbatim.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.verbatim.ingest.warc.WarcSource;

/**
 * The archives a job reads, from its INPUT arguments: paths or globs on any Hadoop file system, folders (every
 * archive under them), and {@code @list.txt} files naming more of them, one a line ({@code #} starts a comment).
 * Each archive once, in the order named.
 */
final class Inputs {
    private Inputs() {
    }

    /** Thrown for an input that names nothing: a usage error. */
    static final class NoSuchInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoSuchInput(String message) {
            super(message);
        }
    }

    static List<String> expand(List<String> args, Configuration conf) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                for (String line : lines(arg.substring(1), conf)) {
                    add(line, conf, out);
                }
            } else {
                add(arg, conf, out);
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(String arg, Configuration conf, Set<String> out) throws IOException {
        Path p = new Path(arg);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null || matches.length == 0) {
            throw new NoSuchInput("no such file: " + arg);
        }
        Arrays.sort(matches);
        for (FileStatus st : matches) {
            if (st.isDirectory()) {
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && WarcSource.isArchiveName(f.getPath().getName())) {
                        found.add(f.getPath().toString());
                    }
                }
                found.sort(null);
                out.addAll(found);
            } else {
                out.add(st.getPath().toString());
            }
        }
    }

    /** The paths a list file names. */
    private static List<String> lines(String list, Configuration conf) throws IOException {
        Path p = new Path(list);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
            throw new NoSuchInput("no such list file: " + list);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
