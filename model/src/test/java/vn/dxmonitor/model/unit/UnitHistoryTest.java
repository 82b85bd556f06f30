package vn.dxmonitor.model.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitHistoryTest {

  private static final LocalDate ISSUED = LocalDate.of(2023, 1, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final UnitHistory history = ReorganisedUnits.history();

  @Test
  void aCodeMeansWhatItMeantOnTheDate() {
    assertThat(history.at(ISSUED).find("52").orElseThrow().name()).isEqualTo("Tỉnh Bình Định");
    assertThat(history.at(TODAY).find("52").orElseThrow().name()).isEqualTo("Tỉnh Gia Lai");
    assertThat(history.at(ISSUED).all()).hasSize(7);
    assertThat(history.at(TODAY).all()).hasSize(6);
  }

  @Test
  void aCodeRetiredWholeResolvesToItsSuccessor() {
    CodeResolution resolution = history.resolve("21550", TODAY);

    assertThat(resolution)
        .isEqualTo(
            new CodeResolution.Resolved(history.at(TODAY).find("21553").orElseThrow(), "21550"));
  }

  @Test
  void aSplitCodeNamesEverySuccessor() {
    CodeResolution resolution = history.resolve("21556", TODAY);

    assertThat(resolution).isInstanceOf(CodeResolution.Ambiguous.class);
    assertThat(((CodeResolution.Ambiguous) resolution).successors())
        .extracting(Unit::code)
        .containsExactlyInAnyOrder("21553", "21583");
    assertThat(((CodeResolution.Ambiguous) resolution).effective())
        .isEqualTo(ReorganisedUnits.REFORM);
  }

  @Test
  void aRetiredCodeIsStillItselfBeforeTheReform() {
    assertThat(history.resolve("21556", ISSUED))
        .isEqualTo(
            new CodeResolution.Resolved(history.at(ISSUED).find("21556").orElseThrow(), null));
  }

  @Test
  void aPlansScopeFollowsItsUnitsIntoTheirSuccessorsAndNoFurther() {
    Set<String> scope = history.carriedForward(Set.of("52"), ISSUED, TODAY);

    assertThat(scope).containsExactlyInAnyOrder("52", "21553", "21583");
    assertThat(history.covers(Set.of("52"), ISSUED, "23561", TODAY)).isFalse();
  }

  @Test
  void institutionsAreCoveredThroughTheirCommune() {
    assertThat(history.covers(Set.of("52"), ISSUED, "52-school-1", TODAY)).isTrue();
    assertThat(history.covers(Set.of("52"), ISSUED, "52-school-2", TODAY)).isFalse();
  }

  @Test
  void beforeTheReformTheScopeIsTheOriginalSubtree() {
    assertThat(history.carriedForward(Set.of("52"), ISSUED, LocalDate.of(2024, 6, 1)))
        .containsExactlyInAnyOrder("52", "540", "21550", "21556");
  }

  @Test
  void aUnitsLastRootIsTheProvinceItStoodInMostRecentlyWhateverTheDate() {
    assertThat(history.lastRoot("52-school-2")).isEqualTo("52");
    assertThat(history.lastRoot("23561")).isEqualTo("52");
    assertThat(history.lastRoot("52")).isEqualTo("52");
  }

  @Test
  void aRetiredCodesLastRootIsTheProvinceItLastBelongedTo() {
    assertThat(history.lastRoot("23560")).isEqualTo("64");
    assertThat(history.lastRoot("622")).isEqualTo("64");
    assertThat(history.lastRoot("64")).isEqualTo("64");
    assertThat(history.lastRoot("540")).isEqualTo("52");
  }

  @Test
  void anUnknownCodeIsItsOwnRoot() {
    assertThat(history.lastRoot("99999")).isEqualTo("99999");
  }
}
