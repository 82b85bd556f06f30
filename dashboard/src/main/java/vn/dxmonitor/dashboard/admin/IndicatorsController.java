package vn.dxmonitor.dashboard.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;

/** The catalog's indicators: read, created and changed. */
@RestController
public class IndicatorsController {

  private final CatalogView view;
  private final CatalogAdministration administration;
  private final Administrators administrators;

  public IndicatorsController(
      CatalogView view, CatalogAdministration administration, Administrators administrators) {
    this.view = view;
    this.administration = administration;
    this.administrators = administrators;
  }

  @GetMapping("/api/v1/indicators")
  public List<IndicatorDocument> list() {
    return view.indicatorDocuments();
  }

  @GetMapping("/api/v1/indicators/{id}")
  public IndicatorDocument get(@PathVariable String id) {
    return view.indicatorDocument(id)
        .orElseThrow(() -> ConflictException.missing("indicator " + id));
  }

  @PostMapping(path = "/api/v1/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public IndicatorDocument create(@RequestBody byte[] body) {
    Viewer admin = administrators.requireNational("indicators");
    return administration.createIndicator(
        RequestBodies.read(body, IndicatorDocument.class), admin.actor());
  }

  @PutMapping(path = "/api/v1/indicators/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public IndicatorDocument update(@PathVariable String id, @RequestBody byte[] body) {
    Viewer admin = administrators.requireNational("indicators");
    return administration.updateIndicator(
        id, RequestBodies.read(body, IndicatorDocument.class), admin.actor());
  }
}
