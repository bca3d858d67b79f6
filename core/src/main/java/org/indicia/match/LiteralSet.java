package org.indicia.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicia.text.CharPairs;
import org.indicia.text.Tokenizer;

/**
 * A regex prefilter's literals, found in one left-to-right pass over a char trie: each text
 * position costs one root lookup and then one step per char shared by the literals that can
 * start there, however many there are (the digit-led literals of the packs' number and hour
 * regexes run to hundreds). A {@link RegexPrefilter#BOUNDARY} marker in a literal must stand at
 * a word edge of the text; it is a zero-width edge of the trie. Immutable. Internal.
 */
final class LiteralSet {
  /** Trie nodes: outgoing chars and their targets, and the owners whose literals end here. */
  private char[][] keys = new char[16][];
  private int[][] targets = new int[16][];
  private int[][] ends = new int[16][];
  /**
   * Per node, the owners of the literals ending here that are a leading marker and one char:
   * the marker alone decides them (see {@link #collect}), the others need every edge to hold.
   */
  private int[][] shortEnds = new int[16][];
  private int nodes;
  /** The root's children by first char: below 128 in an array, others in a map. */
  private final int[] rootAscii = new int[128];
  private final Map<Character, Integer> rootOther = new HashMap<>();
  /** The same for literals with a leading marker (stripped of it). */
  private final int[] leadAscii = new int[128];
  private final Map<Character, Integer> leadOther = new HashMap<>();
  /** {@link #rootOther} and {@link #leadOther} as sorted arrays: looked up without boxing. */
  private final char[] rootOtherChars;
  private final int[] rootOtherNodes;
  private final char[] leadOtherChars;
  private final int[] leadOtherNodes;
  private final int ownerCount;
  /** The literals without their word-edge markers (zero-width: the chars either side are neighbours). */
  private final String[] plain;
  /**
   * Per hashed pair of chars ({@link #pairBit}), whether a literal starts with it; per char,
   * whether a literal is that char alone. A position whose char and next char a literal cannot
   * start with is passed over with one bit read: most text positions start no literal.
   */
  private final long[] starts = new long[1024];
  private final long[] alone = new long[1024];

  LiteralSet(String[] literals) {
    this(literals, new int[literals.length]);
  }

