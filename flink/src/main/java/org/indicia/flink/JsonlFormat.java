package org.indicia.flink;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.Path;
import org.indicia.cli.ScanJsonl;

/**
 * Reads JSON Lines files for a {@code FileSource} with {@code scan}'s own reader ({@link
 * ScanJsonl#reader}), so blank lines, byte order marks, bad UTF-8, malformed JSON and missing ids
 * are handled exactly as {@code scan} handles them. Each file is one split, read in order, so a
 * record's line number (and the {@code source:line} id of a record without one) is scan's too.
 * Files are named as {@code scan} would name them when given the input as typed: the input itself,
 * or for a directory {@code DIR/relative/path}.
 */
final class JsonlFormat implements BulkFormat<ScanJsonl.Record, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  private static final int BATCH = 256;

  private final String inputName;
  private final URI inputUri;

  /**
   * @param inputName the input as the user typed it
   * @param input the input, qualified (as the source enumerates it)
   */
  JsonlFormat(String inputName, Path input) {
    this.inputName = inputName;
    this.inputUri = input.toUri().normalize();
  }

  @Override
  public Reader<ScanJsonl.Record> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return new LineBatches(split, 0);
  }

  @Override
  public Reader<ScanJsonl.Record> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new LineBatches(split, skip);
  }

  @Override
  public boolean isSplittable() {
    return false; // line numbers count from the start of the file
  }

  @Override
  public TypeInformation<ScanJsonl.Record> getProducedType() {
    return TypeInformation.of(ScanJsonl.Record.class);
  }

  /** The name scan gives this file. */
  String name(Path file) {
    URI f = file.toUri().normalize();
    if (f.equals(inputUri)) {
      return inputName;
    }
    String rel = inputUri.relativize(f).getPath();
    String dir = inputName.endsWith("/") ? inputName : inputName + "/";
    return dir + rel;
  }

  private final class LineBatches implements Reader<ScanJsonl.Record> {
    private final ScanJsonl.Reader records;
    private long emitted;

    LineBatches(FileSourceSplit split, long skip) throws IOException {
      Path path = split.path();
      this.records = ScanJsonl.reader(name(path), path.getFileSystem().open(path));
      for (; emitted < skip && records.next() != null; emitted++) {
        // records already emitted before the checkpoint
      }
    }

    @Override
    public RecordIterator<ScanJsonl.Record> readBatch() throws IOException {
      List<ScanJsonl.Record> batch = new ArrayList<>(BATCH);
      for (ScanJsonl.Record r = records.next(); r != null; r = records.next()) {
        batch.add(r);
        if (batch.size() == BATCH) {
          break;
        }
      }
      if (batch.isEmpty()) {
        return null;
      }
      long before = emitted;
      emitted += batch.size();
      return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, before);
    }

    @Override
    public void close() throws IOException {
      records.close();
    }
  }
}
