package vn.dxmonitor.dashboard.live;

import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dxmonitor.dashboard.security.StillSignedIn;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;

/**
 * Server-sent events for the page: each indicator value of the units the viewer sees, as the
 * processor publishes it.
 */
@RestController
public class LiveStreamController {

  private final LiveClients clients;
  private final UnitScope scope;
  private final StillSignedIn stillSignedIn;

  public LiveStreamController(LiveClients clients, UnitScope scope, StillSignedIn stillSignedIn) {
    this.clients = clients;
    this.scope = scope;
    this.stillSignedIn = stillSignedIn;
  }

  @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream() {
    // The units seen are fixed when the stream opens; a change to the registry reaches the browser
    // at its next reconnection.
    Optional<Set<String>> visible = scope.visibleCodes(Viewers.require());
    return clients.connect(
        unit -> visible.map(codes -> codes.contains(unit)).orElse(true),
        stillSignedIn.of(SecurityContextHolder.getContext().getAuthentication()));
  }
}
