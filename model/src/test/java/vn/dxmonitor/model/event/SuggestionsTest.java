package vn.dxmonitor.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> INDICATORS =
      List.of("work-records-online", "tthc-dossiers-online", "cashless-payments-schools");

  @Test
  void aMisspelledIdSuggestsTheNearest() {
    assertThat(Suggestions.nearest("work-record-online", INDICATORS))
        .containsExactly("work-records-online");
    assertThat(Suggestions.nearest("WORK-RECORDS-ONLINE", INDICATORS))
        .containsExactly("work-records-online");
    assertThat(Suggestions.nearest("something-else", INDICATORS)).isEmpty();
  }

  @Test
  void aCodeOneKeystrokeOffSuggestsTheCodesItCouldBe() {
    Set<String> codes = Set.of("21583", "21589", "21609", "52");

    assertThat(Suggestions.oneEditAway("21584", codes::contains)).containsExactly("21583", "21589");
    assertThat(Suggestions.oneEditAway("215830", codes::contains)).containsExactly("21583");
    assertThat(Suggestions.oneEditAway("2158", codes::contains)).containsExactly("21583", "21589");
    assertThat(Suggestions.oneEditAway("99999", codes::contains)).isEmpty();
  }

  @Test
  void thePhraseReadsAsAQuestion() {
    assertThat(Suggestions.phrase(List.of("a", "b"))).isEqualTo("; did you mean 'a', 'b'?");
    assertThat(Suggestions.phrase(List.of())).isEmpty();
  }

  @Test
  void distanceStopsEarlyButIsExactWithinTheLimit() {
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "abc", 0)).isZero();
  }

  @Test
  void anyUnknownCodeCostsAtMostTheLookupsOfACodeOfPlausibleLength() {
    AtomicInteger lookups = new AtomicInteger();
    Predicate<String> known =
        code -> {
          lookups.incrementAndGet();
          return false;
        };
    Suggestions.oneEditAway("9".repeat(Suggestions.LONGEST_CODE), known);
    int bound = lookups.get();

    for (int length : List.of(13, 128, 10_000)) {
      lookups.set(0);
      assertThat(Suggestions.oneEditAway("7".repeat(length), known)).isEmpty();
      assertThat(lookups.get())
          .as("lookups for a code of %d characters", length)
          .isLessThanOrEqualTo(bound);
    }
    assertThat(Suggestions.nearest("x".repeat(10_000), List.of("work-records-online"))).isEmpty();
  }
}
