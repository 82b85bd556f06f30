package vn.dxmonitor.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipInputStream;

/**
 * The configuration properties an executable jar's application reads, from the metadata Spring
 * Boot's configuration processor wrote into every jar inside it ({@code
 * META-INF/spring-configuration-metadata.json}): this repository's modules and Spring Boot's own.
 */
final class ServiceProperties {

  private static final String METADATA = "META-INF/spring-configuration-metadata.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> names = new TreeSet<>();
  private final Set<String> mapPrefixes = new TreeSet<>();

  static ServiceProperties of(Path executableJar) throws IOException {
    ServiceProperties properties = new ServiceProperties();
    try (JarFile jar = new JarFile(executableJar.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if ((entry.getName().equals(METADATA)
            || entry.getName().equals("BOOT-INF/classes/" + METADATA))) {
          try (InputStream in = jar.getInputStream(entry)) {
            properties.add(JSON.readTree(in));
          }
        } else if (entry.getName().startsWith("BOOT-INF/lib/")
            && entry.getName().endsWith(".jar")) {
          try (ZipInputStream nested = new ZipInputStream(jar.getInputStream(entry))) {
            for (var inner = nested.getNextEntry(); inner != null; inner = nested.getNextEntry()) {
              if (inner.getName().equals(METADATA)) {
                properties.add(JSON.readTree(nested.readAllBytes()));
              }
            }
          }
        }
      }
    }
    return properties;
  }

  private void add(JsonNode metadata) {
    for (JsonNode property : metadata.path("properties")) {
      String name = property.path("name").asText();
      names.add(name);
      if (property.path("type").asText().startsWith("java.util.Map")) {
        mapPrefixes.add(name);
      }
    }
  }

  int size() {
    return names.size();
  }

  /**
   * Whether the environment variable binds to a property the application reads, by Spring Boot's
   * rules: dots and dashes become underscores (or dashes are dropped), upper case; below a map
   * property, any key.
   */
  boolean reads(String variable) {
    for (String name : names) {
      if (variable.equals(underscored(name)) || variable.equals(dashless(name))) {
        return true;
      }
    }
    for (String prefix : mapPrefixes) {
      if (variable.startsWith(underscored(prefix) + "_")
          || variable.startsWith(dashless(prefix) + "_")) {
        return true;
      }
    }
    return false;
  }

  private static String underscored(String name) {
    return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static String dashless(String name) {
    return name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
  }
}
