package vn.dxmonitor.processor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The processor alone, as deployed on its own. */
@SpringBootApplication(scanBasePackages = {"vn.dxmonitor.processor", "vn.dxmonitor.runtime"})
public class ProcessorApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProcessorApplication.class, args);
  }
}
