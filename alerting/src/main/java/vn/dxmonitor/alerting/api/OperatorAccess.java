package vn.dxmonitor.alerting.api;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Scopes;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.web.BearerKeys;
import vn.dxmonitor.runtime.web.KeyAuthentication;
import vn.dxmonitor.runtime.web.PresentedKey;

/** Reads the caller's key and decides what it may do in the alerting API. */
@Component
public class OperatorAccess {

  private final BearerKeys keys;
  private final CatalogView view;
  private final Clock clock;

  public OperatorAccess(ApiKeyRegistry keys, CatalogView view, Clock clock) {
    this.keys = new BearerKeys(keys);
    this.view = view;
    this.clock = clock;
  }

  /** An operator or administrator key; source keys report events and nothing else. */
  public Operator operator(String authorization) {
    ApiKey key = authenticate(authorization);
    if (!Permissions.allows(key, Action.WORK_ALERTS)) {
      throw new AlertingApiException(
          ErrorCode.OPERATOR_KEY_REQUIRED,
          null,
          "key "
              + key.id()
              + " is a source key; working alerts needs an operator or administrator key");
    }
    LocalDate today = VietnamTime.dateOf(clock.instant());
    UnitHistory history = view.units();
    return new Operator(key, Scopes.roots(key, history, today), history, today);
  }

  /**
   * An administrator key of the whole country: the rules and the receivers are the country's, so an
   * administrator of some units may neither change them nor read the receivers' addresses.
   */
  public Operator nationalAdmin(String authorization) {
    Operator operator = operator(authorization);
    if (!Permissions.allows(operator.key(), Action.ADMINISTER_COUNTRY)) {
      throw new AlertingApiException(
          ErrorCode.NATIONAL_ADMIN_KEY_REQUIRED,
          null,
          "key "
              + operator.key().id()
              + (Permissions.allows(operator.key(), Action.ADMINISTER)
                  ? " administers units " + operator.key().units()
                  : " is an operator key")
              + "; this needs an administrator key of the whole country");
    }
    return operator;
  }

  /** The key its filter chain authenticated, or else the one the header names. */
  private ApiKey authenticate(String authorization) {
    return KeyAuthentication.current()
        .orElseGet(
            () -> {
              PresentedKey presented = keys.read(authorization);
              return presented.working().orElseThrow(() -> refused(presented));
            });
  }

  /** Why a request without a working key is refused, as the alerting API has always said it. */
  static AlertingApiException refused(PresentedKey presented) {
    return switch (presented.kind()) {
      case MISSING, OTHER_SCHEME ->
          new AlertingApiException(
              ErrorCode.MISSING_API_KEY,
              null,
              "send an operator or administrator key as 'Authorization: Bearer <key>'");
      case SEVERAL ->
          new AlertingApiException(ErrorCode.INVALID_API_KEY, null, PresentedKey.SEVERAL_HEADERS);
      case UNKNOWN, WORKING ->
          new AlertingApiException(
              ErrorCode.INVALID_API_KEY, null, "the key is unknown or revoked");
    };
  }
}
