package org.verbatim.serve;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before it is handled: its {@code Host} must be one of the server's ({@link HostCheck}: 421
 * otherwise), and a request that changes or costs something (any method but GET, HEAD and OPTIONS) must come from
 * the server's own pages: an {@code Origin} other than the server's own, or a {@code Sec-Fetch-Site} other than
 * {@code same-origin} or {@code none}, gets 403. Browsers send both headers on such requests, and a page cannot
 * forge them; clients that send neither (curl, scripts) are not browsers acting for a page, and pass.
 */
final class RequestGuard {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private final HostCheck hosts;

    RequestGuard(HostCheck hosts) {
        this.hosts = hosts;
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (!hosts.allows(host)) {
            throw new Problem(421, "this server does not answer for host '" + clip(host) + "' (start it with "
                    + "--host-name NAME to allow a name)");
        }
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !OWN_FETCH_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
            throw new Problem(403, "requests from other sites are refused (Sec-Fetch-Site: " + clip(site) + ")");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !isOwn(origin, host, ctx.scheme())) {
            throw new Problem(403, "requests from other origins are refused (Origin: " + clip(origin) + ")");
        }
    }

    /** True when {@code origin} is {@code scheme://host} of this very request. */
    static boolean isOwn(String origin, String host, String scheme) {
        if (host == null) {
            return false;
        }
        return origin.strip().equalsIgnoreCase(scheme + "://" + host.strip());
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
