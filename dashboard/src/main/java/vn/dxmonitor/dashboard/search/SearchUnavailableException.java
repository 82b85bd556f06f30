package vn.dxmonitor.dashboard.search;

/**
 * Elasticsearch could not answer a read: unreachable, or it refused the request. Readers show this
 * as "try again" rather than as an empty result, which would look like a unit with no data.
 */
public class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String what, Throwable cause) {
    super("cannot read " + what + " from Elasticsearch: " + cause.getMessage(), cause);
  }
}
