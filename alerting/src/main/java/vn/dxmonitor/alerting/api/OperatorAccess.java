package vn.dxmonitor.alerting.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.BearerToken;
import vn.dxmonitor.runtime.keys.KeyRole;

/** Reads the caller's key and decides what it may do in the alerting API. */
@Component
public class OperatorAccess {

  private final ApiKeyRegistry keys;
  private final CatalogView view;
  private final Clock clock;

  public OperatorAccess(ApiKeyRegistry keys, CatalogView view, Clock clock) {
    this.keys = keys;
    this.view = view;
    this.clock = clock;
  }

  /** An operator or administrator key; source keys report events and nothing else. */
  public Operator operator(String authorization) {
    ApiKey key = authenticate(authorization);
    if (key.role() == KeyRole.SOURCE) {
      throw new AlertingApiException(
          HttpStatus.FORBIDDEN,
          "operator-key-required",
          null,
          "key "
              + key.id()
              + " is a source key; working alerts needs an operator or administrator key");
    }
    return new Operator(key, unitsToday(key));
  }

  public Operator admin(String authorization) {
    Operator operator = operator(authorization);
    if (!operator.isAdmin()) {
      throw new AlertingApiException(
          HttpStatus.FORBIDDEN,
          "admin-key-required",
          null,
          "key "
              + operator.key().id()
              + " is an operator key; this change needs an administrator key");
    }
    return operator;
  }

  private ApiKey authenticate(String authorization) {
    String presented =
        BearerToken.of(authorization)
            .orElseThrow(
                () ->
                    new AlertingApiException(
                        HttpStatus.UNAUTHORIZED,
                        "missing-api-key",
                        null,
                        "send an operator or administrator key as 'Authorization: Bearer <key>'"));
    return keys.authenticate(presented)
        .orElseThrow(
            () ->
                new AlertingApiException(
                    HttpStatus.UNAUTHORIZED,
                    "invalid-api-key",
                    null,
                    "the key is unknown or revoked"));
  }

  /** Whether a unit lies within one of the operator's subtrees in today's registry. */
  public boolean isWithin(Operator operator, String unit) {
    if (operator.isAdmin()) {
      return true;
    }
    var tree = view.units().at(VietnamTime.dateOf(clock.instant()));
    return operator.units().stream().anyMatch(root -> tree.isWithin(unit, root));
  }

  /** A key issued before the 2025 reform names old codes; alerts carry today's. */
  private List<String> unitsToday(ApiKey key) {
    LocalDate today = VietnamTime.dateOf(clock.instant());
    UnitHistory history = view.units();
    List<String> units = new ArrayList<>();
    for (String code : key.units()) {
      units.add(code);
      if (history.resolve(code, today) instanceof CodeResolution.Resolved resolved) {
        units.add(resolved.unit().code());
      }
    }
    return units.stream().distinct().toList();
  }
}
