/**
 * The REST API and web app ({@code ./verbatim serve}, {@code ./verbatim demo}).
 *
 * <p>{@link org.verbatim.serve.WebServer} serves, from one process bound to 127.0.0.1 by default: the JSON API under
 * {@code /api} (described by {@code /api/openapi.json}), {@code /health}, and a plain HTML/CSS/JS app (no build step,
 * no CDN) read from {@code org/verbatim/serve/web/} on the class path through a fixed allow-list. Quotes, speakers
 * and entities are found by annotating every stored article when the server starts ({@code QuoteStore}).
 *
 * <p>Load test, against a running server (a second JVM):
 * <pre>
 * ./verbatim ingest --index /tmp/vb-load-index verbatim-app/src/main/resources/org/verbatim/demo/corpus \
 *     ../shared/corpora/fundus/pages
 * ./verbatim serve --index /tmp/vb-load-index --port 8090 &amp;
 * java -cp "verbatim-bench/target/verbatim-bench.jar:verbatim-bench/target/lib/*" org.verbatim.bench.web.LoadTest \
 *     http://127.0.0.1:8090 200 30 200
 * </pre>
 *
 * <p>Slow-body load test (the server's limits: 300 connections trickling a body into {@code POST /api/extract} while
 * 50 clients ask {@code /health}; passes when they see no error and p99 stays under 500 ms):
 * <pre>
 * java -cp "verbatim-bench/target/verbatim-bench.jar:verbatim-bench/target/lib/*" org.verbatim.bench.web.SlowBodyLoadTest \
 *     http://127.0.0.1:8090 300 50 30 500
 * </pre>
 */
package org.verbatim.serve;
