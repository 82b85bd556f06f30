package vn.dxmonitor.dashboard.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.model.time.VietnamTime;

/** The {@code asOf} day a reader picks to see a past picture: a date, not after today. */
public final class AsOfDay {

  private AsOfDay() {}

  /** An {@code asOf} that is not a date, or is after today; the message names the parameter. */
  public static final class InvalidException extends IllegalArgumentException {
    InvalidException(String message) {
      super(message);
    }
  }

  /**
   * @param asOf {@code 2025-12-31}, or blank for today
   * @throws InvalidException when it is not a date or is after today
   */
  public static LocalDate parse(String asOf, LocalDate today) {
    if (asOf == null || asOf.isBlank()) {
      return today;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidException(
          "query parameter 'asOf' must be a date such as 2025-12-31, but was '" + asOf + "'");
    }
    if (day.isAfter(today)) {
      throw new InvalidException(
          "query parameter 'asOf' must not be after today (" + today + "), but was " + day);
    }
    return day;
  }

  /**
   * As {@link #parse}, for a page: a refused {@code asOf} answers 400 with the reason.
   *
   * @throws ResponseStatusException 400 naming the parameter
   */
  public static LocalDate parseForPage(String asOf, LocalDate today) {
    try {
      return parse(asOf, today);
    } catch (InvalidException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** The last moment of the day in Vietnam: what the catalog is read at for that day. */
  public static Instant endOf(LocalDate day) {
    return VietnamTime.endOf(day);
  }
}
