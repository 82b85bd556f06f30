package vn.dxmonitor.runtime.catalog.topic;

/** The broker did not store catalog entries; nothing the caller wrote may be assumed stored. */
public class CatalogWriteException extends RuntimeException {

  public CatalogWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
