package vn.dxmonitor.processor;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The processor alone, as deployed on its own. */
@SpringBootApplication(scanBasePackages = {"vn.dxmonitor.processor", "vn.dxmonitor.runtime"})
public class ProcessorApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(ProcessorApplication.class);
    // It serves only health and metrics: on a free port unless told (the image says 8080), so a
    // processor started beside other services on one machine does not take theirs.
    application.setDefaultProperties(Map.of("server.port", "0"));
    application.run(args);
  }
}
