package vn.dxmonitor.dashboard.submission;

import vn.dxmonitor.dashboard.admin.InvalidRequestException;

/**
 * Numbers as a person types them into the form: blank is none; a decimal comma is read as a point
 * (87,5); anything else is refused naming the field.
 */
final class FormNumbers {

  private FormNumbers() {}

  static Long whole(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip().replace(".", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of(field, "must be a whole number, but was '" + text + "'");
    }
  }

  static Double decimal(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of(field, "must be a number, but was '" + text + "'");
    }
  }
}
