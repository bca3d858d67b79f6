package org.indicia.testing;

/** Small packs written in YAML for tests: a pack around indicators, and one indicator. */
public final class PackYaml {
  private PackYaml() {}

  /** A pack with the given analysis and lexicons blocks (either may be empty) and indicators. */
  public static String pack(String language, String analysis, String lexicons, String... indicators) {
    StringBuilder sb = new StringBuilder();
    sb.append("pack: test-pack\n")
        .append("language: ")
        .append(language)
        .append('\n')
        .append("version: 1.0.0\n")
        .append("description: A pack for linter tests.\n")
        .append(analysis)
        .append(lexicons)
        .append("indicators:\n");
    for (String ind : indicators) {
      sb.append(ind);
    }
    return sb.toString();
  }

  /** One DOCUMENT_RETENTION indicator; {@code extra} lines (indented by 4) go before {@code match}. */
  public static String indicator(String id, double weight, String extra, String match) {
    return "  - id: "
        + id
        + "\n"
        + "    category: DOCUMENT_RETENTION\n"
        + "    weight: "
        + weight
        + "\n"
        + extra
        + "    description: Test indicator.\n"
        + "    source: Written for this test.\n"
        + "    match: "
        + match
        + "\n"
        + "    examples:\n"
        + "      hit: [\"They keep the passport.\"]\n"
        + "      miss: [\"Bring your passport.\"]\n";
  }
}
