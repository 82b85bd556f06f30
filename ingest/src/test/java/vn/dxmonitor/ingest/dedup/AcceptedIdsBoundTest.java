package vn.dxmonitor.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bound on how many ids the set holds, and which ids it gives up to keep it. */
class AcceptedIdsBoundTest {

  /** An epoch minute in 2026: real minutes sit far from zero, in the upper digits' middle. */
  private static final int NOW = 29_500_000;

  private final Random random = new Random(3);

  @Test
  void neverHoldsMoreThanTheBoundUnderAFloodAndCountsWhatItForgotEarly() {
    int bound = 10_000;
    AcceptedIds ids = new AcceptedIds(bound);
    int flood = 25 * bound;

    for (int i = 0; i < flood; i++) {
      ids.add(random.nextLong(), random.nextLong(), NOW + random.nextInt(10_080));
      assertThat(ids.size()).isLessThanOrEqualTo(bound);
    }

    assertThat(ids.forgottenEarly()).isEqualTo(flood - ids.size()).isPositive();
    // Forgetting is done an eighth of the bound at a time, not one id per id added.
    assertThat(ids.size()).isGreaterThanOrEqualTo(bound - bound / 8);
  }

  @Test
  void forgetsTheIdsNearestExpiryFirst() {
    int bound = 2_000;
    int count = 3 * bound;
    AcceptedIds ids = new AcceptedIds(bound);
    // Id i expires at minute NOW + 100 i, across several 65,536-minute digits, in random order.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int[] addedAt = new int[count];
    for (int position = 0; position < count; position++) {
      int i = order.get(position);
      addedAt[i] = position;
      ids.add(i + 1, i + 1, minuteOf(i));
    }

    assertThat(ids.size()).isLessThanOrEqualTo(bound);
    assertThat(ids.forgottenEarly()).isEqualTo(count - ids.size());
    // An id forgotten while one expiring sooner was held and is kept was forgotten out of turn.
    List<String> outOfTurn = new ArrayList<>();
    for (int forgotten = 0; forgotten < count; forgotten++) {
      if (ids.contains(forgotten + 1, forgotten + 1)) {
        continue;
      }
      for (int sooner = 0; sooner < forgotten; sooner++) {
        if (addedAt[sooner] < addedAt[forgotten] && ids.contains(sooner + 1, sooner + 1)) {
          outOfTurn.add(minuteOf(forgotten) + " forgotten, " + minuteOf(sooner) + " kept");
        }
      }
    }
    assertThat(outOfTurn).isEmpty();
  }

  @Test
  void keepsTheIdsFurthestFromExpiryWhenTheyAllArriveBeforeTheBoundIsReached() {
    int bound = 2_000;
    AcceptedIds ids = new AcceptedIds(bound);
    for (int i = 0; i < bound; i++) {
      ids.add(i + 1, i + 1, minuteOf(i));
    }

    // One more: the eighth of the bound that expires soonest goes, whatever its digest.
    ids.add(-1, -1, minuteOf(bound));

    assertThat(ids.size()).isEqualTo(bound - bound / 8);
    assertThat(ids.forgottenEarly()).isEqualTo(bound / 8 + 1);
    for (int i = 0; i < bound; i++) {
      assertThat(ids.contains(i + 1, i + 1)).isEqualTo(i > bound / 8);
    }
    assertThat(ids.contains(-1, -1)).isTrue();
  }

  @Test
  void aBurstAcceptedInOneMinuteLosesOnlyWhatTheBoundRequires() {
    int bound = 2_000;
    AcceptedIds ids = new AcceptedIds(bound);

    for (int i = 0; i < bound + 1; i++) {
      ids.add(random.nextLong(), random.nextLong(), NOW);
    }

    assertThat(ids.size()).isEqualTo(bound - bound / 8);
    assertThat(ids.forgottenEarly()).isEqualTo(bound / 8 + 1);
  }

  @Test
  void anIdAddedAgainIsNotCountedTwiceAgainstTheBound() {
    AcceptedIds ids = new AcceptedIds(1_000);
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 1_000; i++) {
        ids.add(i + 1, i + 1, NOW + round);
      }
    }

    assertThat(ids.size()).isEqualTo(1_000);
    assertThat(ids.forgottenEarly()).isZero();
  }

  private static int minuteOf(int i) {
    return NOW + 100 * i;
  }
}
