package vn.dxmonitor.dashboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.runtime.catalog.PlanDocument;

class RequestBodiesTest {

  @Test
  void aFieldTheDocumentDoesNotHaveIsRefusedByName() {
    assertThatThrownBy(
            () ->
                RequestBodies.read(
                    "{\"name\":\"vanhanh\",\"rolee\":\"admin\"}".getBytes(StandardCharsets.UTF_8),
                    AccountRequest.class))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("rolee"));
    assertThatThrownBy(
            () ->
                RequestBodies.read(
                    "{\"id\":\"p\",\"targets\":[{\"valeu\":90}]}".getBytes(StandardCharsets.UTF_8),
                    PlanDocument.class))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("targets[0].valeu"));
  }

  @Test
  void aDocumentOfKnownFieldsIsRead() {
    AccountRequest read =
        RequestBodies.read(
            "{\"name\":\"vanhanh\",\"role\":\"operator\",\"units\":[\"52\"]}"
                .getBytes(StandardCharsets.UTF_8),
            AccountRequest.class);

    assertThat(read.units()).containsExactly("52");
  }
}
