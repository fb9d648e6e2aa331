package org.verbatim.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.Ids;
import org.verbatim.index.QueryException;
import org.verbatim.json.ArticleJsonReader;
import org.verbatim.pipeline.PageProcessor;
import java.util.concurrent.CompletableFuture;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;

/** The JSON API's handlers; every bad parameter becomes a {@link Problem} with a message. Thread-safe. */
final class Api {
    /** Largest request body accepted by {@code POST /api/extract}. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Largest page fetched for {@code POST /api/extract?url=}. */
    static final int MAX_FETCH_BYTES = 5 * 1024 * 1024;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUOTE_LIMIT = 1000;
    static final int MAX_OFFSET = 1000;
    /** Snippet match markers: private-use characters that never occur in stored text are cut into spans. */
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    /** Request attribute set once a problem document is written, so the 404 fallback leaves it alone. */
    static final String PROBLEM_WRITTEN = "verbatim.problem";

    /** Longest a request body may take to arrive, and the slowest average rate allowed after the first seconds. */
    static final long BODY_SECONDS = 20;
    static final long BODY_GRACE_SECONDS = 3;
    static final long MIN_BODY_BYTES_PER_SECOND = 4 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final ArticleSearch search;
    /** The quotes, speakers and entities of the stored annotations, loading in the background from start-up. */
    private final CompletableFuture<QuoteStore> store;
    /** The per-page path, for posted pages. */
    private final PageProcessor pages;
    /** Fetches for {@code ?url=}, or {@code null} when fetching is off. */
    private final GuardedFetch fetch;
    private final ExtractionGate gate;
    /** Search answers by their parameters: the index snapshot is fixed, so an answer never goes stale. */
    private final ResponseCache searches;

    Api(ArticleSearch search, CompletableFuture<QuoteStore> store, PageProcessor pages, int cacheEntries,
            GuardedFetch fetch, ExtractionGate gate) {
        this.searches = new ResponseCache(cacheEntries);
        this.search = search;
        this.store = store;
        this.pages = pages;
        this.fetch = fetch;
        this.gate = gate;
    }

    /**
     * Up as soon as the index is open: article and quote counts come from the index; {@code speakers} is
     * {@code null} (and {@code quotes_loaded} false) while the quote pages' store is still being read.
     */
    void health(Context ctx) throws IOException {
        ObjectNode o = json.createObjectNode().put("status", "ok").put("articles", search.articleCount())
                .put("quotes", search.quoteCount());
        QuoteStore loaded = store.isDone() && !store.isCompletedExceptionally() ? store.join() : null;
        if (loaded == null) {
            o.putNull("speakers");
        } else {
            o.put("speakers", loaded.speakers().size());
        }
        o.put("quotes_loaded", loaded != null).put("extract_timeouts", gate.timeouts());
        send(ctx, o);
    }

    /** The quote store, once read (the first quote request after start-up waits for it). */
    private QuoteStore store() {
        try {
            return store.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot read the stored quotes: " + e.getCause(), e.getCause());
        }
    }

