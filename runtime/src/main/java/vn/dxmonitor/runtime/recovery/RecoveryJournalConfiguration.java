package vn.dxmonitor.runtime.recovery;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One journal per process, shared by the services in it. */
@Configuration(proxyBeanMethods = false)
public class RecoveryJournalConfiguration {

  @Bean(destroyMethod = "close")
  RecoveryJournal recoveryJournal(KafkaProperties kafka) {
    return new RecoveryJournal(kafka.buildAdminProperties());
  }
}
