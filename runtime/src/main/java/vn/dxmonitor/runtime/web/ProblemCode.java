package vn.dxmonitor.runtime.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One way a request can fail, as every service names it: a stable code that clients match on, the
 * HTTP status it maps to and a short title. Each service keeps its own enum of codes and implements
 * this by giving each constant its {@link Definition}, so that one {@link Problem} builder renders
 * all of them the same way.
 */
public interface ProblemCode {

  Definition definition();

  /** The stable, kebab-case name a client matches on, e.g. {@code missing-api-key}. */
  default String code() {
    return definition().code();
  }

  default HttpStatus status() {
    return definition().status();
  }

  /** A short summary that does not change from one occurrence to the next. */
  default String title() {
    return definition().title();
  }

  /** The problem type: a URN built from the code, the same in every service. */
  default URI type() {
    return URI.create("urn:dx-monitor:problem:" + code());
  }

  /** What a code stands for. */
  record Definition(HttpStatus status, String code, String title) {}
}
