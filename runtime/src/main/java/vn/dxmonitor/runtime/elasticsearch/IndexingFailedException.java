package vn.dxmonitor.runtime.elasticsearch;

/** A bulk request that Elasticsearch answered with item errors; the batch is retried. */
public class IndexingFailedException extends RuntimeException {

  public IndexingFailedException(String index, String firstError) {
    super("bulk indexing into " + index + " failed: " + firstError);
  }
}
