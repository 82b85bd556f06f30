package vn.dxmonitor.alerting.route;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells an address of the platform's own network from one on the internet: loopback, link-local
 * (where clouds answer their metadata service, credentials included), private, unspecified,
 * multicast, carrier-grade NAT and reserved addresses are internal. An IPv6 address that carries an
 * IPv4 one (IPv4-compatible, IPv4-mapped, NAT64) is judged by the IPv4 address it carries, since
 * that is where a connection to it ends up.
 */
final class InternalAddresses {

  private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b};

  private InternalAddresses() {}

  /**
   * What kind of internal address it is, as a phrase such as "a loopback address"; empty if none.
   */
  static Optional<String> kindOf(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address (where cloud metadata services answer)");
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("the unspecified address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast address");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("a private address");
    }
    if (address instanceof Inet4Address) {
      return ofIpv4(address.getAddress());
    }
    return ofIpv6((Inet6Address) address);
  }

  private static Optional<String> ofIpv4(byte[] bytes) {
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    if (first == 0) {
      return Optional.of("an unspecified address (0.0.0.0/8, this host's network)");
    }
    if (first == 100 && (second & 0xc0) == 64) {
      return Optional.of("a private address (100.64.0.0/10, carrier-grade NAT)");
    }
    if (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) {
      return Optional.of("a reserved address (192.0.0.0/24)");
    }
    if (first >= 240) {
      return Optional.of("a reserved address (240.0.0.0/4)");
    }
    return Optional.empty();
  }

  private static Optional<String> ofIpv6(Inet6Address address) {
    byte[] bytes = address.getAddress();
    if ((bytes[0] & 0xfe) == 0xfc) {
      return Optional.of("a private address (fc00::/7, unique local)");
    }
    boolean zeroPrefix = Arrays.equals(bytes, 0, 10, new byte[10], 0, 10);
    boolean mapped = zeroPrefix && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    boolean compatible = zeroPrefix && bytes[10] == 0 && bytes[11] == 0;
    boolean nat64 =
        Arrays.equals(bytes, 0, 4, NAT64_PREFIX, 0, 4)
            && Arrays.equals(bytes, 4, 12, new byte[8], 0, 8);
    if (mapped || compatible || nat64) {
      return kindOf(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
    }
    return Optional.empty();
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
