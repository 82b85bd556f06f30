package vn.dxmonitor.ingest.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer-key scheme its operations refer to. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  static final String BEARER = "api-key";

  @Bean
  OpenAPI dxOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("DX Monitor API")
                .version("v1")
                .description(
                    "Source systems report events and figures with keys an administrator makes"
                        + " in the admin API. The event contract is in docs/events.md."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "Authorization: Bearer <key>; keys from the admin API's POST /api/v1/keys")));
  }
}
