package vn.dxmonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every WebJar the dashboard ships is one its pages load: a library nobody uses is attack surface
 * and weight for nothing (an htmx WebJar once shipped unused).
 */
class WebJarsTest {

  private static final String WEBJARS = "META-INF/resources/webjars/";

  @Test
  void everyWebJarOnTheClasspathIsLoadedByAPage() throws IOException {
    Set<String> shipped = shippedWebJars();
    String pages = templates();

    assertThat(shipped).as("the WebJars found on the classpath").isNotEmpty();
    for (String name : shipped) {
      assertThat(pages)
          .as("a page loads /webjars/" + name + "/")
          .contains("/webjars/" + name + "/");
    }
  }

  private static Set<String> shippedWebJars() throws IOException {
    Set<String> names = new TreeSet<>();
    for (URL url :
        Collections.list(
            WebJarsTest.class.getClassLoader().getResources("META-INF/resources/webjars"))) {
      if (!(url.openConnection() instanceof JarURLConnection connection)) {
        continue;
      }
      // A private copy: closing the class loader's shared one would break its later reads.
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        jar.stream()
            .map(entry -> entry.getName())
            .filter(name -> name.startsWith(WEBJARS) && name.length() > WEBJARS.length())
            .map(name -> name.substring(WEBJARS.length()).split("/")[0])
            .forEach(names::add);
      }
    }
    return names;
  }

  private static String templates() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }
}