    void search(Context ctx) {
        int limit = intParam(ctx, "limit", 10, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        ArticleSearch.Request r = new ArticleSearch.Request(ctx.queryParam("q"), blankToNull(ctx.queryParam("site")),
                dateParam(ctx, "from"), dateParam(ctx, "to"), blankToNull(ctx.queryParam("lang")), offset + limit,
                true);
        String key = String.join("\u0000", String.valueOf(r.query()), String.valueOf(r.site()),
                String.valueOf(r.from()), String.valueOf(r.to()), String.valueOf(r.lang()), limit + "/" + offset);
        byte[] body = searches.get(key, () -> bytes(searchAnswer(r, offset)));
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private ObjectNode searchAnswer(ArticleSearch.Request r, int offset) {
        ArticleSearch.Result res;
        try {
            res = search.search(r, OPEN, CLOSE, false);
        } catch (QueryException e) {
            throw Problem.badRequest(firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad query: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode o = json.createObjectNode();
        o.put("total", res.totalHits());
        o.put("offset", offset);
        ArrayNode hits = o.putArray("hits");
        List<ArticleSearch.Hit> page = res.hits().subList(Math.min(offset, res.hits().size()), res.hits().size());
        for (ArticleSearch.Hit h : page) {
            ObjectNode hn = hits.addObject();
            hn.put("id", h.id()).put("url", ArticleView.webUrl(h.url())).put("title", h.title())
                    .put("published", h.published())
                    .put("site_name", h.siteName()).put("site", h.site()).put("lang", h.lang())
                    .put("copies", h.copies()).put("cluster", h.cluster());
            hn.set("snippet", snippet(h.snippet()));
        }
        ObjectNode facets = o.putObject("facets");
        res.facets().forEach((dim, counts) -> {
            ArrayNode a = facets.putArray(dim);
            counts.forEach((label, n) -> a.addObject().put("value", label).put("count", n));
        });
        return o;
    }

    /** Cuts a marked snippet into {@code [{text, hit}]} spans, so that no client ever parses markup. */
    static ArrayNode snippet(String marked) {
        ArrayNode spans = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        if (marked == null) {
            return spans;
        }
        int pos = 0;
        while (pos < marked.length()) {
            int open = marked.indexOf(OPEN, pos);
            if (open < 0) {
                spans.addObject().put("text", marked.substring(pos)).put("hit", false);
                break;
            }
            if (open > pos) {
                spans.addObject().put("text", marked.substring(pos, open)).put("hit", false);
            }
            int close = marked.indexOf(CLOSE, open);
            int end = close < 0 ? marked.length() : close;
            spans.addObject().put("text", marked.substring(open + OPEN.length(), end)).put("hit", true);
            pos = close < 0 ? marked.length() : close + CLOSE.length();
        }
        return spans;
    }

    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ArticleSearch.Stored s = search.article(id).orElseThrow(() -> Problem.notFound("no article with id " + id));
        ObjectNode stored = QuoteStore.parse(s);
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("cluster", s.cluster());
        o.setAll(stored);
        ArticleView.webUrls(o);
        ArticleView.annotate(o, ArticleJsonReader.annotation(stored)); // what ingest stored, not annotated again
        ArrayNode copies = o.putArray("copies");
        for (ArticleSearch.Copy c : search.copies(s.cluster(), s.id())) {
            copies.addObject().put("id", c.id()).put("url", ArticleView.webUrl(c.url())).put("site_name", c.siteName())
                    .put("host", c.host()).put("title", c.title()).put("published", c.published());
        }
        send(ctx, o);
    }

    void quotes(Context ctx) {
        int limit = intParam(ctx, "limit", 50, 1, MAX_QUOTE_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String speaker = blankToNull(ctx.queryParam("speaker"));
        List<QuoteStore.Entry> all = store().quotes(speaker == null ? null : Ids.of(speaker),
                blankToNull(ctx.queryParam("q")), dateParam(ctx, "from"), dateParam(ctx, "to"));
        ObjectNode o = json.createObjectNode();
        o.put("total", all.size());
        quoteList(o.putArray("quotes"), all.subList(Math.min(offset, all.size()),
                Math.min(all.size(), offset + limit)));
        send(ctx, o);
    }

    void speakers(Context ctx) {
        int limit = intParam(ctx, "limit", 100, 1, MAX_QUOTE_LIMIT);
        String q = blankToNull(ctx.queryParam("q"));
        List<QuoteStore.SpeakerInfo> all = store().speakers().stream()
                .filter(s -> q == null || s.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .toList();
        ObjectNode o = json.createObjectNode();
        o.put("total", all.size());
        ArrayNode a = o.putArray("speakers");
        all.stream().limit(limit).forEach(s -> speakerNode(a.addObject(), s));
        send(ctx, o);
    }

    void speaker(Context ctx) {
        String id = ctx.pathParam("id");
        QuoteStore.SpeakerInfo s = store().speaker(id);
        if (s == null) {
            throw Problem.notFound("no speaker with id " + id);
        }
        ObjectNode o = json.createObjectNode();
        speakerNode(o.putObject("speaker"), s);
        ArrayNode months = o.putArray("per_month");
        store().perMonth(id).forEach((m, n) -> months.addObject().put("month", m).put("count", n));
        quoteList(o.putArray("quotes"), store().quotes(id, null, null, null));
        send(ctx, o);
    }

    void entities(Context ctx) {
        int limit = intParam(ctx, "limit", 100, 1, MAX_QUOTE_LIMIT);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw Problem.badRequest("q is longer than 200 characters");
        }
        List<QuoteStore.EntityInfo> all = store().entities(q);
        ObjectNode o = json.createObjectNode();
        o.put("total", all.size());
        ArrayNode a = o.putArray("entities");
        all.stream().limit(limit).forEach(e -> a.addObject().put("id", e.id()).put("name", e.name())
                .put("type", e.type()).put("mentions", e.mentions()).put("articles", e.articles()));
        send(ctx, o);
    }

    /**
     * Extracts a posted page: {@code text/html} or {@code text/plain} body (optional {@code url} parameter as its
     * address), or an empty body with {@code url} to fetch (only when the server runs with {@code --allow-fetch}).
     *
     * <p>Limits, in order: the declared size (413) and media type (415) before anything is read; a place in the
     * {@link ExtractionGate} (503 with {@code Retry-After} when full) before the body is read; the body must arrive
     * within {@value #BODY_SECONDS} s and, after {@value #BODY_GRACE_SECONDS} s, at {@value #MIN_BODY_BYTES_PER_SECOND}
     * bytes/s on average (408); a page over the extraction or annotation work budget is refused with the budget's
     * words (422), never answered cut.
     */
    void extract(Context ctx) throws IOException {
        String len = ctx.header("Content-Length");
        if (len != null && len.matches("\\d{1,18}") && Long.parseLong(len) > MAX_BODY_BYTES) {
            throw new Problem(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String base = type.split(";", 2)[0].strip();
        if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml")
                && !base.equals("text/plain")) {
            throw new Problem(415, "post text/html or text/plain (got '" + base + "')");
        }
        Charset charset = charset(type); // first: the servlet layer decodes query parameters with it
        String url = blankToNull(ctx.queryParam("url"));
        if (url != null) {
            checkUrl(url);
        }
        Article a;
        try (ExtractionGate.Ticket ticket = gate.admit()) {
            byte[] body = readBody(ctx);
            if (body.length == 0) {
                a = fetchAndExtract(ticket, url);
            } else if (base.isEmpty()) {
                throw new Problem(415, "post text/html or text/plain (got no Content-Type)");
            } else {
                boolean text = base.equals("text/plain");
                a = ticket.run(() -> pages.article(text ? textPage(body, charset, url)
                        : org.verbatim.model.Page.html(url, url, body)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem(503, "the server is stopping");
        }
        overBudget(a);
        ObjectNode o = ArticleJson.toNode(a);
        ArticleView.webUrls(o);
        ArticleView.annotate(o, a.annotation());
        send(ctx, o);
    }

    private static org.verbatim.model.Page textPage(byte[] body, Charset charset, String url) {
        return new org.verbatim.model.Page(url, url, new String(body, charset).getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", org.verbatim.model.Page.Kind.TEXT);
    }

    private Article fetchAndExtract(ExtractionGate.Ticket ticket, String url) throws InterruptedException {
        if (url == null) {
            throw Problem.badRequest("post an HTML or text body, or give ?url= of a page to fetch");
        }
        if (fetch == null) {
            throw new Problem(403, "this server does not fetch pages (start it with --allow-fetch); post the page "
                    + "itself instead");
        }
        return ticket.run(() -> {
            try {
                return pages.article(fetch.fetch(url));
            } catch (GuardedFetch.FetchError e) {
                throw new Problem(e.refused ? 403 : 502, e.getMessage());
            }
        });
    }

    /** 422 when the page was over a work budget: the API answers whole pages or says why not. */
    private static void overBudget(Article a) {
        List<String> over = a.warnings().stream().filter(Article::isBudgetWarning).toList();
        if (!over.isEmpty()) {
            throw new Problem(422, "the page is over the work budget: " + String.join("; ", over));
        }
    }

    /**
     * The request body, read within the time and rate limits of {@link #extract}; 413 beyond
     * {@value #MAX_BODY_BYTES} bytes, 408 when it comes too slowly or stops.
     */
    static byte[] readBody(Context ctx) {
        long start = System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    throw new Problem(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                out.write(buf, 0, n);
                double secs = (System.nanoTime() - start) / 1e9;
                if (secs > BODY_SECONDS) {
                    throw new Problem(408, "the body did not arrive within " + BODY_SECONDS + " s");
                }
                if (secs > BODY_GRACE_SECONDS && out.size() / secs < MIN_BODY_BYTES_PER_SECOND) {
                    throw new Problem(408, "the body arrives slower than " + MIN_BODY_BYTES_PER_SECOND
                            + " bytes/s");
                }
            }
        } catch (IOException e) {
            throw new Problem(408, "the body stopped arriving: " + firstLine(String.valueOf(e.getMessage())));
        }
        return out.toByteArray();
    }

    private static void checkUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw Problem.badRequest("url must be an http(s) address with a host");
            }
        } catch (URISyntaxException e) {
            throw Problem.badRequest("url is not a valid address: " + e.getReason());
        }
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw Problem.badRequest("unknown charset " + p.substring(8));
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void quoteList(ArrayNode a, List<QuoteStore.Entry> entries) {
        for (QuoteStore.Entry e : entries) {
            ObjectNode q = a.addObject();
            q.put("text", e.text()).put("kind", e.kind()).put("cue", e.cue()).put("said_on", e.saidOn())
                    .put("date", e.date() == null ? null : e.date().toString()).put("index", e.index());
            if (e.speakerId() == null) {
                q.putNull("speaker");
            } else {
                q.putObject("speaker").put("id", e.speakerId()).put("name", e.speakerName())
                        .put("title", e.speakerTitle());
            }
            q.putObject("article").put("id", e.articleId()).put("title", e.articleTitle())
                    .put("url", ArticleView.webUrl(e.url()))
                    .put("site_name", e.siteName()).put("published", e.published());
        }
    }

    private static void speakerNode(ObjectNode o, QuoteStore.SpeakerInfo s) {
        o.put("id", s.id()).put("name", s.name()).put("title", s.title()).put("type", s.type())
                .put("quotes", s.quotes()).put("articles", s.articles());
    }

    void send(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(bytes(body));
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    /** Writes a problem document. */
    void problem(Context ctx, int status, String detail) {
        ObjectNode o = json.createObjectNode();
        o.put("type", "about:blank").put("title", Problem.title(status)).put("status", status).put("detail", detail);
        ctx.status(status);
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        try {
            ctx.contentType("application/problem+json; charset=utf-8").result(json.writeValueAsBytes(o));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw Problem.badRequest(name + " must be between " + min + " and " + max + " (got " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + " must be a whole number (got '" + clip(v) + "')");
        }
    }

    static LocalDate dateParam(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 7) {
                java.time.YearMonth m = java.time.YearMonth.parse(v);
                return name.equals("to") ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name + " must be a date YYYY-MM-DD or month YYYY-MM (got '" + clip(v) + "')");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Unused parameters are not an error; this keeps the set of known ones for the OpenAPI test. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/search", List.of("q", "site", "lang", "from", "to", "limit", "offset"),
            "/api/quotes", List.of("speaker", "q", "from", "to", "limit", "offset"),
            "/api/speakers", List.of("q", "limit"),
            "/api/entities", List.of("q", "limit"),
            "/api/extract", List.of("url"));
}
