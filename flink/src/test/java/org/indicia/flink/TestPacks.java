package org.indicia.flink;

/** Packs for the tests: {@code t-live} at any version, with or without a debt indicator, and a broken one. */
final class TestPacks {
  private TestPacks() {}

  /**
   * {@code t-live@version}: {@code t.docs} (keep/hold near passport/documents), and with {@code
   * debt} also {@code t.debt} (the word debt).
   */
  static String pack(String version, boolean debt) {
    return String.join(
        "\n",
        "pack: t-live",
        "language: en",
        "version: " + version,
        "description: A pack for the live-update test.",
        "lexicons:",
        "  docs: [passport, documents]",
        "indicators:",
        "  - id: t.docs",
        "    category: DOCUMENT_RETENTION",
        "    weight: 0.7",
        "    strong: true",
        "    description: The employer keeps the documents.",
        "    source: Test.",
        "    match: {near: {within: 4, all: [[keep, hold], \"@docs\"]}}",
        "    examples: {hit: [\"We keep your passport.\"], miss: [\"Bring your passport.\"]}",
        debt ? "  - id: t.debt" : "",
        debt ? "    category: DEBT_BONDAGE" : "",
        debt ? "    weight: 0.5" : "",
        debt ? "    description: A debt to repay." : "",
        debt ? "    source: Test." : "",
        debt ? "    match: debt" : "",
        debt ? "    examples: {hit: [\"Repay the debt.\"], miss: [\"Paid weekly.\"]}" : "",
        "");
  }

  /** A pack whose indicator refers to a lexicon it does not define, at line 11. */
  static final String BROKEN =
      String.join(
          "\n",
          "pack: t-live",
          "language: en",
          "version: 3.0.0",
          "description: Refers to a lexicon it does not define.",
          "indicators:",
          "  - id: t.docs",
          "    category: DOCUMENT_RETENTION",
          "    weight: 0.7",
          "    description: The employer keeps the documents.",
          "    source: Test.",
          "    match: \"@nowhere\"",
          "    examples: {hit: [\"x\"], miss: [\"y\"]}",
          "");
}
