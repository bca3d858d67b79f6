package org.indicia.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;

/**
 * Reads pack files: only a regular file of at most {@link #MAX_FILE_BYTES} is read, as UTF-8. A
 * directory, FIFO, socket or device (also behind a symlink) is refused before it is opened, so
 * nothing blocks on a FIFO or reads {@code /dev/zero} for ever; after opening, the file must be
 * the one checked (same file key) and reading stops at the limit whatever the size said. Internal.
 */
public final class PackFiles {
  /** Largest pack file, in bytes (the char limit times 4, UTF-8's widest). */
  public static final int MAX_FILE_BYTES = PackReader.MAX_PACK_CHARS * 4;

  private PackFiles() {}

  /**
   * The file's text.
   *
   * @throws RulePackException {@link Fault#NOT_A_FILE} for anything but a regular file, {@link
   *     Fault#TOO_LARGE} over the limit, {@link Fault#IO} when it cannot be read or is not UTF-8
   */
  public static String read(Path path) throws RulePackException {
    Objects.requireNonNull(path, "path");
    String name = path.toString();
    try {
      BasicFileAttributes before = regularFile(path, name);
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
        BasicFileAttributes after = regularFile(path, name);
        if (before.fileKey() != null && !before.fileKey().equals(after.fileKey())) {
          throw new RulePackException(Fault.NOT_A_FILE, name, 0, 0, null,
              "the file changed while it was opened");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(MAX_FILE_BYTES + 1L, after.size() + 1L));
        while (true) {
          if (!buf.hasRemaining()) {
            if (buf.capacity() > MAX_FILE_BYTES) {
              throw tooLarge(name);
            }
            ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(MAX_FILE_BYTES + 1L, buf.capacity() * 2L));
            buf.flip();
            bigger.put(buf);
            buf = bigger;
          }
          if (ch.read(buf) < 0) {
            break;
          }
        }
        buf.flip();
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(buf)
            .toString();
      }
    } catch (NoSuchFileException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null, "permission denied");
    } catch (CharacterCodingException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null, "not UTF-8");
    } catch (IOException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private static BasicFileAttributes regularFile(Path path, String name)
      throws IOException, RulePackException {
    BasicFileAttributes a = java.nio.file.Files.readAttributes(path, BasicFileAttributes.class);
    if (a.isDirectory()) {
      throw new RulePackException(Fault.NOT_A_FILE, name, 0, 0, null, "a directory");
    }
    if (!a.isRegularFile()) {
      throw new RulePackException(Fault.NOT_A_FILE, name, 0, 0, null, "a device, FIFO or socket");
    }
    if (a.size() > MAX_FILE_BYTES) {
      throw tooLarge(name);
    }
    return a;
  }

  private static RulePackException tooLarge(String name) {
    return new RulePackException(Fault.TOO_LARGE, name, 0, 0, null,
        "a pack file of more than " + MAX_FILE_BYTES + " bytes");
  }
}
