package vn.dxmonitor.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ingest API alone, as deployed on its own. */
@SpringBootApplication(scanBasePackages = {"vn.dxmonitor.ingest", "vn.dxmonitor.runtime"})
public class IngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(IngestApplication.class, args);
  }
}
