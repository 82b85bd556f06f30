package vn.dxmonitor.alerting.route;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.alerting.config.Problems;
import vn.dxmonitor.model.unit.UnitHistory;

/** Checks a receivers document, naming every field at fault, and turns it into {@link Routes}. */
public final class ReceiversReader {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MIN_SECRET = 16;
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ReceiversReader() {}

  /** Reads YAML or JSON into a document, without checking its values. */
  public static ReceiversDocument parse(String text) {
    try {
      return YAML.readValue(text, ReceiversDocument.class);
    } catch (JacksonException e) {
      throw new InvalidConfigurationException(
          List.of(
              new SimpleEntry<>(
                  "receivers", "is not a receivers document: " + e.getOriginalMessage())));
    }
  }

  /**
   * Checks a stored document: what was checked when it was set is not looked up again, so that a
   * resolver's hiccup never leaves every receiver unused; deliveries check each host as they
   * connect.
   *
   * @param units when given, every receiver's unit must be in it
   * @throws InvalidConfigurationException naming every field at fault
   */
  public static Routes read(ReceiversDocument document, UnitHistory units) {
    return read(document, units, null);
  }

  /**
   * Checks a document about to be set.
   *
   * @param units when given, every receiver's unit must be in it
   * @param hosts when given, every webhook's host must be one it allows
   * @throws InvalidConfigurationException naming every field at fault
   */
  public static Routes read(ReceiversDocument document, UnitHistory units, WebhookHosts hosts) {
    Problems problems = new Problems();
    RoutingSettings settings = document.routing();
    Routing routing =
        new Routing(
            orDefault(
                problems.positiveDuration(settings.groupWait(), "routing.groupWait"),
                Routing.GROUP_WAIT),
            orDefault(
                problems.positiveDuration(settings.groupInterval(), "routing.groupInterval"),
                Routing.GROUP_INTERVAL),
            orDefault(
                problems.positiveDuration(settings.repeatInterval(), "routing.repeatInterval"),
                Routing.REPEAT_INTERVAL),
            orDefault(
                problems.positiveDuration(settings.escalateAfter(), "routing.escalateAfter"),
                Routing.ESCALATE_AFTER),
            digestAt(settings.digestAt(), problems));
    Set<String> ids = new HashSet<>();
    List<Receiver> receivers = document.receivers();
    for (int i = 0; i < receivers.size(); i++) {
      check(receivers.get(i), "receivers[" + i + "]", units, hosts, ids, problems);
    }
    problems.throwIfAny();
    return new Routes(routing, receivers);
  }

  private static void check(
      Receiver receiver,
      String at,
      UnitHistory units,
      WebhookHosts hosts,
      Set<String> ids,
      Problems problems) {
    if (receiver == null) {
      problems.add(at, "must be an object");
      return;
    }
    if (receiver.id() == null || !ID.matcher(receiver.id()).matches()) {
      problems.add(
          at + ".id",
          "must be 1–64 lower-case letters, digits, '.', '_' or '-', but was '"
              + receiver.id()
              + "'");
    } else if (!ids.add(receiver.id())) {
      problems.add(at + ".id", "'" + receiver.id() + "' is used by an earlier receiver");
    }
    if (receiver.unit() == null) {
      problems.add(
          at + ".unit", "is required: the unit code whose subtree the receiver answers for");
    } else if (units != null && units.latest(receiver.unit()).isEmpty()) {
      problems.add(at + ".unit", "unit '" + receiver.unit() + "' is not in the unit registry");
    }
    if (receiver.webhook() == null && receiver.email().isEmpty()) {
      problems.add(at, "needs a webhook, an e-mail address, or both");
    }
    if (receiver.webhook() != null) {
      checkWebhook(receiver.webhook(), at + ".webhook", hosts, problems);
    }
    for (int i = 0; i < receiver.email().size(); i++) {
      String address = receiver.email().get(i);
      if (address == null || !EMAIL.matcher(address).matches()) {
        problems.add(
            at + ".email[" + i + "]", "must be an e-mail address, but was '" + address + "'");
      }
    }
  }

  private static void checkWebhook(
      WebhookTarget webhook, String at, WebhookHosts hosts, Problems problems) {
    try {
      URI url = new URI(webhook.url() == null ? "" : webhook.url());
      if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
          || url.getHost() == null) {
        problems.add(
            at + ".url",
            "must be an http or https URL with a host, but was '" + webhook.url() + "'");
      } else if (hosts != null) {
        hosts.refusal(url.getHost()).ifPresent(refusal -> problems.add(at + ".url", refusal));
      }
    } catch (URISyntaxException e) {
      problems.add(at + ".url", "is not a URL: " + e.getMessage());
    }
    if (webhook.secret() == null || webhook.secret().length() < MIN_SECRET) {
      problems.add(
          at + ".secret",
          "must be at least " + MIN_SECRET + " characters: it signs every notification");
    }
  }

  private static LocalTime digestAt(String text, Problems problems) {
    if (text == null) {
      return Routing.DIGEST_AT;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problems.add("routing.digestAt", "must be a time of day as HH:mm, but was '" + text + "'");
      return Routing.DIGEST_AT;
    }
  }

  private static Duration orDefault(Duration duration, Duration fallback) {
    return duration == null ? fallback : duration;
  }
}
