package dev.panel.app.metrics;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkTest {

    private static boolean in(String network, String address) throws Exception {
        return Network.parse(network, "PANEL_METRICS_NETWORKS").contains(InetAddress.getByName(address));
    }

    @Test
    void a_block_holds_exactly_the_addresses_its_prefix_covers() throws Exception {
        assertThat(in("10.0.0.0/8", "10.255.1.2")).isTrue();
        assertThat(in("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(in("192.168.4.0/22", "192.168.7.255")).isTrue();
        assertThat(in("192.168.4.0/22", "192.168.8.0")).isFalse();
        assertThat(in("192.168.1.20", "192.168.1.20")).isTrue();
        assertThat(in("192.168.1.20", "192.168.1.21")).isFalse();
        assertThat(in("0.0.0.0/0", "203.0.113.9")).isTrue();
        assertThat(in("fd00::/8", "fd12:3456::1")).isTrue();
        assertThat(in("fd00::/8", "fe80::1")).isFalse();
        assertThat(in("10.0.0.0/8", "::1")).isFalse();
    }

    @Test
    void anything_but_an_address_block_is_refused_in_one_line_naming_the_setting_and_no_name_is_looked_up() {
        for (String bad : new String[]{"10.0.0.0/33", "10.0.0/8", "localhost", "example.org/24", "10.0.0.0/x", "::1/129", "10.0.0.0/"}) {
            assertThatThrownBy(() -> Network.parse(bad, "PANEL_METRICS_NETWORKS")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("PANEL_METRICS_NETWORKS '" + bad + "' is not a network");
        }
    }
}
