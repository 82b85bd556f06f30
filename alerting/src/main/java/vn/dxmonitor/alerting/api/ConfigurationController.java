package vn.dxmonitor.alerting.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.alerting.route.AlertReceivers;
import vn.dxmonitor.alerting.route.ReceiversDocument;
import vn.dxmonitor.alerting.route.ReceiversReader;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.alerting.rule.RuleSetReader;
import vn.dxmonitor.alerting.rule.RulesDocument;

/**
 * The rules and the receivers, as YAML or JSON: operators read the rules; only an administrator of
 * the whole country reads the receivers (their addresses are the country's) and replaces either
 * whole. Webhook secrets are never shown; a document read and written back keeps them.
 */
@RestController
public class ConfigurationController {

  private static final String YAML = "application/yaml";

  private final OperatorAccess access;
  private final AlertRules rules;
  private final AlertReceivers receivers;

  public ConfigurationController(
      OperatorAccess access, AlertRules rules, AlertReceivers receivers) {
    this.access = access;
    this.rules = rules;
    this.receivers = receivers;
  }

  @GetMapping("/api/v1/rules")
  public RulesDocument rules(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    access.operator(authorization);
    return rules.document();
  }

  @PutMapping(
      path = "/api/v1/rules",
      consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, MediaType.TEXT_PLAIN_VALUE})
  public RulesDocument replaceRules(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody String body) {
    Operator admin = access.nationalAdmin(authorization);
    return rules.replace(RuleSetReader.parse(body), admin.actor());
  }

  @GetMapping("/api/v1/receivers")
  public ReceiversDocument receivers(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    access.nationalAdmin(authorization);
    return receivers.document().hidden();
  }

  @PutMapping(
      path = "/api/v1/receivers",
      consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, MediaType.TEXT_PLAIN_VALUE})
  public ReceiversDocument replaceReceivers(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody String body) {
    Operator admin = access.nationalAdmin(authorization);
    return receivers.replace(ReceiversReader.parse(body), admin.actor()).hidden();
  }
}
