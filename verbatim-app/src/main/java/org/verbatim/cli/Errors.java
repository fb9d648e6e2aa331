package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** One-line reasons for what the environment refused (a missing file, a full disk), for messages on standard error. */
final class Errors {
    private Errors() {
    }

    /** A reason in a few words: "no such file", "permission denied", "no space left on device (the disk is full)". */
    static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (isDiskFull(t)) {
            return "no space left on device (the disk is full)";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "exists and is not a folder";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : firstLine(m);
    }

    /**
     * One line for an I/O failure: its own message when it names what failed ("cannot write FILE: ..."), else the
     * file and the reason ("cannot use FILE: permission denied"); a full disk is always called so.
     */
    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null && u.getMessage() == null
                ? u.getCause() : e;
        String text;
        if (t instanceof FileSystemException f && f.getFile() != null) {
            text = "cannot use " + f.getFile() + ": " + reason(f);
        } else {
            String m = t.getMessage();
            text = m == null ? reason(t) : firstLine(m);
        }
        if (isDiskFull(e) && !text.contains("disk is full")) {
            text += " (the disk is full)";
        }
        return text;
    }

    /** True when {@code e}, or what caused it, says the disk is full. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isIo(Throwable e) {
        return e instanceof IOException || e instanceof UncheckedIOException;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
