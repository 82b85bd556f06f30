package vn.dxmonitor.alerting.route;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hosts a webhook may post to. Whoever may set the receivers could otherwise make the
 * platform send signed requests into its own network — to the cloud's metadata service, an admin
 * port on loopback, a neighbour on the private network — so a host whose address is internal (see
 * {@link InternalAddresses}) is refused unless the operator lists it in {@code
 * dx.alerting.delivery.allowed-webhook-hosts}. The check is made when the receivers are set, to
 * answer the administrator with the field at fault, and again on every connection, because a name
 * may resolve elsewhere by then: the webhook client connects to the very addresses {@link #resolve}
 * checked.
 */
public final class WebhookHosts {

  /** The property that lists the hosts allowed to be internal. */
  public static final String ALLOWED_PROPERTY = "dx.alerting.delivery.allowed-webhook-hosts";

  /** Looks up a host's addresses; the system's resolver outside tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowed;
  private final Resolver resolver;

  /**
   * @param allowed host names and IP addresses, as written in webhook URLs, that may be internal
   */
  public WebhookHosts(Collection<String> allowed, Resolver resolver) {
    this.allowed = allowed.stream().map(WebhookHosts::normalised).collect(Collectors.toSet());
    this.resolver = resolver;
  }

  /** No host may be internal; names are resolved by the system. */
  public static WebhookHosts publicOnly() {
    return new WebhookHosts(Set.of(), InetAddress::getAllByName);
  }

  /**
   * The addresses to connect to for a host, every one of them checked.
   *
   * @throws RefusedWebhookHostException when an address is internal and the host is not allowed
   * @throws UnknownHostException when the host has no address
   */
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String name = normalised(host);
    InetAddress[] addresses = resolver.resolve(name);
    if (allowed.contains(name)) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      Optional<String> kind = InternalAddresses.kindOf(address);
      if (kind.isPresent()) {
        throw new RefusedWebhookHostException(refusal(name, address, kind.get()));
      }
    }
    return addresses;
  }

  /** Why a webhook may not post to a host, or empty when it may. */
  public Optional<String> refusal(String host) {
    if (allowed.contains(normalised(host))) {
      return Optional.empty();
    }
    try {
      resolve(host);
      return Optional.empty();
    } catch (RefusedWebhookHostException e) {
      return Optional.of(e.getMessage());
    } catch (UnknownHostException e) {
      return Optional.of("host '" + host + "' cannot be resolved");
    }
  }

  private static String refusal(String host, InetAddress address, String kind) {
    String what =
        host.equals(address.getHostAddress())
            ? "'" + host + "' is " + kind
            : "'" + host + "' resolves to " + address.getHostAddress() + ", " + kind;
    return what
        + "; a webhook may reach an internal address only if its host is listed in "
        + ALLOWED_PROPERTY;
  }

  /** As compared: lower case, without an IPv6 literal's brackets or a name's final dot. */
  static String normalised(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
