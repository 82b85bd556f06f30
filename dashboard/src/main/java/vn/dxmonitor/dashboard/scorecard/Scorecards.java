package vn.dxmonitor.dashboard.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.runtime.catalog.ScorecardDocument;
import vn.dxmonitor.runtime.catalog.ScorecardReader;

/**
 * The scorecards the dashboard scores units on: those shipped with the platform, checked against
 * the catalog in force. Read once per catalog, since the catalog changes seldom and is asked often.
 */
@Component
public class Scorecards {

  private final CatalogSource source;
  private final List<ScorecardDocument> documents = ScorecardReader.shippedDocuments();
  private volatile Read last;

  public Scorecards(CatalogSource source) {
    this.source = source;
  }

  public List<Scorecard> all() {
    Catalog catalog = source.catalog();
    Read read = last;
    if (read == null || read.catalog() != catalog) {
      read = new Read(catalog, ScorecardReader.shipped(catalog));
      last = read;
    }
    return read.scorecards();
  }

  public Optional<Scorecard> find(String id) {
    return all().stream().filter(card -> card.id().equals(id)).findFirst();
  }

  private record Read(Catalog catalog, List<Scorecard> scorecards) {}
}
