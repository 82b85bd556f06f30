package vn.dxmonitor.model.catalog;

import java.util.Locale;

/** The three pillars every provincial plan is organised by. */
public enum Pillar {
  DIGITAL_GOVERNMENT("Chính quyền số", "Digital government"),
  DIGITAL_ECONOMY("Kinh tế số", "Digital economy"),
  DIGITAL_SOCIETY("Xã hội số", "Digital society");

  private final String nameVi;
  private final String nameEn;

  Pillar(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
