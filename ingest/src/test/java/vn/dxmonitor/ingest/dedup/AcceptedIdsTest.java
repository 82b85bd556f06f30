package vn.dxmonitor.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AcceptedIdsTest {

  private final AcceptedIds ids = new AcceptedIds(1_000_000);

  @Test
  void remembersEveryDigestThroughManyGrowthsAndNoOther() {
    Random random = new Random(1);
    int count = 300_000;
    long[] digests = new long[2 * count];
    for (int i = 0; i < count; i++) {
      digests[2 * i] = random.nextLong();
      digests[2 * i + 1] = random.nextLong();
      ids.add(digests[2 * i], digests[2 * i + 1], 100);
    }

    assertThat(ids.size()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(ids.contains(digests[2 * i], digests[2 * i + 1])).isTrue();
      // Half a digest is not the digest.
      assertThat(ids.contains(digests[2 * i], digests[2 * i + 1] ^ 1)).isFalse();
    }
  }

  @Test
  void addingAgainKeepsOneEntryAndTheLaterMinute() {
    ids.add(7, 9, 100);
    ids.add(7, 9, 500);
    ids.add(7, 9, 200);

    assertThat(ids.size()).isEqualTo(1);
    ids.forgetBefore(400);
    assertThat(ids.contains(7, 9)).isTrue();
    ids.forgetBefore(501);
    assertThat(ids.contains(7, 9)).isFalse();
  }

  @Test
  void theAllZeroDigestIsADigestLikeAnyOther() {
    assertThat(ids.contains(0, 0)).isFalse();

    ids.add(0, 0, 1);

    assertThat(ids.contains(0, 0)).isTrue();
    assertThat(ids.size()).isEqualTo(1);
  }

  @Test
  void forgetsExpiredDigestsAndKeepsTheRest() {
    Random random = new Random(2);
    int count = 100_000;
    long[] digests = new long[2 * count];
    for (int i = 0; i < count; i++) {
      digests[2 * i] = random.nextLong();
      digests[2 * i + 1] = random.nextLong();
      ids.add(digests[2 * i], digests[2 * i + 1], i % 2 == 0 ? 10 : 20);
    }

    long forgotten = ids.forgetBefore(15);

    assertThat(forgotten).isEqualTo(count / 2);
    assertThat(ids.size()).isEqualTo(count / 2);
    for (int i = 0; i < count; i++) {
      assertThat(ids.contains(digests[2 * i], digests[2 * i + 1])).isEqualTo(i % 2 == 1);
    }
  }

  @Test
  void aFewExpiredDigestsWaitUntilTheyAreWorthARebuild() {
    for (int i = 1; i <= 100; i++) {
      ids.add(i, i, i <= 5 ? 10 : 20);
    }

    assertThat(ids.forgetBefore(15)).isZero();
    assertThat(ids.size()).isEqualTo(100);
  }
}
