package org.verbatim.extract.decode;


/**
 * Finds the charset a page declares: in an HTTP {@code Content-Type}, in {@code <meta charset>} /
 * {@code <meta http-equiv=Content-Type content="...; charset=...">}, or in an XML declaration. The markup scan reads
 * only the first {@link #PRESCAN_BYTES} bytes, as ASCII, without building strings until it finds a label.
 */
final class DeclaredCharset {
    /** How far into the document a declaration is looked for (browsers use 1024; real pages put it later). */
    static final int PRESCAN_BYTES = 4096;
    private static final int MAX_LABEL = 40;

    private DeclaredCharset() {
    }

    /** The {@code charset} parameter of a Content-Type value, or {@code null}. */
    static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        byte[] b = contentType.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = indexOfIgnoreCase(b, 0, b.length, "charset");
        return at < 0 ? null : valueAfter(b, at + "charset".length(), b.length);
    }

    /** The label declared in the markup's first bytes (XML declaration or meta tag), or {@code null}. */
    static String fromMarkup(byte[] b, int start) {
        int end = Math.min(b.length, start + PRESCAN_BYTES);
        String xml = fromXmlDeclaration(b, start, end);
        if (xml != null) {
            return xml;
        }
        int i = start;
        while (i < end) {
            int lt = indexOf(b, (byte) '<', i, end);
            if (lt < 0) {
                return null;
            }
            if (startsWithIgnoreCase(b, lt, end, "<!--")) {
                int close = indexOfIgnoreCase(b, lt + 4, end, "-->");
                if (close < 0) {
                    return null;
                }
                i = close + 3;
                continue;
            }
            int tagEnd = indexOf(b, (byte) '>', lt, end);
            if (tagEnd < 0) {
                tagEnd = end;
            }
            if (startsWithIgnoreCase(b, lt + 1, end, "meta") && lt + 5 < end && isTagNameEnd(b[lt + 5])) {
                int cs = indexOfIgnoreCase(b, lt + 5, tagEnd, "charset");
                if (cs >= 0) {
                    String label = valueAfter(b, cs + "charset".length(), tagEnd);
                    if (label != null) {
                        return label;
                    }
                }
            }
            i = lt + 1;
        }
        return null;
    }

    private static String fromXmlDeclaration(byte[] b, int start, int end) {
        if (!startsWithIgnoreCase(b, start, end, "<?xml")) {
            return null;
        }
        int close = indexOfIgnoreCase(b, start, end, "?>");
        int limit = close < 0 ? end : close;
        int enc = indexOfIgnoreCase(b, start, limit, "encoding");
        return enc < 0 ? null : valueAfter(b, enc + "encoding".length(), limit);
    }

    /** Reads {@code = "label"} (spaces and quotes optional) starting at {@code i}; {@code null} when malformed. */
    private static String valueAfter(byte[] b, int i, int end) {
        i = skipSpaces(b, i, end);
        if (i >= end || b[i] != '=') {
            return null;
        }
        i = skipSpaces(b, i + 1, end);
        while (i < end && (b[i] == '"' || b[i] == '\'')) {
            i++;
        }
        int from = i;
        while (i < end && i - from < MAX_LABEL && isLabelByte(b[i])) {
            i++;
        }
        return i > from ? new String(b, from, i - from, java.nio.charset.StandardCharsets.US_ASCII) : null;
    }

    private static boolean isLabelByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private static boolean isTagNameEnd(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }

    private static int skipSpaces(byte[] b, int i, int end) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] b, byte c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static int indexOfIgnoreCase(byte[] b, int from, int end, String ascii) {
        int last = end - ascii.length();
        for (int i = from; i <= last; i++) {
            if (startsWithIgnoreCase(b, i, end, ascii)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the bytes at {@code at} spell {@code ascii} (given in lower case), ignoring ASCII case. */
    private static boolean startsWithIgnoreCase(byte[] b, int at, int end, String ascii) {
        if (at < 0 || at + ascii.length() > end) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            int c = b[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
