package vn.dxmonitor.testsupport.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A broker's TLS identity: a key store holding its key and a certificate for {@code 127.0.0.1} and
 * {@code localhost}, and that certificate as PEM, which clients trust as an operator's would trust
 * the cluster's CA ({@code spring.kafka.ssl.trust-store-type=PEM}).
 *
 * @param keyStore the broker's PKCS12 key store
 * @param password the key store's password
 * @param certificate the certificate clients trust, PEM
 */
public record BrokerTls(Path keyStore, String password, Path certificate) {

  public BrokerTls {
    Objects.requireNonNull(keyStore, "keyStore");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(certificate, "certificate");
  }

  /** A fresh self-signed identity under {@code dir}, made with the running JDK's keytool. */
  public static BrokerTls selfSigned(Path dir) {
    try {
      Files.createDirectories(dir);
      Path keyStore = dir.resolve("broker.p12");
      Path certificate = dir.resolve("ca.crt");
      String password = UUID.randomUUID().toString();
      keytool(
          dir,
          "-genkeypair",
          "-alias",
          "broker",
          "-keyalg",
          "RSA",
          "-keysize",
          "2048",
          "-validity",
          "30",
          "-dname",
          "CN=localhost",
          "-ext",
          "SAN=ip:127.0.0.1,dns:localhost",
          "-storetype",
          "PKCS12",
          "-keystore",
          keyStore.toString(),
          "-storepass",
          password);
      keytool(
          dir,
          "-exportcert",
          "-rfc",
          "-alias",
          "broker",
          "-keystore",
          keyStore.toString(),
          "-storepass",
          password,
          "-file",
          certificate.toString());
      return new BrokerTls(keyStore, password, certificate);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a TLS identity for the broker in " + dir, e);
    }
  }

  /** The broker's settings for a TLS listener, and the trust its own inter-broker client needs. */
  List<String> serverProperties() {
    return List.of(
        "ssl.keystore.type=PKCS12",
        "ssl.keystore.location=" + keyStore,
        "ssl.keystore.password=" + password,
        "ssl.key.password=" + password,
        "ssl.truststore.type=PEM",
        "ssl.truststore.location=" + certificate);
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "BrokerTls[" + certificate + "]";
  }

  private static void keytool(Path dir, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.add("-noprompt");
    command.addAll(List.of(arguments));
    Path output = dir.resolve("keytool.out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(
            "keytool "
                + arguments[0]
                + " failed: "
                + Files.readString(output, StandardCharsets.UTF_8).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while keytool ran", e);
    }
  }
}
