package vn.dxmonitor.dashboard.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events for the page: each indicator value as the processor publishes it. */
@RestController
public class LiveStreamController {

  private final LiveClients clients;

  public LiveStreamController(LiveClients clients) {
    this.clients = clients;
  }

  @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream() {
    return clients.connect();
  }
}
