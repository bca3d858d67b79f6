package org.indicia.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/** Language hints as {@code Document.language} accepts them. */
final class Languages {
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  private Languages() {}

  /** Whether {@code code} is two or three ASCII letters, in any case. */
  static boolean valid(String code) {
    return code != null && CODE.matcher(code.toLowerCase(Locale.ROOT)).matches();
  }
}
