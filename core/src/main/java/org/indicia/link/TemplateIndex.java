package org.indicia.link;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Near-duplicate detection over a stream: each document becomes a MinHash signature of its word
 * 3-shingles (digits masked, so changed prices and numbers do not matter), cut into bands for
 * locality-sensitive hashing (Broder 1997; Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman,
 * Mining of Massive Datasets, ch. 3). A new document is compared only with the few documents
 * already in its bands' buckets, and joined to those whose signatures agree on at least the
 * threshold fraction of components (an estimate of the Jaccard similarity of the shingle sets),
 * so the work per document is bounded and the whole stream is linear.
 *
 * <p>MinHash comes from hash4j (Dynatrace): maintained, on Maven Central, no runtime
 * dependencies, Java 11+, and its similarity hashes are versioned ({@code MinHashVersion}), so
 * signatures computed by two organisations or two releases stay comparable. DataSketches' theta
 * sketches answer set-cardinality questions, not per-document signatures for LSH.
 */
final class TemplateIndex {
  static final int COMPONENTS = 64;
  static final int ROWS = 4; // 16 bands of 4: pairs above ~0.5 Jaccard meet in a bucket
  static final int BUCKET_CAP = 8;
  static final int MIN_TOKENS = 8;

  private final SimilarityHashPolicy policy = SimilarityHashing.minHash(COMPONENTS, 16);
  private final SimilarityHasher hasher = policy.createHasher();
  private final Hasher64 hash = Hashing.komihash5_0();
  private final double threshold;
  private final List<byte[]> signatures = new ArrayList<>();
  private final List<Map<Long, int[]>> bands = new ArrayList<>();

  TemplateIndex(double threshold) {
    this.threshold = threshold;
    for (int b = 0; b < COMPONENTS / ROWS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /** Adds document {@code doc} (the next index); joins it in {@code uf} to its near-duplicates. */
  void add(int doc, List<String> tokens, UnionFind uf) {
    if (tokens.size() < MIN_TOKENS) {
      signatures.add(null);
      return;
    }
    long[] shingles = new long[tokens.size() - 2];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = hash.hashCharsToLong(mask(tokens.get(i)) + ' ' + mask(tokens.get(i + 1)) + ' ' + mask(tokens.get(i + 2)));
    }
    byte[] sig = hasher.compute(ElementHashProvider.ofValues(shingles));
    signatures.add(sig);
    for (int b = 0; b < bands.size(); b++) {
      long key = 0;
      for (int r = 0; r < ROWS; r++) {
        key = key * 0x9E3779B97F4A7C15L + policy.getComponent(sig, b * ROWS + r);
      }
      int[] members = bands.get(b).get(key);
      if (members == null) {
        bands.get(b).put(key, new int[] {doc});
        continue;
      }
      for (int m : members) {
        if (uf.find(m) != uf.find(doc) && policy.getFractionOfEqualComponents(sig, signatures.get(m)) >= threshold) {
          uf.union(m, doc);
        }
      }
      if (members.length < BUCKET_CAP) {
        int[] grown = java.util.Arrays.copyOf(members, members.length + 1);
        grown[members.length] = doc;
        bands.get(b).put(key, grown);
      }
    }
  }

  private static String mask(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return "#";
      }
    }
    return token;
  }

  /** The lower-case words of a text: runs of letters and digits. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < text.length() && Character.isLetterOrDigit(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
      i = j;
    }
    return out;
  }
}
