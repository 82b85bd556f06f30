package vn.dxmonitor.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The ingest API alone, as deployed on its own. Only API keys authenticate it: Boot's generated
 * in-memory user would be an account nobody asked for, with its password in the log.
 */
@SpringBootApplication(
    exclude = UserDetailsServiceAutoConfiguration.class,
    scanBasePackages = {"vn.dxmonitor.ingest", "vn.dxmonitor.runtime"})
public class IngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(IngestApplication.class, args);
  }
}
