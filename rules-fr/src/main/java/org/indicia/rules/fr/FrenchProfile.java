package org.indicia.rules.fr;

import java.util.List;
import java.util.Objects;
import org.indicia.spi.LanguageProfile;
import org.indicia.spi.Stemmer;

/**
 * What Indicia knows of French beyond the packs: routing, short-text and lint word lists, marks,
 * elisions, stemmer. Words are folded as the normalizer folds text (lower case, no accents).
 */
final class FrenchProfile {
  private FrenchProfile() {}

  /**
   * Function words that route a text to French (four or more decide); none is a stop word of
   * another shipped language.
   */
  static final List<String> STOPWORDS = List.of(
      "le", "la", "les", "des", "du", "de", "et", "est", "vous", "nous", "votre", "vos", "notre",
      "nos", "pour", "avec", "sur", "dans", "une", "un", "au", "aux", "pas", "ne", "que", "qui",
      "sont", "sera", "ce", "cette", "ces", "il", "elle", "ils", "elles", "mais", "ou", "par",
      "tres", "sans", "chez", "aussi", "avez", "etes", "etre", "avoir", "je", "tu", "te", "ton",
      "ta", "tes", "mon", "mes", "sa", "ses", "leur", "leurs", "y", "cet", "quel", "quelle", "dont",
      "ete", "fait", "faire", "peut", "doit", "nouvelle", "aucun", "aucune");

  /**
   * Everyday words of SMS, ads and reports that are not stop words, none written by another
   * shipped language too (words both write, {@code me}, {@code on}, {@code urgent}, say nothing).
   */
  static final List<String> CUES = List.of(
      "suis", "es", "ai", "avons", "ont", "moi", "toi", "lui", "en", "ca", "cela", "ici", "donc",
      "car", "toujours", "jamais", "rien", "encore", "deja", "demain", "aujourd", "hui", "matin",
      "soir", "nuit", "semaine", "jour", "jours", "mois", "travail", "boulot", "taf", "bosse",
      "bosses", "bosser", "travaille", "travailler", "paye", "payee", "payes", "paie", "salaire",
      "argent", "femme", "femmes", "fille", "filles", "homme", "hommes", "cherche", "recherche",
      "recherchons", "bonjour", "salut", "merci", "svp", "stp", "appelle", "appelez", "appeler",
      "rappelle", "oui", "non", "heure", "heures", "frais", "dossier", "logement", "loge", "nourri",
      "menage", "garde", "gardee", "patron", "patronne", "veut", "veux", "dit", "pris", "prend",
      "personne", "chambre", "maison", "rendez", "vous", "urgence", "seulement", "uniquement",
      "gratuit", "payer", "entre", "avant", "apres", "depuis", "pendant", "chaque", "tout", "tous",
      "toute", "toutes", "bien", "beaucoup", "peu", "trop", "sous", "vers", "ans", "cherchons",
      "offre", "poste", "contrat", "papiers", "passeport", "sortir", "partir", "quitter", "voir",
      "avec", "quoi", "quand", "comment", "pourquoi", "combien", "sans", "rester", "venir", "viens",
      "vient");

  /** Letters and marks only French writes among the shipped languages. */
  static final String MARKS = "éèêàçœùûôîïëÉÈÊÀÇŒÙÛÔÎÏË«»";

  /** Elided clitics written before an apostrophe: a short-text cue. */
  static final List<String> ELISIONS = List.of("l", "d", "j", "qu", "n", "s", "c", "t", "m", "jusqu", "lorsqu", "puisqu");

  /**
   * Frequent words of job ads and everyday messages: alone they say nothing about exploitation,
   * so the linter warns when a strong cue is one of them.
   */
  static final List<String> COMMON_WORDS = List.of(
      "a", "agence", "aide", "ans", "appel", "appeler", "au", "aussi", "aux", "avec", "avoir",
      "belle", "bien", "bon", "bonne", "ce", "ces", "chambre", "chez", "contact", "contrat", "dans",
      "de", "des", "documents", "du", "elle", "emploi", "en", "entreprise", "est", "et", "etre",
      "facile", "femme", "femmes", "fille", "filles", "gratuit", "heure", "heures", "ici", "il",
      "ils", "je", "jeune", "jour", "jours", "la", "le", "les", "leur", "logement", "lui", "ma",
      "maison", "mais", "me", "merci", "mes", "mois", "mon", "ne", "nous", "nouveau", "nouvelle",
      "on", "ou", "papiers", "par", "pas", "passeport", "pays", "pour", "poste", "qui", "rapide",
      "salaire", "sans", "se", "semaine", "ses", "si", "son", "sur", "ta", "te", "tes", "toi",
      "ton", "travail", "travailler", "tu", "un", "une", "vie", "ville", "visa", "voyage", "vous",
      "y");

  static final LanguageProfile PROFILE = LanguageProfile.builder("fr")
        .stopwords(STOPWORDS)
        .shortTextCues(CUES)
        .marks(MARKS)
        .elisions(ELISIONS)
        .commonWords(COMMON_WORDS)
        .stemmer(Stemmer.snowball("french"))
        .advisoryModel(Objects.requireNonNull(FrenchProfile.class.getResource("fr-advisory.tsv"), "fr-advisory.tsv"))
        .ordinaryModel(Objects.requireNonNull(FrenchProfile.class.getResource("fr-ordinary.tsv"), "fr-ordinary.tsv"))
        .categoryModel(Objects.requireNonNull(FrenchProfile.class.getResource("fr-categories.tsv"), "fr-categories.tsv"))
        .build();
}
