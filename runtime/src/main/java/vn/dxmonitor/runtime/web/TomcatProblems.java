package vn.dxmonitor.runtime.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;

/**
 * The answer Tomcat gives itself, before any filter or controller sees the request — a head over
 * {@code server.max-http-request-header-size}, a request line or header it cannot parse — as a
 * problem detail like every other refusal, instead of Tomcat's HTML error page. Replaces the host's
 * error report valve (Spring Boot's, which only hides the server's version) in every service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
public class TomcatProblems {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
    return new ValveCustomizer();
  }

  /** Last of the customizers, so that its valve replaces the one Spring Boot adds. */
  private static final class ValveCustomizer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            if (host instanceof StandardHost standard) {
              standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  /** Writes an error Tomcat answers itself as {@code application/problem+json}. */
  public static final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      Problem problem =
          Problem.ofStatus(
              status,
              throwable instanceof IllegalArgumentException
                  ? "the request could not be read: " + throwable.getMessage()
                  : "the server refused the request before reading it");
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // The reporter, not the servlet stream: it writes even when the application had taken the
        // writer, and is null when something was written already
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(problem.json());
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The connection is closing anyway: there is nobody left to tell
      }
    }
  }
}
