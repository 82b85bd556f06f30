package vn.dxmonitor.runtime.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminKeyFile a file holding an administrator key that must work from the start; made with
 *     a new random key when missing. {@code ./dx up} points it at {@code .dx/admin.key}. Unset, no
 *     key is made and the keys on the topic are all there is.
 */
@ConfigurationProperties("dx.keys")
public record KeysProperties(Path adminKeyFile) {}
