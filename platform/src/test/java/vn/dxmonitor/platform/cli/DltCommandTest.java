package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dxmonitor.runtime.deadletter.LetterId;

/** {@code ./dx dlt}'s arguments: a bad one is named in the error. */
class DltCommandTest {

  @Test
  void noArgumentsListsAndOptionsAlonePickList() {
    assertThat(DltCommand.Command.parse(new String[0]).name()).isEqualTo("list");
    DltCommand.Command command =
        DltCommand.Command.parse(new String[] {"--reason", "unknown-unit", "--limit", "5"});
    assertThat(command.name()).isEqualTo("list");
    assertThat(command.options())
        .containsEntry("reason", "unknown-unit")
        .containsEntry("limit", "5");
  }

  @Test
  void aBadArgumentIsNamed() {
    assertThatThrownBy(() -> DltCommand.Command.parse(new String[] {"purge"}))
        .hasMessageContaining("unknown command 'purge'");
    assertThatThrownBy(() -> DltCommand.Command.parse(new String[] {"show", "0:1", "--all"}))
        .hasMessageContaining("dlt show has no option --all");
    assertThatThrownBy(() -> DltCommand.Command.parse(new String[] {"replay", "--reason"}))
        .hasMessageContaining("option --reason needs a value");
    assertThatThrownBy(() -> LetterId.parse("0-42")).hasMessageContaining("'0-42'");
    assertThatThrownBy(() -> LetterId.parseList("0:1,x:2")).hasMessageContaining("'x:2'");
  }

  @Test
  void lettersAreReadAsPartitionAndOffset() {
    assertThat(LetterId.parseList("0:42, 1:7"))
        .containsExactly(new LetterId(0, 42), new LetterId(1, 7));
    assertThat(new LetterId(2, 9).replayedFrom()).isEqualTo("dlt:2:9");
  }
}
