package vn.dxmonitor.alerting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The alerting service alone, as deployed on its own. */
@SpringBootApplication(scanBasePackages = {"vn.dxmonitor.alerting", "vn.dxmonitor.runtime"})
public class AlertingApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlertingApplication.class, args);
  }
}
