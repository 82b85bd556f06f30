package vn.dxmonitor.ingest.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/**
 * A test of the running ingest API: a client, a reader of what reached the topic, and a source key
 * for the whole of Gia Lai (52) made for each test. Subclasses carry {@link IngestTest}.
 */
public abstract class IngestApiTest {

  @LocalServerPort protected int port;
  @Autowired protected EmbeddedKafkaBroker broker;
  @Autowired protected ApiKeyRegistry keys;

  protected Api api;
  protected TopicReader topic;
  protected String key;

  /** The source the test's key reports as. */
  protected abstract String source();

  @BeforeEach
  void connect() {
    api = new Api(port);
    topic = new TopicReader(broker.getBrokersAsString());
    key = Api.sourceKey(keys, source(), "52");
  }
}
