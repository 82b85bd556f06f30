package vn.dxmonitor.dashboard.search;

/**
 * Elasticsearch could not answer a read or take a write: unreachable, or it refused the request.
 * Readers show this as "try again" rather than as an empty result, which would look like a unit
 * with no data; a write shown so was not made.
 */
public class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String what, Throwable cause) {
    this(cause, "cannot read " + what + " from Elasticsearch: " + cause.getMessage());
  }

  private SearchUnavailableException(Throwable cause, String message) {
    super(message, cause);
  }

  /** A write Elasticsearch did not take. */
  public static SearchUnavailableException writing(String what, Throwable cause) {
    return new SearchUnavailableException(
        cause, "cannot store " + what + " in Elasticsearch: " + cause.getMessage());
  }
}
