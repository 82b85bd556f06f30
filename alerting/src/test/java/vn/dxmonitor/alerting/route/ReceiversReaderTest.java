package vn.dxmonitor.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;

class ReceiversReaderTest {

  private final AtomicInteger lookups = new AtomicInteger();
  private final WebhookHosts hosts =
      new WebhookHosts(
          List.of(),
          host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {
              InetAddress.getByName(host.equals("metadata.dx.test") ? "169.254.169.254" : host)
            };
          });

  @Test
  void aWebhookToAnInternalAddressIsRefusedNamingItsFieldAndWhy() {
    ReceiversDocument document =
        ReceiversReader.parse(
            """
            receivers:
              - id: fine
                unit: "52"
                webhook: {url: "https://203.0.113.7/hook", secret: "0123456789abcdef"}
              - id: metadata
                unit: "52"
                webhook: {url: "http://metadata.dx.test/latest/", secret: "0123456789abcdef"}
              - id: gopher
                unit: "52"
                webhook: {url: "gopher://203.0.113.7/", secret: "0123456789abcdef"}
            """);

    assertThatThrownBy(() -> ReceiversReader.read(document, null, hosts))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Map.entry(
                            "receivers[1].webhook.url",
                            "'metadata.dx.test' resolves to 169.254.169.254, a link-local address"
                                + " (where cloud metadata services answer); a webhook may reach an"
                                + " internal address only if its host is listed in"
                                + " dx.alerting.delivery.allowed-webhook-hosts"),
                        Map.entry(
                            "receivers[2].webhook.url",
                            "must be an http or https URL with a host, but was"
                                + " 'gopher://203.0.113.7/'")));
  }

  @Test
  void aStoredDocumentIsReadWithoutResolvingAnyHost() {
    ReceiversDocument document =
        ReceiversReader.parse(
            """
            receivers:
              - id: metadata
                unit: "52"
                webhook: {url: "http://metadata.dx.test/latest/", secret: "0123456789abcdef"}
            """);

    assertThatCode(() -> ReceiversReader.read(document, null)).doesNotThrowAnyException();
    assertThat(lookups).hasValue(0);
  }
}
