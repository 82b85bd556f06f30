package vn.dxmonitor.alerting.notify;

import java.time.LocalDate;
import org.apache.kafka.streams.state.KeyValueStore;

/** The day each receiver last got its digest, kept so that a restart does not send it again. */
interface DigestDays {

  boolean sentOn(String receiver, LocalDate day);

  void sent(String receiver, LocalDate day);

  static DigestDays in(KeyValueStore<String, String> store) {
    return new DigestDays() {
      @Override
      public boolean sentOn(String receiver, LocalDate day) {
        return day.toString().equals(store.get(receiver));
      }

      @Override
      public void sent(String receiver, LocalDate day) {
        store.put(receiver, day.toString());
      }
    };
  }
}
