package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.Evasion.Kind;
import org.indicia.testing.AssessmentInvariants;

/**
 * An indicator phrase disguised by any mix of the folds still fires, with one evidence span
 * exactly over the disguised characters and the disguises reported as evasion; ordinary text
 * made of things that look like disguises (numbers, units, initials, spaced headings) fires
 * nothing and reports no evasion.
 */
class EvasionProperties {
  private static final Detector DETECTOR = EvasionTest.DETECTOR;
  private static final String BEFORE = "we need your ";
  private static final String AFTER = " today";

  private record Phrase(String indicator, String text) {}

  private static final List<Phrase> PHRASES = List.of(new Phrase("t.documents", "passport"),
      new Phrase("t.youth", "young"), new Phrase("t.escort", "escort"),
      new Phrase("t.fees", "recruitment fee"), new Phrase("t.fees", "frais de dossier"));

  /** Look-alikes checked against the normalizer (Cyrillic, Greek, Latin small capitals and IPA). */
  private static final Map<Character, List<String>> HOMOGLYPHS = Map.ofEntries(
      Map.entry('a', List.of("а", "α", "ɑ")), Map.entry('c', List.of("с", "ϲ", "ᴄ")), Map.entry('e', List.of("е")),
      Map.entry('i', List.of("і", "ι")), Map.entry('o', List.of("о", "ο", "ᴏ")), Map.entry('p', List.of("р", "ρ")),
      Map.entry('s', List.of("ѕ", "ꜱ")), Map.entry('y', List.of("у")), Map.entry('d', List.of("ԁ")),
      Map.entry('r', List.of("г")), Map.entry('u', List.of("υ")), Map.entry('g', List.of("ɡ")),
      Map.entry('t', List.of("т")), Map.entry('m', List.of("м")));
  /** First code point of a decorative alphabet: math bold, full-width, circled, parenthesized, negative circled and squared. */
  private static final int[] FANCY = {0x1D41A, 0xFF41, 0x24D0, 0x249C, 0x1F150, 0x1F170};
  private static final Map<Character, List<String>> LEET = Map.of(
      'a', List.of("4", "@"), 'e', List.of("3", "€"), 'i', List.of("1", "!"), 'o', List.of("0"),
      's', List.of("5", "$"), 't', List.of("7"), 'g', List.of("9"));
  private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF",
      "\uFE0F", "\u200E", "\u202E");
  private static final List<String> SEPARATORS = List.of(".", " ", "-", "_", "*", ". ", " - ", "~");

  /** A disguised phrase and the disguises it holds. */
  record Case(String indicator, String disguised, Set<Kind> kinds) {}

  /** One written letter: its text, whether it folds to a word char (a symbol does not), its disguise. */
  private record Unit(String text, boolean wordChar, Kind kind) {}

  @Provide
  Arbitrary<Case> disguisedPhrases() {
    return Arbitraries.randomValue(EvasionProperties::disguise);
  }

  static Case disguise(Random r) {
    Phrase p = PHRASES.get(r.nextInt(PHRASES.size()));
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    List<String> words = new ArrayList<>();
    for (String w : p.text().split(" ")) {
      words.add(disguiseWord(w, r, kinds));
    }
    return new Case(p.indicator(), String.join(" ", words), kinds);
  }

  private static String disguiseWord(String w, Random r, Set<Kind> kinds) {
    boolean longWord = w.length() >= 3; // joins, leetspeak and repeats never make words under three letters
    boolean split = longWord && r.nextInt(4) == 0;
    int leet = longWord ? r.nextInt(4) : 0;
    int repeats = longWord ? r.nextInt(3) : 0;
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      boolean first = k == 0;
      boolean last = k == w.length() - 1;
      int choice = r.nextInt(10);
      Unit u = null;
      if (choice >= 4 && choice < 6 && hasHomoglyph(ch)) {
        List<String> options = HOMOGLYPHS.get(ch);
        String h = options.get(r.nextInt(options.size()));
        u = new Unit(r.nextBoolean() ? h.toUpperCase(Locale.ROOT) : h, true, Kind.HOMOGLYPH);
      } else if (choice == 6) {
        u = new Unit(new String(Character.toChars(FANCY[r.nextInt(FANCY.length)] + ch - 'a')), true, Kind.HOMOGLYPH);
      } else if (choice >= 7 && leet > 0 && LEET.containsKey(ch)) {
        List<String> options = new ArrayList<>(LEET.get(ch));
        options.removeIf(o -> !Character.isDigit(o.charAt(0))
            && !split && (last || first && o.equals("!"))); // a symbol must stay inside the word
        if (!options.isEmpty()) {
          String o = options.get(r.nextInt(options.size()));
          u = new Unit(o, Character.isDigit(o.charAt(0)), Kind.LEETSPEAK);
          leet--;
        }
      } else if (choice >= 7 && repeats > 0) {
        u = new Unit(String.valueOf(ch).repeat(3 + r.nextInt(2)), true, Kind.REPEATED_LETTERS);
        repeats--;
      }
      if (u == null) {
        u = new Unit(r.nextInt(3) == 0 ? String.valueOf(ch).toUpperCase(Locale.ROOT) : String.valueOf(ch), true, null);
      }
      units.add(u);
    }
    StringBuilder out = new StringBuilder();
    String separator = SEPARATORS.get(r.nextInt(SEPARATORS.size()));
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.kind() != null) {
        kinds.add(u.kind());
      }
      if (split) {
        int[] cps = u.text().codePoints().toArray();
        for (int c = 0; c < cps.length; c++) {
          if (k > 0 || c > 0) {
            out.append(separator);
          }
          out.appendCodePoint(cps[c]);
        }
      } else {
        out.append(u.text());
      }
      boolean inside = k < units.size() - 1;
      if (inside && r.nextInt(6) == 0) {
        out.append(INVISIBLE.get(r.nextInt(INVISIBLE.size())));
        if (!split && u.wordChar() && units.get(k + 1).wordChar()) {
          kinds.add(Kind.INVISIBLE); // between two word chars it hides a split; elsewhere it is only dropped
        }
      }
    }
    if (split) {
      kinds.add(Kind.SPLIT_LETTERS);
    }
    return out.toString();
  }

  private static boolean hasHomoglyph(char ch) {
    return HOMOGLYPHS.containsKey(ch);
  }

  @Property(tries = 1500)
  void disguisedPhrase_fires_withExactEvidence_andItsEvasions(@ForAll("disguisedPhrases") Case c) {
    String text = BEFORE + c.disguised() + AFTER;
    Assessment a = AssessmentInvariants.assess(DETECTOR, Document.of("d", text).language("en"));
    int start = BEFORE.length();
    int end = start + c.disguised().length();
    Finding f = a.findings().stream().filter(x -> x.indicator().equals(c.indicator())).findFirst()
        .orElseThrow(() -> new AssertionError(c.indicator() + " did not fire on " + text + ": "
            + DETECTOR.explain(Document.of("d", text).language("en")).tokens()));
    assertThat(f.spans()).anySatisfy(s -> {
      assertThat(s.start()).isEqualTo(start);
      assertThat(s.end()).isEqualTo(end);
    });
    assertThat(a.evasions().stream().map(Evasion::kind).collect(Collectors.toSet())).isEqualTo(c.kinds());
    for (Evasion e : a.evasions()) {
      assertThat(e.span().start()).isGreaterThanOrEqualTo(start);
      assertThat(e.span().end()).isLessThanOrEqualTo(end);
      assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
    }
  }

  /** Multi-word phrases with short words, in a pack of their own (their words join spaced letters). */
  static final String TOWN_PACK = """
      pack: town-test
      language: en
      version: 1.0.0
      description: Multi-word phrases for multi-word disguises.
      indicators:
        - id: t.town
          category: MOBILITY
          weight: 0.2
          description: d
          source: s
          match: ["new in town", "no days off", "hits us", "still no pay", "aucun appel"]
          examples: {hit: [new in town], miss: [new town]}
      """;
  private static final Detector MULTI = EvasionTest.detector(EvasionTest.PACK, TOWN_PACK);
  private static final List<String> MULTI_WORD = List.of("new in town", "no days off", "hits us", "still no pay",
      "aucun appel");
  private static final Map<Character, String> SHORT_LEET = Map.of('a', "4", 'e', "3", 'i', "1", 'o', "0");

  /** A multi-word phrase disguised as a whole, and the disguise kind it must report. */
  record MultiWord(String disguised, Kind kind) {}

  @Provide
  Arbitrary<MultiWord> multiWordDisguises() {
    return Arbitraries.randomValue(r -> {
      String phrase = MULTI_WORD.get(r.nextInt(MULTI_WORD.size()));
      int style = r.nextInt(5);
      List<String> words = new ArrayList<>();
      for (String w : phrase.split(" ")) {
        switch (style) {
          case 0 -> words.add(String.join(" ", w.split(""))); // n e w  i n  t o w n
          case 1 -> words.add(String.join(".", w.split(""))); // s.t.i.l.l n.o p.a.y
          case 2 -> words.add(String.join("-", w.toUpperCase(Locale.ROOT).split(""))); // N-O D-A-Y-S O-F-F
          case 3 -> words.add(String.join("_", w.split(""))); // h_i_t_s u_s
          default -> words.add(shortLeet(w)); // n0 d4ys 0ff
        }
      }
      String gap = style == 0 ? "  " : " ";
      Kind kind = style == 4 ? Kind.LEETSPEAK : Kind.SPLIT_LETTERS;
      return new MultiWord(String.join(gap, words), kind);
    });
  }

  /** Every vowel as a digit, but a word keeps one letter (a word of digits is a number). */
  private static String shortLeet(String w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      String l = SHORT_LEET.get(c);
      boolean keepALetter = k == w.length() - 1 && b.chars().noneMatch(Character::isLetter);
      b.append(l != null && !keepALetter ? l : String.valueOf(c));
    }
    return b.toString();
  }

  @Property(tries = 500)
  void multiWordDisguise_fires_withOneSpanOverTheDisguise(@ForAll("multiWordDisguises") MultiWord m) {
    String text = BEFORE + m.disguised() + AFTER;
    Assessment a = AssessmentInvariants.assess(MULTI, Document.of("d", text).language("en"));
    int start = BEFORE.length();
    int end = start + m.disguised().length();
    Finding f = a.findings().stream().filter(x -> x.indicator().equals("t.town")).findFirst()
        .orElseThrow(() -> new AssertionError("t.town did not fire on " + text + ": "
            + MULTI.explain(Document.of("d", text).language("en")).tokens()));
    assertThat(f.spans()).singleElement().satisfies(s -> {
      assertThat(s.start()).isEqualTo(start);
      assertThat(s.end()).isEqualTo(end);
    });
    assertThat(a.evasions()).extracting(Evasion::kind).contains(m.kind());
  }

  @Provide
  Arbitrary<String> ordinaryText() {
    return Arbitraries.of("€1,500", "$50", "50$", "25 yo", "18yo", "9.30", "5am", "10pm", "24/7", "06 12 34 56 78",
        "+33 6 12 34 56 78", "v2.0", "mp3", "U.S.A.", "e.g.", "S A L E", "N E W", "a broad range", "a gent",
        "well-paid", "full-time", "1st", "3rd", "4-0", "2x3", "the", "job", "salary", "room", "call", "now", "!",
        "?", ".", ",", "I", "a", "x", "hmmm", "zzz", "coffee", "free", "A.M.", "p.m.", "#1", "100%", "x3",
        "U.S.A. N.Y.P.D.", "S A L E  N O W", "A S A P", "9 a m", "555-0123", "10:30", "I B M  F B I", "no", "in",
        "us", "off", "O K", "N O  W A Y", "2 days", "U.S. troops", "n0", "0ff", "4 days", "1 in 3")
        .list().ofMinSize(1).ofMaxSize(15).map(l -> String.join(" ", l));
  }

  @Property(tries = 500)
  void ordinaryText_firesNothing_andReportsNoEvasion(@ForAll("ordinaryText") String text) {
    for (Detector d : List.of(DETECTOR, MULTI)) {
      Assessment a = AssessmentInvariants.assess(d, Document.of("d", text).language("en"));
      assertThat(a.findings()).as(text).isEmpty();
      assertThat(a.evasions()).as(text).isEmpty();
    }
  }
}
