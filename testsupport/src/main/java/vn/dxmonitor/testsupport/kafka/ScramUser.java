package vn.dxmonitor.testsupport.kafka;

/** A user of a broker that admits only SCRAM-SHA-512 over SASL, as a hardened cluster does. */
public record ScramUser(String user, String password) {

  /** The {@code sasl.jaas.config} a client of this user sets. */
  public String jaasConfig() {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  /** Never the password: a user printed in a log or an assertion message shows only its name. */
  @Override
  public String toString() {
    return "ScramUser[" + user + "]";
  }
}
