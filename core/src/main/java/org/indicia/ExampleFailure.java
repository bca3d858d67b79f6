package org.indicia;

import java.util.List;

/**
 * An indicator example that did not behave as written: a {@code hit} that did not fire the
 * indicator, or a {@code miss} that did.
 *
 * @param pack the pack, as {@code id@version}
 * @param fired the indicators that fired on the example, in order
 */
public record ExampleFailure(
    String pack, String indicator, boolean expectedHit, String text, List<String> fired) {
  public ExampleFailure {
    fired = List.copyOf(fired);
  }

  @Override
  public String toString() {
    return pack + " " + indicator + ": expected " + (expectedHit ? "a hit" : "no hit")
        + " on \"" + text + "\"; fired " + fired;
  }
}
