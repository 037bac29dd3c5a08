package dev.panel.app.metrics;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An address block written as CIDR ({@code 10.0.0.0/8}, {@code fd00::/8}), or one address, which is a block of one. */
final class Network {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] base;
    private final int prefix;
    private final String written;

    private Network(byte[] base, int prefix, String written) {
        this.base = base;
        this.prefix = prefix;
        this.written = written;
    }

    /** The block, or a one-line refusal naming the setting; only address literals, so that parsing never asks DNS. */
    static Network parse(String text, String setting) {
        String written = text.strip();
        int slash = written.indexOf('/');
        String address = slash < 0 ? written : written.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            throw notANetwork(written, setting);
        }
        byte[] base;
        try {
            base = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException malformed) {
            throw notANetwork(written, setting);
        }
        int bits = base.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(written.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
            throw notANetwork(written, setting);
        }
        if (prefix < 0 || prefix > bits) {
            throw notANetwork(written, setting);
        }
        return new Network(base, prefix, written);
    }

    private static IllegalArgumentException notANetwork(String written, String setting) {
        return new IllegalArgumentException(setting + " '" + written + "' is not a network: write address blocks such as "
                + "10.0.0.0/8, 192.168.1.20 or fd00::/8, separated by commas");
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != base.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != base[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[whole] & mask) == (base[whole] & mask);
    }

    @Override
    public String toString() {
        return written;
    }
}
