package vn.dxmonitor.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, so that guessing passwords is slow: after {@code max-failures} failures within
 * {@code window} for one account name, or from one address, further attempts for it are refused
 * without checking the password until the lockout is over. A successful sign-in clears the name's
 * count. Kept per instance: behind a load balancer, each instance locks on its own count.
 */
@Component
public class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginAttempts(SignInProperties properties, Clock clock) {
    this.properties = properties.login();
    this.clock = clock;
  }

  /** Until when sign-ins as {@code name} or from {@code address} are refused, if they are. */
  public Optional<Instant> lockedUntil(String name, String address) {
    Instant now = clock.instant();
    return latest(lockout(byName(name), now), lockout(byAddress(address), now));
  }

  @EventListener
  public void failed(AbstractAuthenticationFailureEvent event) {
    String name = String.valueOf(event.getAuthentication().getName());
    Instant now = clock.instant();
    record(byName(name), now);
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
      record(byAddress(details.getRemoteAddress()), now);
    }
    lockout(byName(name), now)
        .ifPresent(until -> log.warn("Sign-in as '{}' locked until {}", normal(name), until));
  }

  @EventListener
  public void succeeded(AuthenticationSuccessEvent event) {
    failures.remove(byName(event.getAuthentication().getName()));
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      forget(times, now);
    }
  }

  private Optional<Instant> lockout(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      forget(times, now);
      if (times.size() < properties.maxFailures()) {
        return Optional.empty();
      }
      Instant until = times.peekLast().plus(properties.lockout());
      return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
  }

  /** Failures older than the window, and than the lockout they could still be part of, go. */
  private void forget(Deque<Instant> times, Instant now) {
    Duration keep = max(properties.window(), properties.lockout());
    while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(keep))) {
      times.removeFirst();
    }
    while (times.size() > properties.maxFailures()) {
      times.removeFirst();
    }
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String byName(String name) {
    return "name:" + normal(name);
  }

  private static String byAddress(String address) {
    return "address:" + address;
  }

  private static String normal(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
