package vn.dxmonitor.dashboard.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.ApiKeyView;
import vn.dxmonitor.runtime.keys.CreatedKey;

/**
 * {@code /api/v1/keys}: administrators — signed in, or with an administrator key — make, list and
 * revoke the keys source systems send events with. An administrator of some units keys only within
 * them, of no higher role than its own ({@link ApiKeyRegistry} decides). The secret of a new key is
 * in the answer to its creation and nowhere else.
 */
@RestController
public class KeysController {

  private final Administrators administrators;
  private final ApiKeyRegistry registry;

  public KeysController(Administrators administrators, ApiKeyRegistry registry) {
    this.administrators = administrators;
    this.registry = registry;
  }

  @PostMapping(path = "/api/v1/keys", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public CreatedKey create(@RequestBody(required = false) byte[] json) {
    Viewer admin = administrators.require();
    return registry.create(
        KeyRequestReader.read(RequestBodies.readObject(json)), admin, admin.actor());
  }

  /** The keys the administrator reaches: for one of some units, those within them. */
  @GetMapping("/api/v1/keys")
  public List<ApiKeyView> list() {
    return registry.list(administrators.require());
  }

  /** Revokes a key the administrator reaches; any other is as if there were none. */
  @DeleteMapping("/api/v1/keys/{id}")
  public ApiKeyView revoke(@PathVariable String id) {
    Viewer admin = administrators.require();
    return registry
        .revoke(id, admin, admin.actor())
        .orElseThrow(() -> ConflictException.missing("key " + id));
  }
}
