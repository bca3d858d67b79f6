package org.indicia.cli.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Escaping and page framing shared by every HTML that Indicia writes. Every string that did not
 * come from this package (ad text, ids, pack descriptions) goes through {@link #escape}; pages
 * carry a Content-Security-Policy that allows no script, no external resource and only the one
 * inline style sheet, by its hash.
 */
public final class Html {
  private Html() {}

  /**
   * Text safe in element content and in quoted attribute values. {@code & < > " '} become
   * references; a carriage return becomes {@code &#13;} (a raw one would be folded into a line
   * feed by the parser); NUL and unpaired surrogates become U+FFFD. The browser's text has the
   * same UTF-16 length as {@code s}, so offsets into {@code s} stay offsets into the page's text.
   */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    appendEscaped(sb, s, 0, s.length());
    return sb.toString();
  }

  /** Appends {@code s[from, to)} escaped as in {@link #escape}. */
  public static void appendEscaped(StringBuilder sb, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\r' -> sb.append("&#13;");
        case '\0' -> sb.append('\uFFFD');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  /** The CSP source for an inline style sheet: {@code 'sha256-…'}. */
  public static String styleHash(String css) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /**
   * The Content-Security-Policy of a page with this style sheet: nothing may load or run except
   * that style sheet; forms post only to {@code formAction} ({@code 'none'} or {@code 'self'}).
   */
  public static String csp(String css, String formAction) {
    return "default-src 'none'; style-src "
        + styleHash(css)
        + "; base-uri 'none'; form-action "
        + formAction;
  }

  /**
   * A whole page: doctype, UTF-8, the CSP as a meta tag (so a saved file keeps it), the style
   * sheet and {@code body}, which must already be escaped markup.
   */
  public static String page(String title, String css, String formAction, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + escape(csp(css, formAction))
        + "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>"
        + css
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }
}
