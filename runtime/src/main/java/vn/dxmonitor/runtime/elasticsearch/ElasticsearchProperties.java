package vn.dxmonitor.runtime.elasticsearch;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;
import vn.dxmonitor.runtime.lifecycle.SecretFile;

/**
 * Where Elasticsearch is, how the platform logs in to it and whom it trusts there, and how the
 * platform's indices are named. Without credentials the platform talks to a node whose security is
 * off (the local run, the tests); the compose deployment logs in as its own user over TLS. A
 * setting that cannot work stops start-up naming the property; no secret is ever in a message or in
 * {@link #toString()}.
 *
 * @param uris addresses of the nodes, {@code http://} or {@code https://}
 * @param indexPrefix prepended to every index and template name, so several deployments (or tests)
 *     can share one cluster
 * @param replicas replicas of every index the platform makes: 0 on a single node (the default), 1
 *     on a cluster of three
 * @param username the user to log in as (basic authentication), with a password
 * @param password that user's password; or
 * @param passwordFile a file holding it (a mounted secret), read at start
 * @param apiKey an API key instead of a user: the {@code encoded} value Elasticsearch returned when
 *     it made the key, or its {@code id:api_key}; or
 * @param apiKeyFile a file holding it
 * @param caCertificate a PEM file of the certificate authorities to trust for {@code https://}
 *     nodes, such as the deployment's own CA; without it, the JVM's default trust store
 */
@Validated
@ConfigurationProperties("dx.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue("http://127.0.0.1:9200") @NotEmpty List<URI> uris,
    @DefaultValue("") String indexPrefix,
    @DefaultValue("0") @PositiveOrZero int replicas,
    String username,
    String password,
    Path passwordFile,
    String apiKey,
    Path apiKeyFile,
    Path caCertificate) {

  private static final String PREFIX = "dx.elasticsearch.";
  private static final String HIDDEN = "******";

  public ElasticsearchProperties {
    // An environment variable set to nothing (compose's ${NAME:-}) means unset.
    username = blankToNull(username);
    password = blankToNull(password);
    apiKey = blankToNull(apiKey);
    boolean aPassword = password != null || passwordFile != null;
    boolean aKey = apiKey != null || apiKeyFile != null;
    if (password != null && passwordFile != null) {
      throw invalid(
          "password-file", passwordFile, "set the password or a file holding it, not both");
    }
    if (apiKey != null && apiKeyFile != null) {
      throw invalid("api-key-file", apiKeyFile, "set the API key or a file holding it, not both");
    }
    if (aPassword && username == null) {
      throw invalid(
          password != null ? "password" : "password-file",
          password != null ? HIDDEN : passwordFile,
          "a password needs " + PREFIX + "username");
    }
    if (username != null && !aPassword) {
      throw invalid(
          "username",
          username,
          "a user needs " + PREFIX + "password or " + PREFIX + "password-file");
    }
    if (aKey && username != null) {
      throw invalid(
          apiKey != null ? "api-key" : "api-key-file",
          apiKey != null ? HIDDEN : apiKeyFile,
          "log in with an API key or with a username and password, not both");
    }
    requireReadable("password-file", passwordFile);
    requireReadable("api-key-file", apiKeyFile);
    if (uris != null) {
      for (URI uri : uris) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
          throw invalid("uris", uri, "each node is http://HOST:PORT or https://HOST:PORT");
        }
      }
    }
    if (caCertificate != null && !Files.isRegularFile(caCertificate)) {
      throw invalid(
          "ca-certificate",
          caCertificate,
          "no such file; it should hold the PEM certificate of the CA that signed the nodes'"
              + " certificates");
    }
  }

  /** Nodes at these addresses, without credentials or a CA of their own: the local run, tests. */
  public static ElasticsearchProperties of(List<URI> uris) {
    return new ElasticsearchProperties(uris, "", 0, null, null, null, null, null, null);
  }

  /** The same settings for other nodes (a tool told where Elasticsearch is on its command line). */
  public ElasticsearchProperties withUris(List<URI> others) {
    return new ElasticsearchProperties(
        others,
        indexPrefix,
        replicas,
        username,
        password,
        passwordFile,
        apiKey,
        apiKeyFile,
        caCertificate);
  }

  /** The password, read from its file when it is in one; null without a user. */
  public String resolvePassword() {
    return passwordFile != null
        ? SecretFile.read(passwordFile, PREFIX + "password-file")
        : password;
  }

  /** The API key, read from its file when it is in one; null without one. */
  public String resolveApiKey() {
    return apiKeyFile != null ? SecretFile.read(apiKeyFile, PREFIX + "api-key-file") : apiKey;
  }

  /** Who the platform is to Elasticsearch, for messages: a user, an API key or nobody. */
  String principal() {
    if (username != null) {
      return "user '" + username + "'";
    }
    return apiKey != null || apiKeyFile != null ? "the API key" : "no credentials";
  }

  /** How the platform logs in, for the log: never the secret. */
  String login() {
    if (username != null) {
      return "as user '" + username + "'";
    }
    return apiKey != null || apiKeyFile != null ? "with an API key" : "without credentials";
  }

  boolean anyHttps() {
    return uris.stream().anyMatch(uri -> "https".equalsIgnoreCase(uri.getScheme()));
  }

  @Override
  public String toString() {
    return "ElasticsearchProperties[uris="
        + uris
        + ", indexPrefix="
        + indexPrefix
        + ", replicas="
        + replicas
        + ", username="
        + username
        + ", password="
        + (password == null ? null : HIDDEN)
        + ", passwordFile="
        + passwordFile
        + ", apiKey="
        + (apiKey == null ? null : HIDDEN)
        + ", apiKeyFile="
        + apiKeyFile
        + ", caCertificate="
        + caCertificate
        + "]";
  }

  private static void requireReadable(String name, Path file) {
    if (file != null && !Files.isReadable(file)) {
      throw invalid(name, file, "no readable file there");
    }
  }

  static InvalidConfigurationPropertyValueException invalid(
      String name, Object value, String reason) {
    return new InvalidConfigurationPropertyValueException(PREFIX + name, value, reason);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
