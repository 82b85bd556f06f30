package vn.dxmonitor.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The dashboard alone, as deployed on its own. */
@SpringBootApplication(scanBasePackages = {"vn.dxmonitor.dashboard", "vn.dxmonitor.runtime"})
public class DashboardApplication {

  public static void main(String[] args) {
    SpringApplication.run(DashboardApplication.class, args);
  }
}
