package vn.dxmonitor.dashboard.admin;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;

/**
 * The catalog's audit trail: every change, who made it, when, before and after — for an
 * administrator of some units, the changes about them only.
 */
@RestController
public class AuditController {

  private final CatalogView view;
  private final Administrators administrators;

  public AuditController(CatalogView view, Administrators administrators) {
    this.view = view;
    this.administrators = administrators;
  }

  /**
   * @param kind {@code indicator}, {@code plan}, {@code units} or {@code reorganisation}
   * @param id the entry's id, e.g. a plan id
   */
  @GetMapping("/api/v1/audit")
  public List<AuditEntry> audit(
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "id", required = false) String id) {
    Viewer admin = administrators.require();
    return view.audit().stream()
        .filter(entry -> administrators.reachesAll(admin, entry.units()))
        .filter(entry -> kind == null || kind.equals(entry.kind()))
        .filter(entry -> id == null || id.equals(entry.id()))
        .toList();
  }
}
