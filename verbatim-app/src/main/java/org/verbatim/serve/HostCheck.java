package org.verbatim.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} headers the server answers, against DNS rebinding (a name of the attacker's that first points
 * to the attacker, then to this server, so that a page in the user's browser can read the API as same-origin): the
 * address it listens on, {@code localhost}, and the names given with {@code --host-name}. Listening on every
 * interface ({@code 0.0.0.0} or {@code ::}) allows every address of every local interface. A request without a
 * {@code Host} (HTTP/1.0) passes: browsers always send one.
 */
final class HostCheck {
    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = Collections.unmodifiableSet(allowed);
    }

    /**
     * @param bindHost  the address the server listens on, as given
     * @param hostNames further names the server is reached by (a reverse proxy's, a LAN name)
     */
    static HostCheck of(String bindHost, Collection<String> hostNames) {
        Set<String> names = new TreeSet<>();
        names.add("localhost");
        names.add(normal(bindHost));
        for (String n : hostNames) {
            names.add(normal(n));
        }
        try {
            InetAddress bound = InetAddress.getByName(bindHost);
            if (bound.isAnyLocalAddress()) {
                names.addAll(localAddresses());
            } else {
                names.add(normal(bound.getHostAddress()));
            }
        } catch (UnknownHostException e) {
            // the server cannot listen there either; only the names given are allowed
        }
        return new HostCheck(names);
    }

    /** Every address of every local interface, in their literal forms. */
    private static Set<String> localAddresses() {
        Set<String> out = new TreeSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    out.add(normal(a.getHostAddress()));
                }
            }
        } catch (SocketException e) {
            out.add("127.0.0.1");
            out.add("::1");
        }
        return out;
    }

    /** True when a request with this {@code Host} header (possibly {@code null}) may be answered. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return true;
        }
        return allowed.contains(normal(withoutPort(hostHeader)));
    }

    Set<String> allowed() {
        return allowed;
    }

    /** {@code [::1]:8080} gives {@code [::1]}, {@code news.example:8080} gives {@code news.example}. */
    static String withoutPort(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }

    /** Lower case, without IPv6 brackets, a trailing dot, or an interface suffix ({@code fe80::1%eth0}). */
    static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        int pct = h.indexOf('%');
        if (pct >= 0) {
            h = h.substring(0, pct);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            try { // one spelling of each IPv6 address: 0:0:0:0:0:0:0:1 and ::1 are the same
                h = InetAddress.getByName(h).getHostAddress().toLowerCase(Locale.ROOT);
                int p = h.indexOf('%');
                h = p >= 0 ? h.substring(0, p) : h;
            } catch (UnknownHostException e) {
                // not an address: keep as written
            }
        }
        return h;
    }
}
