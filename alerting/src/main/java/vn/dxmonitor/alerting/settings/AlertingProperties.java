package vn.dxmonitor.alerting.settings;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param applicationId the Kafka Streams application id: instances with the same id share the
 *     provinces between them
 * @param stateDir where the engine keeps its state stores
 * @param tick how often the timers of active alerts are checked (pending and resolve periods,
 *     notification groups, escalations, silences)
 * @param evaluationInterval how often every unit is judged again with no new value
 * @param indexing whether this process keeps {@code dx-alerts} equal to {@code dx.alerts}
 * @param commandTimeout how long an operator's action may take to be applied and read back
 * @param delivery how notifications are delivered
 * @param alertmanager the Alertmanagers that mirror the firing alerts
 * @param rocksdbMemory the bound on the memory of all the engine's RocksDB stores together (read
 *     cache and write buffers, off the heap; see {@code BoundedRocksDbMemory})
 */
@ConfigurationProperties("dx.alerting")
public record AlertingProperties(
    @DefaultValue("dx-alerting") String applicationId,
    String stateDir,
    @DefaultValue("1s") Duration tick,
    @DefaultValue("30s") Duration evaluationInterval,
    @DefaultValue("true") boolean indexing,
    @DefaultValue("10s") Duration commandTimeout,
    @DefaultValue Delivery delivery,
    @DefaultValue Alertmanager alertmanager,
    @DefaultValue("16MB") DataSize rocksdbMemory) {

  public AlertingProperties {
    requirePositive(tick, "dx.alerting.tick");
    requirePositive(evaluationInterval, "dx.alerting.evaluation-interval");
    requirePositive(commandTimeout, "dx.alerting.command-timeout");
    if (stateDir == null || stateDir.isBlank()) {
      stateDir = System.getProperty("java.io.tmpdir") + "/dx-alerting";
    }
  }

  /**
   * @param enabled whether this process delivers notifications
   * @param attempts tries per channel before a notification is dead-lettered
   * @param initialBackoff the wait after the first failed attempt, doubled after each further one
   * @param maxBackoff the longest wait between attempts
   * @param timeout how long one webhook call may take
   * @param mailFrom the sender address of notification e-mails
   * @param allowedWebhookHosts host names and IP addresses, as written in webhook URLs, that a
   *     webhook may post to although they are internal (loopback, link-local, private, unspecified,
   *     multicast); none by default, so a receiver cannot make the platform post into its own
   *     network
   */
  public record Delivery(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("5") int attempts,
      @DefaultValue("1s") Duration initialBackoff,
      @DefaultValue("30s") Duration maxBackoff,
      @DefaultValue("10s") Duration timeout,
      @DefaultValue("dx-monitor@localhost") String mailFrom,
      @DefaultValue List<String> allowedWebhookHosts) {

    private static final Pattern HOST = Pattern.compile("\\[?[A-Za-z0-9._:%-]+]?");

    public Delivery {
      if (attempts < 1) {
        throw new IllegalArgumentException(
            "dx.alerting.delivery.attempts must be at least 1, but was " + attempts);
      }
      requirePositive(initialBackoff, "dx.alerting.delivery.initial-backoff");
      requirePositive(maxBackoff, "dx.alerting.delivery.max-backoff");
      requirePositive(timeout, "dx.alerting.delivery.timeout");
      allowedWebhookHosts = List.copyOf(allowedWebhookHosts);
      for (int i = 0; i < allowedWebhookHosts.size(); i++) {
        String host = allowedWebhookHosts.get(i);
        boolean hostAndPort = host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':');
        if (!HOST.matcher(host).matches() || hostAndPort) {
          throw new IllegalArgumentException(
              "dx.alerting.delivery.allowed-webhook-hosts["
                  + i
                  + "] must be a host name or an IP address such as 10.0.0.5, without scheme,"
                  + " port or path, but was '"
                  + host
                  + "'");
        }
      }
    }
  }

  /**
   * @param urls base URLs of the Alertmanagers to post to, e.g. {@code http://localhost:9093}; none
   *     turns the mirror off
   * @param resendInterval how often every firing alert is posted again
   * @param generatorBase the base of the link back to each alert in this platform's API
   */
  public record Alertmanager(
      @DefaultValue List<URI> urls,
      @DefaultValue("1m") Duration resendInterval,
      @DefaultValue("http://localhost:8080") String generatorBase) {

    public Alertmanager {
      requirePositive(resendInterval, "dx.alerting.alertmanager.resend-interval");
    }
  }

  private static void requirePositive(Duration duration, String property) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          property + " must be longer than zero, but was " + duration);
    }
  }
}
