package vn.dxmonitor.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookHostsTest {

  private final WebhookHosts publicOnly =
      new WebhookHosts(List.of(), WebhookHostsTest::literalOnly);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, a loopback address",
    "127.8.9.10, a loopback address",
    "::1, a loopback address",
    "169.254.169.254, a link-local address",
    "fe80::1, a link-local address",
    "10.0.0.8, a private address",
    "172.16.0.1, a private address",
    "172.31.255.254, a private address",
    "192.168.1.10, a private address",
    "fd12:3456::1, a private address (fc00::/7",
    "fc00::5, a private address (fc00::/7",
    "100.100.100.200, a private address (100.64.0.0/10",
    "0.0.0.0, the unspecified address",
    ":: , the unspecified address",
    "0.1.2.3, an unspecified address (0.0.0.0/8",
    "224.0.0.1, a multicast address",
    "ff02::1, a multicast address",
    "255.255.255.255, a reserved address",
    "::ffff:10.1.2.3, a private address",
    "64:ff9b::a9fe:a9fe, a link-local address",
  })
  void anInternalAddressIsRefusedNamingWhatItIs(String address, String kind) {
    assertThat(publicOnly.refusal(address))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal)
                    .contains(kind)
                    .contains("dx.alerting.delivery.allowed-webhook-hosts"));
  }

  @ParameterizedTest
  @CsvSource({"203.0.113.7", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1"})
  void aPublicAddressIsAllowed(String address) {
    assertThat(publicOnly.refusal(address)).isEmpty();
  }

  @Test
  void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() {
    WebhookHosts hosts =
        new WebhookHosts(
            List.of(), names(Map.of("split.dx.test", new String[] {"203.0.113.7", "10.0.0.8"})));

    assertThat(hosts.refusal("split.dx.test"))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal)
                    .contains("'split.dx.test' resolves to 10.0.0.8, a private address"));
    assertThatThrownBy(() -> hosts.resolve("split.dx.test"))
        .isInstanceOf(RefusedWebhookHostException.class);
  }

  @Test
  void aListedHostMayBeInternalHoweverItIsWritten() throws Exception {
    WebhookHosts hosts =
        new WebhookHosts(
            List.of("Relay.DX.test", "[::1]"),
            names(Map.of("relay.dx.test", new String[] {"10.0.0.8"})));

    assertThat(hosts.refusal("relay.dx.test")).isEmpty();
    assertThat(hosts.refusal("RELAY.dx.test.")).isEmpty();
    assertThat(hosts.refusal("[::1]")).isEmpty();
    assertThat(hosts.resolve("relay.dx.test"))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("10.0.0.8");
    assertThat(hosts.refusal("127.0.0.1")).as("another loopback host, not listed").isPresent();
  }

  @Test
  void aNameThatDoesNotResolveIsRefusedWhenSet() {
    assertThat(publicOnly.refusal("nowhere.dx.test"))
        .hasValue("host 'nowhere.dx.test' cannot be resolved");
  }

  /** IP literals as themselves, and no name at all: the tests never ask the real DNS. */
  private static InetAddress[] literalOnly(String host) throws UnknownHostException {
    if (!host.matches("[0-9a-fA-F.:]+")) {
      throw new UnknownHostException(host);
    }
    return InetAddress.getAllByName(host);
  }

  private static WebhookHosts.Resolver names(Map<String, String[]> names) {
    return host -> {
      String[] addresses = names.get(host);
      if (addresses == null) {
        return literalOnly(host);
      }
      InetAddress[] resolved = new InetAddress[addresses.length];
      for (int i = 0; i < addresses.length; i++) {
        resolved[i] = InetAddress.getByName(addresses[i]);
      }
      return resolved;
    };
  }
}
