package vn.dxmonitor.dashboard.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.runtime.catalog.PlanDocument;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.PlanVersion;

/**
 * Plans with their targets. A plan reads and writes as one document; a change makes a new version
 * (its number in the {@code X-Plan-Version} header) and keeps the old ones under {@code /versions}.
 */
@RestController
public class PlansController {

  static final String VERSION_HEADER = "X-Plan-Version";

  private final CatalogView view;
  private final CatalogAdministration administration;
  private final UnitScope scope;
  private final Administrators administrators;

  public PlansController(
      CatalogView view,
      CatalogAdministration administration,
      UnitScope scope,
      Administrators administrators) {
    this.view = view;
    this.administration = administration;
    this.scope = scope;
    this.administrators = administrators;
  }

  /** The plans that concern the viewer: those issued for its units, above them or for everyone. */
  @GetMapping("/api/v1/plans")
  public List<PlanDocument> list() {
    Viewer viewer = Viewers.require();
    return view.latestPlans().stream()
        .map(PlanVersion::plan)
        .filter(plan -> scope.concernsPlan(viewer, plan.issuedFor()))
        .toList();
  }

  @GetMapping("/api/v1/plans/{id}")
  public ResponseEntity<PlanDocument> get(@PathVariable String id) {
    List<PlanVersion> versions = versions(id);
    return answer(HttpStatus.OK, versions.get(versions.size() - 1));
  }

  @GetMapping("/api/v1/plans/{id}/versions")
  public List<PlanVersion> versions(@PathVariable String id) {
    List<PlanVersion> versions = view.planVersions(id);
    if (versions.isEmpty()
        || !scope.concernsPlan(
            Viewers.require(), versions.get(versions.size() - 1).plan().issuedFor())) {
      throw ConflictException.missing("plan " + id);
    }
    return versions;
  }

  @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PlanDocument> create(@RequestBody byte[] body) {
    administrators.require();
    PlanDocument plan = RequestBodies.read(body, PlanDocument.class);
    Viewer admin = administrators.requireOver(plan.issuedFor(), "issuedFor");
    PlanVersion saved = administration.createPlan(plan, admin.actor());
    return answer(HttpStatus.CREATED, saved);
  }

  @PutMapping(path = "/api/v1/plans/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PlanDocument> update(@PathVariable String id, @RequestBody byte[] body) {
    administrators.require();
    PlanDocument plan = RequestBodies.read(body, PlanDocument.class);
    List<PlanVersion> versions = view.planVersions(id);
    if (!versions.isEmpty()) {
      // Both what it was issued for and what it is to be issued for must be the administrator's
      administrators.requireOver(versions.get(versions.size() - 1).plan().issuedFor(), "id");
    }
    Viewer admin = administrators.requireOver(plan.issuedFor(), "issuedFor");
    PlanVersion saved = administration.updatePlan(id, plan, admin.actor());
    return answer(HttpStatus.OK, saved);
  }

  private static ResponseEntity<PlanDocument> answer(HttpStatus status, PlanVersion version) {
    return ResponseEntity.status(status)
        .header(VERSION_HEADER, Integer.toString(version.version()))
        .body(version.plan());
  }
}
