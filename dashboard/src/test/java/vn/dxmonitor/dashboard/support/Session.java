package vn.dxmonitor.dashboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A person signed in through the login form, as a browser would be: the session cookie and the
 * form's CSRF token, with redirects left for the test to see.
 */
public final class Session {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();
  private final String base;
  private final HttpResponse<String> login;

  private Session(int port, String name, String password) throws IOException, InterruptedException {
    this.base = "http://127.0.0.1:" + port;
    HttpResponse<String> form = get("/login");
    String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
    String body =
        "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(token);
    this.login =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  public static Session signIn(int port, String name, String password)
      throws IOException, InterruptedException {
    return new Session(port, name, password);
  }

  /** Whether the form let the person in: a redirect away from the login page. */
  public boolean signedIn() {
    String location = login.headers().firstValue("Location").orElse("");
    return login.statusCode() == 302 && !location.contains("/login");
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a form of a page as the browser would: the page is read first for its CSRF token.
   *
   * @param page the page holding the form, read for the token
   * @param form the form's fields, already URL-encoded, without the token
   */
  public HttpResponse<String> postForm(String page, String action, String form)
      throws IOException, InterruptedException {
    String token = Jsoup.parse(get(page).body()).select("input[name=_csrf]").attr("value");
    return client.send(
        HttpRequest.newBuilder(URI.create(base + action))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends JSON to the API as the pages' scripts do: with the session's cookie and its CSRF token in
   * the {@code X-CSRF-TOKEN} header, read from a page's form first.
   */
  public HttpResponse<String> sendJson(String method, String path, String json)
      throws IOException, InterruptedException {
    return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a body of any type to the API, as {@link #sendJson} sends JSON. */
  public HttpResponse<String> send(String method, String path, String type, byte[] body)
      throws IOException, InterruptedException {
    String token = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").attr("value");
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .header("X-CSRF-TOKEN", token)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A file as the API gives it, byte for byte. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts with the session's cookie but without its CSRF token, as a page of another site would.
   *
   * @param headers name, value, name, value…
   */
  public HttpResponse<String> postForged(String path, String type, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The cookies the sign-in set, as the {@code Set-Cookie} headers wrote them. */
  public List<String> cookiesSet() {
    return login.headers().allValues("Set-Cookie");
  }

  /** The login answer: where the form sent the person. */
  public String landedOn() {
    return login.headers().firstValue("Location").orElse("");
  }

  /** The session's cookies as a {@code Cookie} header, for clients of their own such as SSE. */
  public String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
