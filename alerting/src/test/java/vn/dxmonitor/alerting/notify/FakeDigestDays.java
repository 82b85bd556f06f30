package vn.dxmonitor.alerting.notify;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The digest days in a map a test can read and set. */
final class FakeDigestDays implements DigestDays {

  final Map<String, LocalDate> last = new HashMap<>();

  @Override
  public boolean sentOn(String receiver, LocalDate day) {
    return day.equals(last.get(receiver));
  }

  @Override
  public void sent(String receiver, LocalDate day) {
    last.put(receiver, day);
  }
}
