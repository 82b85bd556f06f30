package vn.dxmonitor.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KraftServerConfigTest {

  private static Properties parse(String text) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    return properties;
  }

  @Test
  void aPlainTextBrokerListensOnLoopbackWithItsControllerBeside() throws IOException {
    Properties properties =
        parse(KraftServerConfig.plaintext(19092, 19093, Path.of("/data/kafka")).text());

    assertThat(properties.getProperty("listeners"))
        .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    assertThat(properties.getProperty("controller.quorum.bootstrap.servers"))
        .isEqualTo("127.0.0.1:19093");
    assertThat(properties.getProperty("log.dirs")).isEqualTo("/data/kafka");
    assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
    assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
    assertThat(properties).doesNotContainKey("sasl.enabled.mechanisms");
  }

  @Test
  void theLogCleanersKeyMapLeavesMostOfASmallHeapFree() throws IOException {
    Properties properties = parse(KraftServerConfig.plaintext(1, 2, Path.of("d")).text());

    // Kafka's default, 128 MB, is held on the heap from the start: a 160 MB heap ran out of memory.
    assertThat(Long.parseLong(properties.getProperty("log.cleaner.dedupe.buffer.size")))
        .isLessThanOrEqualTo(32L << 20)
        .isGreaterThanOrEqualTo(1L << 20);
  }

  @Test
  void aScramBrokerAdmitsOnlySaslOnItsClientListenerAndLearnsTheUserAtFormatTime()
      throws IOException {
    KraftServerConfig config =
        KraftServerConfig.plaintext(1, 2, Path.of("d"))
            .withPartitions(6)
            .withScram(new ScramUser("dx", "s3cret"));
    Properties properties = parse(config.text());

    assertThat(properties.getProperty("listeners")).startsWith("SASL_PLAINTEXT://127.0.0.1:1,");
    assertThat(properties.getProperty("listener.security.protocol.map"))
        .isEqualTo("CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
    assertThat(properties.getProperty("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
    assertThat(properties.getProperty("num.partitions")).isEqualTo("6");
    assertThat(config.formatArguments(Path.of("server.properties"), "id"))
        .containsSequence("--add-scram", "SCRAM-SHA-512=[name=dx,password=s3cret]");
  }

  @Test
  void aScramBrokerWithTlsListensWithSaslOverSslAndItsOwnIdentity() throws IOException {
    BrokerTls tls = new BrokerTls(Path.of("k/broker.p12"), "pw", Path.of("k/ca.crt"));
    Properties properties =
        parse(
            KraftServerConfig.plaintext(1, 2, Path.of("d"))
                .withScram(new ScramUser("dx", "s3cret"))
                .withTls(tls)
                .text());

    assertThat(properties.getProperty("listeners")).startsWith("SASL_SSL://127.0.0.1:1,");
    assertThat(properties.getProperty("inter.broker.listener.name")).isEqualTo("SASL_SSL");
    assertThat(properties).containsKey("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config");
    assertThat(properties.getProperty("ssl.keystore.location")).isEqualTo("k/broker.p12");
    assertThat(properties.getProperty("ssl.truststore.type")).isEqualTo("PEM");
    assertThat(tls.toString()).doesNotContain("pw");
  }

  @Test
  void aUserPrintedShowsItsNameButNeverItsPassword() {
    assertThat(new ScramUser("dx", "s3cret").toString()).contains("dx").doesNotContain("s3cret");
  }

  @Test
  void aBrokerWithoutPartitionsIsRefused() {
    assertThatThrownBy(() -> KraftServerConfig.plaintext(1, 2, Path.of("d")).withPartitions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partitions");
  }
}
