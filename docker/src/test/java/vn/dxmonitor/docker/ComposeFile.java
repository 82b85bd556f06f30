package vn.dxmonitor.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** A compose file as data: services, their environment, volumes and the rest, anchors merged. */
final class ComposeFile {

  private static final Pattern DX_IMAGE =
      Pattern.compile("/(ingest|processor|alerting|dashboard|platform):");

  final Path path;
  private final Map<String, Object> root;

  private ComposeFile(Path path, Map<String, Object> root) {
    this.path = path;
    this.root = root;
  }

  static ComposeFile read(String relative) throws IOException {
    Path path = DockerModule.file(relative);
    return new ComposeFile(path, new Yaml().load(Files.readString(path)));
  }

  Set<String> services() {
    return map(root, "services").keySet();
  }

  Map<String, Object> service(String name) {
    return map(map(root, "services"), name);
  }

  Set<String> declaredVolumes() {
    return map(root, "volumes").keySet();
  }

  /** The image's application when the service runs one of this repository's images. */
  Optional<String> application(String service) {
    Matcher image = DX_IMAGE.matcher(String.valueOf(service(service).get("image")));
    return image.find() ? Optional.of(image.group(1)) : Optional.empty();
  }

  String image(String service) {
    return String.valueOf(service(service).get("image"));
  }

  /**
   * The environment the service gets, as compose makes it: its {@code env_file}s (relative to this
   * file) first, then {@code environment} in either form (a map, or a list of NAME=value), which
   * wins where both set a name.
   */
  Map<String, String> environment(String service) {
    Object environment = service(service).get("environment");
    Map<String, String> variables = new LinkedHashMap<>();
    for (String envFile : envFiles(service)) {
      variables.putAll(readEnvFile(path.resolveSibling(envFile)));
    }
    if (environment instanceof Map<?, ?> entries) {
      entries.forEach((name, value) -> variables.put(name.toString(), String.valueOf(value)));
    } else if (environment instanceof List<?> entries) {
      for (Object entry : entries) {
        String[] parts = entry.toString().split("=", 2);
        variables.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    return variables;
  }

  private List<String> envFiles(String service) {
    Object value = service(service).get("env_file");
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }

  private static Map<String, String> readEnvFile(Path file) {
    Map<String, String> variables = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("=", 2);
        variables.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the env file " + file, e);
    }
    return variables;
  }

  List<String> strings(String service, String key) {
    Object value = service(service).get(key);
    return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
  }

  Map<String, Object> dependsOn(String service) {
    Object value = service(service).get("depends_on");
    return value instanceof Map<?, ?> ? map(service(service), "depends_on") : Map.of();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  @Override
  public String toString() {
    return path.getFileName().toString();
  }
}
