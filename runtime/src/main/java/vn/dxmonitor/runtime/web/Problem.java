package vn.dxmonitor.runtime.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * An RFC 9457 problem detail as every service answers it: {@code type} from the code, {@code
 * title}, {@code status}, {@code detail} and {@code code}, then whatever else the failure names
 * (the field errors, the parameter at fault), with {@code Retry-After} when retrying later helps
 * and a bearer challenge on a {@code 401}. Controller advices answer with {@link #response()};
 * security's entry points, which answer before any controller, with {@link #write}; Tomcat's own
 * refusals, which come before any service, with {@link #json()} ({@code TomcatProblems}).
 */
public final class Problem {

  /** The challenge a {@code 401} carries: which scheme to authenticate with. */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"dx-monitor\"";

  private final ProblemDetail detail;
  private String retryAfter;
  private boolean challenge;
  private String instance;

  private Problem(ProblemDetail detail) {
    this.detail = detail;
  }

  public static Problem of(ProblemCode code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
    problem.setType(code.type());
    problem.setTitle(code.title());
    problem.setProperty("code", code.code());
    return new Problem(problem);
  }

  /**
   * A problem no service's code names, because the web server refuses the request before any
   * service reads it (a head too large, a line it cannot parse): {@code about:blank}, titled with
   * the status's reason phrase, and no {@code code}.
   */
  public static Problem ofStatus(int status, String detail) {
    HttpStatus known = HttpStatus.resolve(status);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
    return new Problem(problem).untyped();
  }

  /** Adds a member after {@code code}, in the order the calls come. */
  public Problem with(String name, Object value) {
    detail.setProperty(name, value);
    return this;
  }

  /** The fields at fault, as an {@code errors} list. */
  public Problem errors(List<FieldError> errors) {
    return with("errors", errors);
  }

  /** Names the request: its path, as {@code instance}. */
  public Problem instance(String path) {
    instance = path;
    try {
      detail.setInstance(URI.create(path));
    } catch (IllegalArgumentException notAUri) {
      // Written as given all the same; only the typed form needs a URI
      detail.setInstance(null);
    }
    return this;
  }

  /**
   * Gives the problem no type of its own ({@code about:blank}), as the first answers of sign-in
   * did; kept so that their clients read the same body.
   */
  public Problem untyped() {
    detail.setType(URI.create("about:blank"));
    return this;
  }

  /**
   * Asks the client to authenticate with a key even when the status is not {@code 401}: a key that
   * works but cannot do this, answered {@code 403}, is told which kind it needs.
   */
  public Problem challenge() {
    challenge = true;
    return this;
  }

  /** How long to wait before retrying, in whole seconds rounded up and at least one. */
  public Problem retryAfter(Duration wait) {
    if (wait != null) {
      retryAfter = Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
    return this;
  }

  public ProblemDetail detail() {
    return detail;
  }

  /** The answer for a controller advice, as {@code application/problem+json}. */
  public ResponseEntity<ProblemDetail> response() {
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers().forEach(response::header);
    return response.body(detail);
  }

  /** Writes the answer straight to the servlet response, for filters and entry points. */
  public void write(HttpServletResponse response) throws IOException {
    response.setStatus(detail.getStatus());
    headers().forEach(response::setHeader);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(JsonCodec.write(body()));
  }

  /**
   * The body alone, for a caller that sets the status and headers and writes it itself: Tomcat's
   * error report, which has only the connector's own writer.
   */
  public String json() {
    return JsonCodec.writeString(body());
  }

  private Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (retryAfter != null) {
      headers.put(HttpHeaders.RETRY_AFTER, retryAfter);
    }
    if (challenge || detail.getStatus() == 401) {
      headers.put(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    return headers;
  }

  /** The members in the order Spring's own rendering of a problem detail gives them. */
  private Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", detail.getType().toString());
    body.put("title", detail.getTitle());
    body.put("status", detail.getStatus());
    body.put("detail", detail.getDetail());
    if (instance != null) {
      body.put("instance", instance);
    }
    if (detail.getProperties() != null) {
      body.putAll(detail.getProperties());
    }
    return body;
  }
}
