package vn.dxmonitor.runtime.access;

import java.util.Optional;

/**
 * What each role may do: the one place a role is judged, asked by ingest, alerting and the
 * dashboard alike, for keys and signed-in people alike. Where a principal may act is {@link
 * Scopes}'s to decide.
 *
 * <ul>
 *   <li>A source system's key reports events; an operator key reports nothing; an administrator key
 *       may report for any unit it reaches (back-fills, corrections).
 *   <li>Reporters submit their units' periodic figures; verifiers accept or return them; an
 *       administrator may do both for the units it reaches.
 *   <li>Operators and administrators work alerts; leaders and source keys only read.
 *   <li>Administrators administer their units; only one without units administers the country.
 *   <li>Only an administrator may be given national reach (no units).
 * </ul>
 */
public final class Permissions {

  private Permissions() {}

  public static boolean allows(Scoped who, Action action) {
    return refusal(who, action).isEmpty();
  }

  /** Why {@code who} may not do {@code action}, in words for the refusal; empty when it may. */
  public static Optional<String> refusal(Scoped who, Action action) {
    Rank rank = who.rank();
    return switch (action) {
      case REPORT_EVENTS ->
          who.sourceSystem() || rank == Rank.ADMIN
              ? Optional.empty()
              : Optional.of("reporting events needs a source key");
      case SUBMIT_FIGURES ->
          rank == Rank.REPORTER || rank == Rank.ADMIN
              ? Optional.empty()
              : Optional.of("submitting figures needs a reporter or an administrator");
      case VERIFY_FIGURES ->
          rank == Rank.VERIFIER || rank == Rank.ADMIN
              ? Optional.empty()
              : Optional.of("verifying figures needs a verifier or an administrator");
      case WORK_ALERTS ->
          rank.atLeast(Rank.OPERATOR)
              ? Optional.empty()
              : Optional.of("working alerts needs an operator or an administrator");
      case ADMINISTER ->
          rank == Rank.ADMIN ? Optional.empty() : Optional.of("this needs an administrator");
      case ADMINISTER_COUNTRY ->
          national(who)
              ? Optional.empty()
              : Optional.of(
                  rank == Rank.ADMIN
                      ? "this belongs to the whole country and needs an administrator of it,"
                          + " not of units "
                          + who.units()
                      : "this needs an administrator of the whole country");
    };
  }

  /** Whether it reaches every unit of the country: an administrator without units. */
  public static boolean national(Scoped who) {
    return who.rank() == Rank.ADMIN && who.units().isEmpty();
  }

  /** Whether a role may be given national reach, i.e. no units: only an administrator's. */
  public static boolean mayBeNational(Rank role) {
    return role == Rank.ADMIN;
  }
}
