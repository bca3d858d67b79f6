package org.indicia.benchmarks.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A slow, obviously correct oracle: lower-cases the text, splits it into runs of letters and
 * digits, and compares phrase token lists at every token. It answers in each {@link
 * MatcherType.Semantics} and {@link MatcherType.Gap}, with or without accent folding (NFKD, marks
 * removed), so every matcher can be checked against it before timing.
 */
final class ReferenceMatcher {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Map<String, List<String[]>> byFirstToken = new HashMap<>();
  private final boolean foldAccents;

  ReferenceMatcher(List<String> phrases, boolean foldAccents) {
    this.foldAccents = foldAccents;
    Set<String> seen = new HashSet<>();
    for (String phrase : phrases) {
      String[] tokens = tokens(prepare(phrase)).toArray(String[]::new);
      if (tokens.length > 0 && seen.add(String.join(" ", tokens))) {
        byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
      }
    }
  }

  private String prepare(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return foldAccents
        ? MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("")
        : lower;
  }

  int count(String text, MatcherType.Semantics semantics, MatcherType.Gap gap) {
    String lower = prepare(text);
    List<String> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    tokenize(lower, tokens, starts);
    int occurrences = 0;
    int leftmostLongest = 0;
    int skipUntil = 0;
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> candidates = byFirstToken.get(tokens.get(i));
      if (candidates == null) {
        continue;
      }
      int longest = 0;
      for (String[] phrase : candidates) {
        if (matchesAt(tokens, i, phrase)
            && gapsAllowed(lower, tokens, starts, i, phrase.length, gap)) {
          occurrences++;
          distinct.add(String.join(" ", phrase));
          longest = Math.max(longest, phrase.length);
        }
      }
      if (longest > 0 && i >= skipUntil) {
        leftmostLongest++;
        skipUntil = i + longest;
      }
    }
    return switch (semantics) {
      case OCCURRENCES -> occurrences;
      case LEFTMOST_LONGEST -> leftmostLongest;
      case DISTINCT_PHRASES -> distinct.size();
    };
  }

  private static boolean matchesAt(List<String> tokens, int start, String[] phrase) {
    if (start + phrase.length > tokens.size()) {
      return false;
    }
    for (int j = 0; j < phrase.length; j++) {
      if (!tokens.get(start + j).equals(phrase[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean gapsAllowed(
      String text,
      List<String> tokens,
      List<Integer> starts,
      int first,
      int count,
      MatcherType.Gap gap) {
    for (int j = first; j < first + count - 1; j++) {
      int end = starts.get(j) + tokens.get(j).length();
      String between = text.substring(end, starts.get(j + 1));
      boolean allowed =
          switch (gap) {
            case ONE_SPACE -> between.equals(" ");
            case SAME_CLAUSE -> between.chars().noneMatch(c -> ".,;:!?\n\r".indexOf(c) >= 0);
            case ANY -> true;
          };
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    tokenize(text.toLowerCase(Locale.ROOT), tokens, new ArrayList<>());
    return tokens;
  }

  private static void tokenize(String lower, List<String> tokens, List<Integer> starts) {
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(lower.substring(start, i));
        starts.add(start);
      }
    }
  }
}
