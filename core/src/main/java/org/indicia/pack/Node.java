package org.indicia.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it stood in the source, so validation errors
 * can name a line and column. Public for the overlay parser ({@code org.indicia.overlay}), which
 * reads overlays with the same reader. Internal.
 */
public sealed interface Node {
  int line();

  int column();

  /** A human name of the node's type, for error messages. */
  String typeName();

  /** A mapping; keys keep their own locations for unknown-key errors. */
  record MapNode(int line, int column, Map<String, Node> entries, Map<String, int[]> keyLocations)
      implements Node {
    public MapNode {
      entries = new LinkedHashMap<>(entries);
      keyLocations = new LinkedHashMap<>(keyLocations);
    }

    @Override
    public String typeName() {
      return "mapping";
    }
  }

  /** A sequence. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "list";
    }
  }

  /** A scalar; {@code quoted} is false for numbers, booleans and null. */
  record ScalarNode(int line, int column, String value, Kind kind) implements Node {
    /** What the parser saw. */
    public enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    @Override
    public String typeName() {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
