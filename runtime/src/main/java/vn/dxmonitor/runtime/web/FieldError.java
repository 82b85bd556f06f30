package vn.dxmonitor.runtime.web;

/**
 * One field at fault in a refused request, as the {@code errors} list of a problem detail carries
 * it.
 *
 * @param field the request's field, e.g. {@code units[2]}; empty when the request as a whole is
 */
public record FieldError(String field, String message) {}
