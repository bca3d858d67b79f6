package org.indicia.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the UTF-8 bytes a throughput benchmark read, so JMH reports them as a rate next to ops/s:
 * the secondary result {@code bytes} in bytes/s, which {@code ResultsReport} prints as MB/s (10^6
 * bytes per second).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {

  /** Read by JMH; public as {@code @AuxCounters} requires. */
  public long bytes;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
