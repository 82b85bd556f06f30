package vn.dxmonitor.platform.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * {@code ./dx keys}: makes, lists and revokes API keys through the admin API, with the
 * administrator key of the local run.
 *
 * <pre>
 * create --source NAME --units CODE[,CODE] [--indicators ID[,ID]] [--role operator|admin] [--write FILE]
 * list
 * revoke ID
 * common: --url http://127.0.0.1:8080 --admin-key-file .dx/admin.key
 * </pre>
 */
public final class KeysCommand {

  private final HttpClient http = HttpClient.newHttpClient();
  private final PrintStream out;
  private final URI base;
  private final String adminKey;

  KeysCommand(PrintStream out, URI base, String adminKey) {
    this.out = out;
    this.base = base;
    this.adminKey = adminKey;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    // Its answers are this command's output, for a person or a script at a terminal.
    PrintStream out = System.out;
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: keys create|list|revoke [options]");
    }
    Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
    URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
    String adminKey =
        Files.readString(Path.of(options.getOrDefault("admin-key-file", ".dx/admin.key"))).strip();
    KeysCommand command = new KeysCommand(out, base, adminKey);
    int status =
        switch (args[0]) {
          case "create" -> command.create(options);
          case "list" -> command.list();
          case "revoke" -> command.revoke(options.get("id"));
          default -> throw new IllegalArgumentException("unknown keys command: " + args[0]);
        };
    if (status >= 300) {
      throw new IllegalStateException("the admin API answered " + status);
    }
  }

  int create(Map<String, String> options) throws IOException, InterruptedException {
    ObjectNode body = JsonCodec.mapper().createObjectNode();
    body.put("source", options.get("source"));
    if (options.containsKey("role")) {
      body.put("role", options.get("role"));
    }
    body.set("units", list(options.get("units")));
    body.set("indicators", list(options.get("indicators")));
    HttpResponse<String> response = send("POST", "/api/v1/keys", JsonCodec.writeString(body));
    if (response.statusCode() != 201) {
      out.println(response.body());
      return response.statusCode();
    }
    JsonNode created = JsonCodec.mapper().readTree(response.body());
    String key = created.get("key").stringValue();
    if (options.containsKey("write")) {
      Path file = Path.of(options.get("write"));
      Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      out.println(created.get("id").stringValue());
    } else {
      out.println("id  " + created.get("id").stringValue());
      out.println("key " + key + "   (shown once; keep it in the source system's secrets)");
    }
    return 201;
  }

  int list() throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", "/api/v1/keys", null);
    if (response.statusCode() != 200) {
      out.println(response.body());
      return response.statusCode();
    }
    out.printf("%-14s %-20s %-7s %-24s %s%n", "ID", "SOURCE", "ROLE", "UNITS", "STATE");
    for (JsonNode key : JsonCodec.mapper().readTree(response.body())) {
      out.printf(
          "%-14s %-20s %-7s %-24s %s%n",
          key.get("id").stringValue(),
          key.get("source").stringValue(),
          key.get("role").stringValue(),
          key.get("units").toString(),
          key.get("revokedAt").isNull()
              ? "active since " + key.get("createdAt").stringValue()
              : "revoked " + key.get("revokedAt").stringValue());
    }
    return 200;
  }

  int revoke(String id) throws IOException, InterruptedException {
    if (id == null) {
      throw new IllegalArgumentException("usage: keys revoke ID");
    }
    HttpResponse<String> response = send("DELETE", "/api/v1/keys/" + id, null);
    out.println(response.statusCode() == 200 ? "revoked " + id : response.body());
    return response.statusCode();
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + adminKey);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static ArrayNode list(String commaSeparated) {
    ArrayNode array = JsonCodec.mapper().createArrayNode();
    if (commaSeparated != null) {
      List.of(commaSeparated.split(",")).stream()
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(array::add);
    }
    return array;
  }

  /** {@code --name value} pairs; a lone word is the {@code id}. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else {
        options.put("id", args[i]);
      }
    }
    return options;
  }
}
