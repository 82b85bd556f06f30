package vn.dxmonitor.runtime.json.golden;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchConnections;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The two mappers a value or an alert goes through: Jackson 3 of {@link JsonCodec} on the topics
 * and in HTTP answers, and the Jackson 2 the Elasticsearch client indexes and reads documents with,
 * taken from the client itself so that the test sees its configuration and not a copy.
 */
final class BothJacksons {

  private static final ObjectMapper ELASTICSEARCH = elasticsearchMapper();

  private BothJacksons() {}

  static String writeJackson3(Object value) {
    return JsonCodec.writeString(value);
  }

  static <T> T readJackson3(String json, Class<T> type) {
    return JsonCodec.mapper().readValue(json, type);
  }

  static String writeJackson2(Object value) {
    try {
      return ELASTICSEARCH.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T readJackson2(String json, Class<T> type) {
    try {
      return ELASTICSEARCH.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Both mappers write the record as {@code golden}, character for character, and read {@code
   * golden} back into an equal record.
   */
  static <T> void assertWrittenAndReadAs(T record, String golden, Class<T> type) {
    assertThat(writeJackson3(record)).isEqualTo(golden);
    assertThat(writeJackson2(record)).isEqualTo(golden);
    assertThat(readJackson3(golden, type)).isEqualTo(record);
    assertThat(readJackson2(golden, type)).isEqualTo(record);
  }

  /**
   * Both mappers read {@code json} — a document written by an older version — as {@code record}.
   */
  static <T> void assertReadAs(String json, T record, Class<T> type) {
    assertThat(readJackson3(json, type)).isEqualTo(record);
    assertThat(readJackson2(json, type)).isEqualTo(record);
  }

  private static ObjectMapper elasticsearchMapper() {
    // The client only holds the REST client: nothing is connected to build it.
    try (RestClient rest = RestClient.builder(new HttpHost("localhost", 9200)).build()) {
      return ((JacksonJsonpMapper) ElasticsearchConnections.client(rest)._jsonpMapper())
          .objectMapper();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
