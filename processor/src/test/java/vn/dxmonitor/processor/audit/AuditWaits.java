package vn.dxmonitor.processor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.elasticsearch.client.RestClient;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchConnections;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.testsupport.process.ApplicationProcess;

/**
 * Waiting on a processor of its own JVM, as the fault tests do: while it stays alive, and until a
 * recount finds its outputs equal to the events.
 */
final class AuditWaits {

  private AuditWaits() {}

  /**
   * Reads the catalog and Elasticsearch as the audit command does, then audits until the processor
   * and the indexer have caught up, or fails with what still differs.
   */
  static Audit.Result recountUntilClean(
      String bootstrapServers,
      String elasticsearchUri,
      IndexNames indexNames,
      ApplicationProcess processor,
      Duration timeout)
      throws Exception {
    Map<String, Object> kafka = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (CatalogView catalog = new CatalogView(kafka);
        RestClient rest =
            ElasticsearchConnections.restClient(List.of(URI.create(elasticsearchUri)))) {
      catalog.start();
      assertThat(catalog.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      ElasticsearchClient elasticsearch = ElasticsearchConnections.client(rest);
      Audit audit = new Audit(catalog, kafka, elasticsearch, indexNames.indicators());
      return untilClean(audit, processor, timeout);
    }
  }

  /**
   * Audits until the processor and the indexer have caught up, or fails with what still differs.
   */
  static Audit.Result untilClean(Audit audit, ApplicationProcess processor, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Audit.Result result;
    do {
      Thread.sleep(3_000);
      if (!processor.isAlive()) {
        fail("the processor exited:\n" + processor.logTail(40));
      }
      result = audit.run((topic, done, total) -> {});
    } while (!result.clean() && System.nanoTime() < deadline);
    if (!result.clean()) {
      fail(
          "after "
              + timeout
              + " the published values still differ from the recount:\n"
              + String.join(
                  "\n",
                  Stream.concat(result.topic().stream(), result.index().stream())
                      .limit(20)
                      .map(Object::toString)
                      .toList())
              + "\n"
              + processor.logTail(40));
    }
    return result;
  }

  /** Sleeps, failing as soon as the processor exits by itself. */
  static void sleepAlive(ApplicationProcess processor, Duration duration) throws Exception {
    long until = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < until) {
      if (!processor.isAlive()) {
        fail("the processor exited by itself:\n" + processor.logTail(40));
      }
      Thread.sleep(250);
    }
  }
}
