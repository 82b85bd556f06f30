package vn.dxmonitor.dashboard.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who reads it: the navigation shows the name, the role and what it may open. */
@ControllerAdvice
public class ViewerModel {

  @ModelAttribute("viewer")
  public Viewer viewer() {
    return Viewers.current().orElse(null);
  }
}
