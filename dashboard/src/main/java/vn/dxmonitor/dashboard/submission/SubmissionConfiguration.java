package vn.dxmonitor.dashboard.submission;

import java.time.Clock;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxmonitor.dashboard.evidence.EvidenceProperties;
import vn.dxmonitor.dashboard.evidence.EvidenceStore;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;

/** The submissions' copy of {@code dx.submissions}, their writer and the desk that serves them. */
@Configuration(proxyBeanMethods = false)
public class SubmissionConfiguration {

  @Bean(destroyMethod = "close")
  SubmissionBook submissionBook(KafkaProperties kafka) {
    SubmissionBook book = new SubmissionBook(kafka.buildConsumerProperties());
    book.start();
    return book;
  }

  @Bean(destroyMethod = "close")
  SubmissionWriter submissionWriter(KafkaProperties kafka, CatalogSource catalog) {
    return new SubmissionWriter(kafka.buildProducerProperties(), catalog);
  }

  @Bean
  CompletenessReader completenessReader(
      CatalogSource catalog, SubmissionBook book, IndicatorValueSearch search, Clock clock) {
    return new CompletenessReader(catalog, book, search, clock);
  }

  @Bean
  BulkEntry bulkEntry(SubmissionDesk desk, SubmissionBook book) {
    return new BulkEntry(desk, book);
  }

  @Bean
  SubmissionAccess submissionAccess(CatalogSource catalog, UnitScope scope) {
    return new SubmissionAccess(catalog, scope);
  }

  @Bean
  SubmissionDesk submissionDesk(
      CatalogSource catalog,
      SubmissionAccess access,
      UnitScope scope,
      SubmissionBook book,
      SubmissionWriter writer,
      EventValidator validator,
      EvidenceStore evidence,
      Clock clock) {
    return new SubmissionDesk(catalog, access, scope, book, writer, validator, evidence, clock);
  }

  @Bean
  EvidenceDesk evidenceDesk(
      SubmissionDesk submissions,
      SubmissionAccess access,
      EvidenceStore store,
      EvidenceProperties properties,
      Clock clock) {
    return new EvidenceDesk(submissions, access, store, properties.maxSize(), clock);
  }
}
