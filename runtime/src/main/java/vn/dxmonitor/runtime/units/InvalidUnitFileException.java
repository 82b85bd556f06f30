package vn.dxmonitor.runtime.units;

/** A unit list or mapping row that cannot be imported, by line and column. */
public class InvalidUnitFileException extends RuntimeException {

  private final long line;
  private final String column;

  public InvalidUnitFileException(long line, String column, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
  }

  public long line() {
    return line;
  }

  public String column() {
    return column;
  }
}
