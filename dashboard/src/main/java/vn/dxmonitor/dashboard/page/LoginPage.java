package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.security.SecurityConfiguration;

/** The sign-in form, and a button for each OpenID Connect provider configured. */
@Controller
public class LoginPage {

  private final DashboardMessages messages;
  private final PageLanguage language;
  private final ObjectProvider<ClientRegistrationRepository> providers;

  public LoginPage(
      DashboardMessages messages,
      PageLanguage language,
      ObjectProvider<ClientRegistrationRepository> providers) {
    this.messages = messages;
    this.language = language;
    this.providers = providers;
  }

  @GetMapping(SecurityConfiguration.LOGIN)
  public String page(
      @RequestParam(name = "lang", required = false) String lang,
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "logout", required = false) String logout,
      @RequestParam(name = "locked", required = false) String locked,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("text", messages.in(language.resolve(request, response, lang)));
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("providers", providers());
    return "dashboard/login";
  }

  private List<ClientRegistration> providers() {
    List<ClientRegistration> found = new ArrayList<>();
    if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
      registrations.forEach(
          registration -> {
            if (registration instanceof ClientRegistration known) {
              found.add(known);
            }
          });
    }
    return found;
  }
}
