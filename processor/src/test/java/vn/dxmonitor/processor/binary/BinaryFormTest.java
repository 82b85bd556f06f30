package vn.dxmonitor.processor.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * The hand-written binary form must stay the one {@code java.io}'s data streams wrote, which the
 * state of a running processor is still in.
 */
class BinaryFormTest {

  private static final String[] STRINGS = {
    "",
    "21592",
    "Xã Phú Thiện",
    "Sở Thông tin và Truyền thông",
    "nul\u0000inside",
    "𝔘 surrogate",
    "ß"
  };

  @Test
  void whatTheWriterWritesIsWhatDataOutputStreamWrites() throws IOException {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      String text = round < STRINGS.length ? STRINGS[round] : randomString(random);
      long number = random.nextLong();
      double figure = random.nextDouble() * 1e6;
      int small = random.nextInt();

      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(expected);
      data.writeByte(7);
      data.writeBoolean(true);
      data.writeUTF(text);
      data.writeLong(number);
      data.writeDouble(figure);
      data.writeInt(small);
      data.writeBoolean(false);

      byte[] written =
          new BinaryWriter()
              .writeByte(7)
              .writeString(text)
              .writeLong(number)
              .writeDouble(figure)
              .writeInt(small)
              .writeString(null)
              .toBytes();

      assertThat(written).as("%s", text).isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void theReaderReadsWhatDataOutputStreamWrote() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      String text = round < STRINGS.length ? STRINGS[round] : randomString(random);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(bytes);
      data.writeBoolean(true);
      data.writeUTF(text);
      data.writeLong(Long.MIN_VALUE + round);
      data.writeInt(-round);

      BinaryReader reader = new BinaryReader(bytes.toByteArray(), "test record");

      assertThat(reader.readString()).isEqualTo(text);
      assertThat(reader.readLong()).isEqualTo(Long.MIN_VALUE + round);
      assertThat(reader.readInt()).isEqualTo(-round);
      assertThat(reader.atEnd()).isTrue();
      // And the streams read the writer's bytes the same way.
      DataInputStream back =
          new DataInputStream(
              new ByteArrayInputStream(new BinaryWriter().writeString(text).toBytes()));
      assertThat(back.readBoolean()).isTrue();
      assertThat(back.readUTF()).isEqualTo(text);
    }
  }

  @Test
  void instantsDatesAndNullsComeBackAsTheyWent() {
    Instant at = Instant.parse("2026-11-23T03:15:30.123Z");
    LocalDate day = LocalDate.of(2025, 7, 1);
    byte[] bytes =
        new BinaryWriter()
            .writeInstant(at)
            .writeInstant(null)
            .writeDate(day)
            .writeDate(null)
            .writeNullableDouble(12.5)
            .writeNullableDouble(null)
            .toBytes();

    BinaryReader reader = new BinaryReader(bytes, "test record");

    assertThat(reader.readInstant()).isEqualTo(at);
    assertThat(reader.readInstant()).isNull();
    assertThat(reader.readDate()).isEqualTo(day);
    assertThat(reader.readDate()).isNull();
    assertThat(reader.readNullableDouble()).isEqualTo(12.5);
    assertThat(reader.readNullableDouble()).isNull();
    assertThat(reader.atEnd()).isTrue();
  }

  @Test
  void bytesThatEndTooEarlyAreRefusedNamingWhatTheyShouldHaveBeen() {
    byte[] whole = new BinaryWriter().writeString("Phú Thiện").writeLong(1).toBytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 3);

    BinaryReader reader = new BinaryReader(cut, "indicator state");
    reader.readString();

    assertThatThrownBy(reader::readLong)
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a whole indicator state");
  }

  private static String randomString(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(40); i > 0; i--) {
      text.append((char) random.nextInt(0xFFFF));
    }
    return text.toString();
  }
}
