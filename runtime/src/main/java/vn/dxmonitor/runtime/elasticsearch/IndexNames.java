package vn.dxmonitor.runtime.elasticsearch;

/** The names of the platform's indices, with the deployment's prefix applied. */
public record IndexNames(String prefix) {

  public String indicators() {
    return prefix + "dx-indicators";
  }

  public String alerts() {
    return prefix + "dx-alerts";
  }
}
