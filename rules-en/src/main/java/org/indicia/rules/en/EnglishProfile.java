package org.indicia.rules.en;

import java.util.List;
import java.util.Objects;
import org.indicia.spi.LanguageProfile;
import org.indicia.spi.Stemmer;

/**
 * What Indicia knows of English beyond the packs: routing, short-text and lint word lists,
 * stemmer. Words are folded as the normalizer folds text (lower case, no accents).
 */
final class EnglishProfile {
  private EnglishProfile() {}

  /**
   * Function words that route a text to English (four or more decide); none is a stop word of
   * another shipped language.
   */
  static final List<String> STOPWORDS = List.of(
      "the", "and", "of", "to", "is", "are", "you", "your", "we", "our", "with", "for", "will",
      "be", "this", "that", "have", "has", "not", "they", "it", "at", "from", "or", "an", "as",
      "by", "my", "if", "can", "all", "any", "who", "what", "was", "were", "been", "do", "does",
      "don", "get", "just", "only", "into", "their", "them", "there", "which", "would", "should",
      "about", "after", "before", "than", "then", "when", "where", "how", "also", "us", "i", "he",
      "she", "his", "her", "him", "no", "yes", "here", "more", "must", "may");

  /**
   * Everyday words of SMS, ads and reports that are not stop words, none written by another
   * shipped language too (words both write, {@code me}, {@code on}, {@code urgent}, say nothing).
   */
  static final List<String> CUES = List.of(
      "im", "am", "my", "got", "get", "still", "never", "always", "now", "today", "tomorrow",
      "tonight", "morning", "night", "week", "day", "days", "month", "work", "working", "job",
      "paid", "pay", "money", "cash", "looking", "woman", "women", "girl", "girls", "man", "men",
      "need", "want", "hello", "hi", "thanks", "please", "call", "text", "new", "town", "hiring",
      "wanted", "free", "off", "hours", "boss", "said", "took", "keep", "kept", "cant", "dont",
      "wont", "didnt", "ill", "house", "home", "room", "food", "sorry", "yet", "again", "everyone",
      "nobody", "fee", "fees", "per", "hour", "only", "one", "two", "three", "send", "apply",
      "contact", "help", "lady", "sweet", "hot", "young", "way", "out", "up", "back", "go", "going",
      "come", "coming", "like", "know", "tell", "told", "ask", "asked", "left", "take", "give",
      "gave", "well", "good", "bad", "much", "many", "very", "so", "too", "hers", "in", "doing",
      "isn", "wasn", "haven", "hasn");

  /**
   * Frequent words of job ads and everyday messages: alone they say nothing about exploitation,
   * so the linter warns when a strong cue is one of them.
   */
  static final List<String> COMMON_WORDS = List.of(
      "a", "about", "after", "all", "also", "am", "an", "and", "any", "apply", "are", "as", "at",
      "available", "be", "because", "been", "before", "best", "but", "by", "call", "can", "card",
      "cash", "document", "documents", "city", "come", "company", "contact", "contract", "day",
      "days", "do", "easy", "email", "every", "experience", "family", "fast", "for", "free",
      "friend", "from", "fun", "get", "girl", "girls", "give", "go", "good", "great", "have", "he",
      "help", "her", "here", "his", "home", "hot", "hour", "hours", "house", "i", "if", "in", "is",
      "it", "job", "jobs", "just", "keep", "know", "like", "live", "look", "make", "me", "money",
      "month", "more", "my", "need", "new", "nice", "night", "no", "not", "now", "of", "off", "on",
      "one", "only", "or", "our", "out", "paid", "passport", "pay", "people", "phone", "place",
      "please", "room", "safe", "salary", "see", "she", "so", "some", "start", "stay", "sweet",
      "take", "team", "text", "that", "the", "their", "them", "there", "they", "this", "time", "to",
      "today", "town", "travel", "up", "us", "very", "visa", "wage", "want", "was", "we", "week",
      "well", "what", "when", "will", "with", "woman", "women", "work", "worker", "workers",
      "working", "year", "years", "you", "young", "your");

  static final LanguageProfile PROFILE = LanguageProfile.builder("en")
        .stopwords(STOPWORDS)
        .shortTextCues(CUES)
        .commonWords(COMMON_WORDS)
        .stemmer(Stemmer.snowball("english"))
        .advisoryModel(Objects.requireNonNull(EnglishProfile.class.getResource("en-advisory.tsv"), "en-advisory.tsv"))
        .ordinaryModel(Objects.requireNonNull(EnglishProfile.class.getResource("en-ordinary.tsv"), "en-ordinary.tsv"))
        .categoryModel(Objects.requireNonNull(EnglishProfile.class.getResource("en-categories.tsv"), "en-categories.tsv"))
        .build();
}
