package org.verbatim.index;

/** A query the index cannot run: it does not parse, or it is too complex. A mistake of the query, not of the index. */
public class QueryException extends IllegalArgumentException {
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
