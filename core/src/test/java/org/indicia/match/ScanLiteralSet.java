package org.indicia.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The former {@link LiteralSet}, kept as the reference its trie must agree with: literals found in one left-to-right pass: literals are grouped by their
 * first char, so each text position costs one table lookup and only the literals that can start
 * there are compared. A {@link RegexPrefilter#BOUNDARY} marker in a literal must stand at a word
 * edge of the text. Immutable. Internal.
 */
final class ScanLiteralSet {
  /** First char (below 128) → literals starting with it; other first chars in {@link #others}. */
  private final String[][] ascii = new String[128][];
  private final int[][] asciiOwners = new int[128][];
  private final Map<Character, String[]> others = new HashMap<>();
  private final Map<Character, int[]> otherOwners = new HashMap<>();

  ScanLiteralSet(String[] literals) {
    this(literals, new int[literals.length]);
  }

  /** @param owners per literal, the id of what it stands for (a regex), reported by {@link #collect} */
  ScanLiteralSet(String[] literals, int[] owners) {
    Map<Character, List<Integer>> byFirst = new HashMap<>();
    for (int i = 0; i < literals.length; i++) {
      String l = literals[i];
      char first = l.charAt(l.charAt(0) == RegexPrefilter.BOUNDARY ? 1 : 0);
      byFirst.computeIfAbsent(first, c -> new ArrayList<>()).add(i);
    }
    byFirst.forEach((c, is) -> {
      String[] a = is.stream().map(i -> literals[i]).toArray(String[]::new);
      int[] o = is.stream().mapToInt(i -> owners[i]).toArray();
      if (c < 128) {
        ascii[c] = a;
        asciiOwners[c] = o;
      } else {
        others.put(c, a);
        otherOwners.put(c, o);
      }
    });
  }

  /**
   * One pass over {@code text}: reports, in position order, each (owner, position) where a
   * literal of an enabled owner starts; an owner is reported once per position.
   */
  void collect(char[] text, boolean[] enabled, LiteralSet.Sink sink) {
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      String[] candidates;
      int[] owners;
      if (c < 128) {
        candidates = ascii[c];
        owners = asciiOwners[c];
      } else {
        candidates = others.get(c);
        owners = otherOwners.get(c);
      }
      if (candidates == null) {
        continue;
      }
      int last = -1;
      // A leading marker asks for a word edge before position i: decide that once here.
      boolean edge = i == 0 || org.indicia.text.Tokenizer.isWordChar(text[i - 1]) != org.indicia.text.Tokenizer.isWordChar(c);
      for (int k = 0; k < candidates.length; k++) {
        int owner = owners[k];
        String l = candidates[k];
        boolean lead = l.charAt(0) == RegexPrefilter.BOUNDARY;
        if (owner != last && enabled[owner] && (!lead || edge)
            && (l.length() == (lead ? 2 : 1) || RegexRunner.boundariesHold(text, l, i))) {
          sink.found(owner, i);
          last = owner; // literals are grouped by owner in input order
        }
      }
    }
  }

  /**
   * The first position at or after {@code from} where a literal starts (its first char, markers
   * being zero-width), or -1.
   */
  int next(char[] text, int from) {
    for (int i = Math.max(0, from); i < text.length; i++) {
      char c = text[i];
      String[] candidates = c < 128 ? ascii[c] : others.get(c);
      if (candidates == null) {
        continue;
      }
      for (String l : candidates) {
        if (RegexRunner.boundariesHold(text, l, i)) {
          return i;
        }
      }
    }
    return -1;
  }
}
