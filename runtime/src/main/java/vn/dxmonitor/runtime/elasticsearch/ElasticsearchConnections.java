package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * How every service and tool connects to Elasticsearch 8.19: the low-level REST client — logging in
 * with a user's password or an API key, trusting the deployment's CA for {@code https://} nodes —
 * and the Java client over it mapping documents with its own Jackson 2 (Boot's Jackson 3 cannot
 * serve it). Every client of the platform is made here, from {@link ElasticsearchProperties}, so a
 * service, the init step and a command-line tool reach a secured cluster alike.
 */
public final class ElasticsearchConnections {

  private static final Logger log = LoggerFactory.getLogger(ElasticsearchConnections.class);
  private static final ObjectMapper ERRORS = new ObjectMapper();

  /** The access check waits this long at most: a node that is not up yet is no reason to hang. */
  private static final RequestOptions PROBE =
      RequestOptions.DEFAULT.toBuilder()
          .setRequestConfig(
              RequestConfig.custom()
                  .setConnectTimeout(2_000)
                  .setConnectionRequestTimeout(2_000)
                  .setSocketTimeout(5_000)
                  .build())
          .build();

  private ElasticsearchConnections() {}

  /**
   * The REST client to nodes whose security is off (the local run, tests); the caller closes it.
   */
  public static RestClient restClient(List<URI> uris) {
    return restClient(ElasticsearchProperties.of(uris));
  }

  /**
   * The REST client, with the properties' credentials and trust; the caller closes it.
   *
   * @throws InvalidConfigurationPropertyValueException when a secret's file or the CA certificate
   *     cannot be read
   */
  public static RestClient restClient(ElasticsearchProperties properties) {
    HttpHost[] hosts =
        properties.uris().stream()
            .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
            .toArray(HttpHost[]::new);
    RestClientBuilder builder = RestClient.builder(hosts);

    String apiKey = properties.resolveApiKey();
    if (apiKey != null) {
      builder.setDefaultHeaders(
          new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + encoded(apiKey))});
    }
    BasicCredentialsProvider credentials = null;
    if (properties.username() != null) {
      credentials = new BasicCredentialsProvider();
      credentials.setCredentials(
          AuthScope.ANY,
          new UsernamePasswordCredentials(properties.username(), properties.resolvePassword()));
    }
    SSLContext trust =
        properties.caCertificate() == null ? null : trusting(properties.caCertificate());
    BasicCredentialsProvider login = credentials;
    builder.setHttpClientConfigCallback(
        http -> {
          if (login != null) {
            http.setDefaultCredentialsProvider(login);
          }
          if (trust != null) {
            http.setSSLContext(trust);
          }
          return http;
        });

    if ((apiKey != null || credentials != null) && !properties.anyHttps()) {
      log.warn(
          "Elasticsearch credentials go over plain HTTP to {}: use https:// nodes outside a"
              + " private network (docs/operations.md, Hardening)",
          properties.uris());
    }
    log.info(
        "Elasticsearch at {} {}{}",
        properties.uris(),
        properties.login(),
        trust == null ? "" : ", trusting the CA in " + properties.caCertificate());
    return builder.build();
  }

  public static ElasticsearchClient client(RestClient restClient) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
  }

  /**
   * Asks the cluster who the client is ({@code GET /_security/_authenticate}) and turns a refusal
   * into one clear message naming the user and the properties to check, instead of the first
   * request of start-up failing somewhere with a bare status. A node that does not answer yet, or
   * whose security is off, passes: the services retry what they need.
   *
   * @throws InvalidConfigurationPropertyValueException when the node refuses the credentials (or
   *     asks for some), or its certificate is not trusted
   */
  public static void verifyAccess(RestClient client, ElasticsearchProperties properties) {
    Request request = new Request("GET", "/_security/_authenticate");
    request.setOptions(PROBE);
    try {
      client.performRequest(request);
    } catch (ResponseException e) {
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status == 401) {
        throw refused(properties, "401 " + reason(e));
      }
      log.debug("Elasticsearch cannot say who the client is ({}): security is off", status);
    } catch (SSLException e) {
      throw ElasticsearchProperties.invalid(
          "ca-certificate",
          properties.caCertificate(),
          "Elasticsearch at "
              + properties.uris()
              + " was not trusted over TLS ("
              + e.getMessage()
              + "): dx.elasticsearch.ca-certificate should name the PEM certificate of the CA"
              + " that signed the nodes' certificates, whose names must match the URIs");
    } catch (IOException e) {
      log.info(
          "Elasticsearch at {} does not answer yet ({}); its credentials are checked on use",
          properties.uris(),
          e.toString());
    }
  }

  private static InvalidConfigurationPropertyValueException refused(
      ElasticsearchProperties properties, String answer) {
    String where = "Elasticsearch at " + properties.uris();
    if (properties.username() != null) {
      return ElasticsearchProperties.invalid(
          properties.passwordFile() != null ? "password-file" : "password",
          properties.passwordFile() != null ? properties.passwordFile() : "******",
          where
              + " refused "
              + properties.principal()
              + " ("
              + answer
              + "): check dx.elasticsearch.username and its password");
    }
    if (properties.apiKey() != null || properties.apiKeyFile() != null) {
      return ElasticsearchProperties.invalid(
          properties.apiKeyFile() != null ? "api-key-file" : "api-key",
          properties.apiKeyFile() != null ? properties.apiKeyFile() : "******",
          where + " refused the API key (" + answer + "): it may be revoked or expired");
    }
    return ElasticsearchProperties.invalid(
        "username",
        null,
        where
            + " requires credentials ("
            + answer
            + "): set dx.elasticsearch.username and dx.elasticsearch.password (or -file), or"
            + " dx.elasticsearch.api-key");
  }

  /** Elasticsearch's own words for a refusal: {@code error.reason} of its JSON, when it has one. */
  private static String reason(ResponseException e) {
    try {
      String body =
          e.getResponse().getEntity() == null
              ? ""
              : EntityUtils.toString(e.getResponse().getEntity(), StandardCharsets.UTF_8);
      JsonNode reason = ERRORS.readTree(body).path("error").path("reason");
      if (reason.isTextual()) {
        return reason.asText();
      }
    } catch (IOException | RuntimeException unreadable) {
      log.trace("Unreadable error body", unreadable);
    }
    return e.getResponse().getStatusLine().getReasonPhrase();
  }

  /** Elasticsearch's {@code encoded} form of an API key: base64 of {@code id:api_key}. */
  static String encoded(String apiKey) {
    return apiKey.contains(":")
        ? Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8))
        : apiKey;
  }

  /** TLS that trusts the certificates of a PEM file (and nothing else). */
  static SSLContext trusting(Path caCertificate) {
    try (InputStream in = Files.newInputStream(caCertificate)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw ElasticsearchProperties.invalid(
            "ca-certificate", caCertificate, "holds no PEM certificate");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw ElasticsearchProperties.invalid(
          "ca-certificate", caCertificate, "cannot be read as PEM certificates: " + e.getMessage());
    }
  }
}
