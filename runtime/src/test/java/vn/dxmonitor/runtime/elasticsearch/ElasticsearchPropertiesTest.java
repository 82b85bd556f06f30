package vn.dxmonitor.runtime.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code dx.elasticsearch.*}: settings that cannot work are refused naming the property. */
class ElasticsearchPropertiesTest {

  private static final List<URI> HTTPS = List.of(URI.create("https://elasticsearch:9200"));

  @Test
  void aPasswordWithoutAUserIsRefusedNamingThePassword() {
    assertThatThrownBy(() -> properties(HTTPS, null, "s3cret-value", null, null, null))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.elasticsearch.password")
        .hasMessageContaining("a password needs dx.elasticsearch.username")
        .hasMessageNotContaining("s3cret-value");
  }

  @Test
  void aUserWithoutAPasswordIsRefused() {
    assertThatThrownBy(() -> properties(HTTPS, "dx_platform", null, null, null, null))
        .hasMessageContaining("dx.elasticsearch.username")
        .hasMessageContaining("needs dx.elasticsearch.password");
  }

  @Test
  void anHttpsNodeWithACaFileThatDoesNotExistIsRefusedNamingTheField(@TempDir Path dir) {
    Path missing = dir.resolve("ca.crt");
    assertThatThrownBy(() -> properties(HTTPS, "dx_platform", "pw", null, null, missing))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.elasticsearch.ca-certificate")
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void aMissingPasswordFileIsRefusedNamingTheField(@TempDir Path dir) {
    assertThatThrownBy(
            () -> properties(HTTPS, "dx_platform", null, dir.resolve("absent"), null, null))
        .hasMessageContaining("dx.elasticsearch.password-file")
        .hasMessageContaining("no readable file");
  }

  @Test
  void anApiKeyAndAUserTogetherAreRefused() {
    assertThatThrownBy(() -> properties(HTTPS, "dx_platform", "pw", null, "id:key", null))
        .hasMessageContaining("dx.elasticsearch.api-key")
        .hasMessageContaining("not both")
        .hasMessageNotContaining("id:key");
  }

  @Test
  void aNodeAddressMustBeHttpOrHttps() {
    assertThatThrownBy(
            () ->
                properties(List.of(URI.create("elasticsearch:9200")), null, null, null, null, null))
        .hasMessageContaining("dx.elasticsearch.uris");
  }

  @Test
  void emptyValuesAsComposeSetsThemMeanUnset() {
    ElasticsearchProperties properties = properties(HTTPS, "", " ", null, "", null);
    assertThat(properties.username()).isNull();
    assertThat(properties.password()).isNull();
    assertThat(properties.apiKey()).isNull();
    assertThat(properties.login()).isEqualTo("without credentials");
  }

  @Test
  void secretsAreReadFromTheirFilesAndNeverShown(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("password");
    Files.writeString(file, "from-the-file\n");
    ElasticsearchProperties fromFile = properties(HTTPS, "dx_platform", null, file, null, null);
    assertThat(fromFile.resolvePassword()).isEqualTo("from-the-file");

    ElasticsearchProperties inline =
        properties(HTTPS, "dx_platform", "inline-pw", null, null, null);
    assertThat(inline.toString()).doesNotContain("inline-pw").contains("password=******");
    assertThat(properties(HTTPS, null, null, null, "the-key", null).toString())
        .doesNotContain("the-key");
  }

  @Test
  void theServicesBindTheSettingsFromTheirEnvironment(@TempDir Path dir) throws Exception {
    Path ca = Files.writeString(dir.resolve("ca.crt"), "not read here");
    new ApplicationContextRunner()
        .withUserConfiguration(Bound.class)
        .withPropertyValues(
            "dx.elasticsearch.uris=https://elasticsearch:9200,https://elasticsearch-2:9200",
            "dx.elasticsearch.username=dx_platform",
            "dx.elasticsearch.password=pw",
            "dx.elasticsearch.ca-certificate=" + ca)
        .run(
            context -> {
              ElasticsearchProperties bound = context.getBean(ElasticsearchProperties.class);
              assertThat(bound.uris()).hasSize(2);
              assertThat(bound.username()).isEqualTo("dx_platform");
              assertThat(bound.caCertificate()).isEqualTo(ca);
            });
    new ApplicationContextRunner()
        .withUserConfiguration(Bound.class)
        .withPropertyValues("dx.elasticsearch.password=pw")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("dx.elasticsearch.password"));
  }

  @org.springframework.boot.context.properties.EnableConfigurationProperties(
      ElasticsearchProperties.class)
  static class Bound {}

  private static ElasticsearchProperties properties(
      List<URI> uris, String user, String password, Path passwordFile, String apiKey, Path ca) {
    return new ElasticsearchProperties(uris, "", 0, user, password, passwordFile, apiKey, null, ca);
  }
}
