package org.verbatim.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses the server may fetch from: public unicast ones only. Loopback, private (RFC 1918, unique local,
 * carrier-grade NAT), link-local, multicast, unspecified and reserved addresses are refused, so that a page cannot
 * make the server read what only it can reach (its own API, a router, a cloud metadata service).
 */
final class AddressPolicy {
    private AddressPolicy() {
    }

    /** Why {@code a} may not be fetched from, or {@code null} when it is a public address. */
    static String refusal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (a instanceof Inet6Address) {
            return v6(b);
        }
        return null;
    }

    private static String v4(int a, int b, int c) {
        if (a == 0 || a >= 240) {
            return "a reserved address";
        }
        if (a == 100 && b >= 64 && b <= 127) {
            return "a private address (carrier-grade NAT)";
        }
        if (a == 192 && b == 0 && c == 0 || a == 198 && (b == 18 || b == 19)) {
            return "a reserved address";
        }
        if (a == 192 && b == 0 && c == 2 || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113) {
            return "a documentation address";
        }
        return null;
    }

    private static String v6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "a private address (unique local)";
        }
        boolean mappedOrCompatible = true;
        for (int i = 0; i < 10; i++) {
            mappedOrCompatible &= b[i] == 0;
        }
        if (mappedOrCompatible && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0)) {
            // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address: judge that one
            try {
                InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                return refusal(v4);
            } catch (java.net.UnknownHostException e) {
                return "a reserved address";
            }
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {
            return "a 6to4 address"; // 2002::/16 embeds an IPv4 address that may be private
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return "a Teredo address";
        }
        if (first == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address";
        }
        return null;
    }
}