  /** @param owners per literal, the id of what it stands for (a regex), reported by {@link #collect} */
  LiteralSet(String[] literals, int[] owners) {
    this.plain = Arrays.stream(literals).map(l -> l.replace(String.valueOf(RegexPrefilter.BOUNDARY), ""))
        .toArray(String[]::new);
    Arrays.fill(rootAscii, -1);
    Arrays.fill(leadAscii, -1);
    List<List<Integer>> endLists = new ArrayList<>();
    List<List<Integer>> shortLists = new ArrayList<>();
    int maxOwner = -1;
    for (int i = 0; i < literals.length; i++) {
      String l = literals[i];
      boolean lead = l.charAt(0) == RegexPrefilter.BOUNDARY;
      int from = lead ? 1 : 0;
      if (from >= l.length()) {
        throw new IllegalArgumentException("a literal needs a char after its marker");
      }
      int node = child(lead, l.charAt(from), endLists, shortLists);
      for (int k = from + 1; k < l.length(); k++) {
        node = child(node, l.charAt(k), endLists, shortLists);
      }
      List<Integer> list = (lead && l.length() == 2 ? shortLists : endLists).get(node);
      if (!list.contains(owners[i])) {
        list.add(owners[i]);
      }
      maxOwner = Math.max(maxOwner, owners[i]);
    }
    ownerCount = maxOwner + 1;
    for (String p : plain) {
      if (p.length() == 1) {
        set(alone, p.charAt(0));
      } else {
        set(starts, pairBit(p.charAt(0), p.charAt(1)));
      }
    }
    rootOtherChars = sortedKeys(rootOther);
    rootOtherNodes = nodesOf(rootOther, rootOtherChars);
    leadOtherChars = sortedKeys(leadOther);
    leadOtherNodes = nodesOf(leadOther, leadOtherChars);
    keys = Arrays.copyOf(keys, nodes);
    targets = Arrays.copyOf(targets, nodes);
    ends = new int[nodes][];
    shortEnds = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      ends[n] = endLists.get(n).isEmpty() ? null : endLists.get(n).stream().mapToInt(Integer::intValue).toArray();
      shortEnds[n] = shortLists.get(n).isEmpty() ? null : shortLists.get(n).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int pairBit(char a, char b) {
    return ((a << 7) ^ b) & 0xFFFF;
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  private static boolean get(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  /** Whether a literal may start at {@code text[i]}, judged by its char and the next. */
  private boolean mayStart(char[] text, int i) {
    char c = text[i];
    return get(alone, c) || i + 1 < text.length && get(starts, pairBit(c, text[i + 1]));
  }

  private static char[] sortedKeys(Map<Character, Integer> m) {
    char[] out = new char[m.size()];
    int i = 0;
    for (char c : m.keySet()) {
      out[i++] = c;
    }
    Arrays.sort(out);
    return out;
  }

  private static int[] nodesOf(Map<Character, Integer> m, char[] keys) {
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = m.get(keys[i]);
    }
    return out;
  }

  /** The root child (plain or lead trie) along {@code c}, or -1. */
  private int root(boolean lead, char c) {
    if (c < 128) {
      return lead ? leadAscii[c] : rootAscii[c];
    }
    char[] keys = lead ? leadOtherChars : rootOtherChars;
    if (keys.length == 0) {
      return -1;
    }
    int i = Arrays.binarySearch(keys, c);
    return i < 0 ? -1 : (lead ? leadOtherNodes : rootOtherNodes)[i];
  }

  private int newNode(List<List<Integer>> endLists, List<List<Integer>> shortLists) {
    if (nodes == keys.length) {
      keys = Arrays.copyOf(keys, nodes * 2);
      targets = Arrays.copyOf(targets, nodes * 2);
    }
    keys[nodes] = new char[0];
    targets[nodes] = new int[0];
    endLists.add(new ArrayList<>());
    shortLists.add(new ArrayList<>());
    return nodes++;
  }

  /** The root child along {@code c} (of the lead or the plain trie), created if absent. */
  private int child(boolean lead, char c, List<List<Integer>> endLists, List<List<Integer>> shortLists) {
    int[] ascii = lead ? leadAscii : rootAscii;
    Map<Character, Integer> other = lead ? leadOther : rootOther;
    if (c < 128) {
      if (ascii[c] < 0) {
        ascii[c] = newNode(endLists, shortLists);
      }
      return ascii[c];
    }
    Integer n = other.get(c);
    if (n == null) {
      n = newNode(endLists, shortLists);
      other.put(c, n);
    }
    return n;
  }

  private int child(int node, char c, List<List<Integer>> endLists, List<List<Integer>> shortLists) {
    int found = step(node, c);
    if (found >= 0) {
      return found;
    }
    int n = newNode(endLists, shortLists);
    int k = keys[node].length;
    keys[node] = Arrays.copyOf(keys[node], k + 1);
    targets[node] = Arrays.copyOf(targets[node], k + 1);
    keys[node][k] = c;
    targets[node][k] = n;
    return n;
  }

  private int step(int node, char c) {
    char[] k = keys[node];
    for (int i = 0; i < k.length; i++) {
      if (k[i] == c) {
        return targets[node][i];
      }
    }
    return -1;
  }

  /** False when no literal of the set can occur in the text whose chars and pairs {@code text} holds. */
  boolean mayOccurIn(CharPairs text) {
    for (String l : plain) {
      if (text.mayHold(l)) {
        return true;
      }
    }
    return false;
  }

  /** Receives the literal occurrences {@link #collect} finds. */
  interface Sink {
    void found(int owner, int position);
  }

  /**
   * One pass over {@code text}: reports, in position order, each (owner, position) where a
   * literal of an enabled owner starts; an owner is reported once per position.
   *
   * <p>A leading marker followed by one char is satisfied by a word edge between the previous
   * char and this one (the text's start counts as an edge); a longer literal's leading marker
   * must also hold as an inner marker does (a word char after a non-word char or the start).
   */
  void collect(char[] text, boolean[] enabled, Sink sink) {
    int[] seen = new int[ownerCount];
    for (int i = 0; i < text.length; i++) {
      if (!mayStart(text, i)) {
        continue;
      }
      char c = text[i];
      int plain = root(false, c);
      int lead = root(true, c);
      if (plain < 0 && lead < 0) {
        continue;
      }
      int stamp = i + 1;
      if (plain >= 0) {
        walk(plain, text, i + 1, i, enabled, seen, stamp, sink);
      }
      if (lead >= 0) {
        boolean word = Tokenizer.isWordChar(c);
        boolean edge = i == 0 || Tokenizer.isWordChar(text[i - 1]) != word;
        if (edge) {
          report(shortEnds[lead], i, enabled, seen, stamp, sink);
          if (i > 0 || word) {
            walk(lead, text, i + 1, i, enabled, seen, stamp, sink);
          }
        }
      }
    }
  }

  /**
   * Reports the owners ending at {@code node} and at every node reachable from it at {@code pos}.
   * At most one char edge of a node matches the text, so the walk is a loop; only a marker edge
   * (zero-width, beside the char edges) branches.
   */
  private void walk(int node, char[] text, int pos, int at, boolean[] enabled, int[] seen, int stamp, Sink sink) {
    while (true) {
      report(ends[node], at, enabled, seen, stamp, sink);
      char[] k = keys[node];
      int next = -1;
      for (int e = 0; e < k.length; e++) {
        char want = k[e];
        if (want == RegexPrefilter.BOUNDARY) {
          if (boundary(text, pos)) {
            walk(targets[node][e], text, pos, at, enabled, seen, stamp, sink);
          }
        } else if (next < 0 && pos < text.length && text[pos] == want) {
          next = targets[node][e];
        }
      }
      if (next < 0) {
        return;
      }
      node = next;
      pos++;
    }
  }

  private static void report(int[] owners, int at, boolean[] enabled, int[] seen, int stamp, Sink sink) {
    if (owners == null) {
      return;
    }
    for (int owner : owners) {
      if (enabled[owner] && seen[owner] != stamp) {
        seen[owner] = stamp;
        sink.found(owner, at);
      }
    }
  }

  /** Whether a word edge stands at {@code pos}: a word char on exactly one side. */
  private static boolean boundary(char[] text, int pos) {
    boolean before = pos > 0 && Tokenizer.isWordChar(text[pos - 1]);
    boolean after = pos < text.length && Tokenizer.isWordChar(text[pos]);
    return before != after;
  }

  /**
   * The first position at or after {@code from} where a literal starts (its first char, markers
   * being zero-width), or -1. Every marker, a leading one too, must hold as an inner one does.
   */
  int next(char[] text, int from) {
    for (int i = Math.max(0, from); i < text.length; i++) {
      if (!mayStart(text, i)) {
        continue;
      }
      char c = text[i];
      int plain = root(false, c);
      if (plain >= 0 && reaches(plain, text, i + 1)) {
        return i;
      }
      int lead = root(true, c);
      if (lead >= 0 && boundary(text, i) && (shortEnds[lead] != null || reaches(lead, text, i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether some literal ends at {@code node} or below it, reading the text from {@code pos}. */
  private boolean reaches(int node, char[] text, int pos) {
    if (ends[node] != null) {
      return true;
    }
    char[] k = keys[node];
    for (int e = 0; e < k.length; e++) {
      char want = k[e];
      if (want == RegexPrefilter.BOUNDARY ? boundary(text, pos) && reaches(targets[node][e], text, pos)
          : pos < text.length && text[pos] == want && reaches(targets[node][e], text, pos + 1)) {
        return true;
      }
    }
    return false;
  }
}
