package vn.dxmonitor.platform.cli;

/**
 * A command could not do what it was asked. Thrown out of {@code main} so the command exits
 * non-zero; the message is for a person at a terminal, so it carries no stack trace of its own.
 */
final class CommandFailedException extends RuntimeException {

  CommandFailedException(String message) {
    super(message, null, false, false);
  }
}
