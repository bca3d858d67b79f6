package org.indicia.testing;

import java.util.List;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Span;

/**
 * The checks every assessment a test makes must pass (style.md rule 16): spans inside the text,
 * on code-point boundaries, sorted, span text = original slice, snippet non-empty, score in [0, 1],
 * and the same result on a rerun.
 */
public final class AssessmentInvariants {
  private AssessmentInvariants() {}

  /** Assesses {@code doc} twice and checks the invariants; returns the assessment. */
  public static Assessment assess(Detector detector, Document doc) {
    Assessment a = detector.assess(doc);
    check(doc.text(), a);
    Assessment again = detector.assess(doc);
    if (!a.equals(again)) {
      throw new AssertionError("assessment differs on rerun for document " + doc.id());
    }
    return a;
  }

  public static Assessment assess(Detector detector, String text) {
    return assess(detector, Document.of("t", text));
  }

  /** Checks one assessment of {@code text}. */
  public static void check(String text, Assessment a) {
    if (!(a.score() >= 0 && a.score() <= 1)) {
      throw new AssertionError("score out of [0, 1]: " + a.score());
    }
    int limit = text.length();
    for (Finding f : a.findings()) {
      List<Span> spans = f.spans();
      if (spans.isEmpty()) {
        throw new AssertionError(f.indicator() + ": no evidence span");
      }
      int prev = -1;
      for (Span s : spans) {
        if (s.start() < 0 || s.end() > limit || s.start() >= s.end()) {
          throw new AssertionError(f.indicator() + ": span out of text " + s.start() + ".." + s.end());
        }
        if (s.start() < prev) {
          throw new AssertionError(f.indicator() + ": spans not sorted");
        }
        prev = s.start();
        if (!text.substring(s.start(), s.end()).equals(s.text())) {
          throw new AssertionError(f.indicator() + ": span text is not the original slice");
        }
        if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
          throw new AssertionError(f.indicator() + ": span splits a surrogate pair at " + s);
        }
      }
      if (f.snippet().isEmpty()) {
        throw new AssertionError(f.indicator() + ": empty snippet");
      }
    }
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }
}
