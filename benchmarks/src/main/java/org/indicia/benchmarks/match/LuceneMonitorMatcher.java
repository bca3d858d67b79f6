package org.indicia.benchmarks.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene Monitor with one {@link PhraseQuery} (or {@link TermQuery} for one word) per phrase, in
 * the default in-memory configuration. Its analyzer splits on anything but letters and digits and
 * lower-cases, like the other matchers (StandardAnalyzer would keep {@code l'agence} as one token
 * and so miss {@code agence}). A match counts matched queries, that is distinct phrases.
 */
final class LuceneMonitorMatcher implements PhraseMatcherFacade {

  static final String FIELD = "text";

  private final Monitor monitor;

  LuceneMonitorMatcher(List<String> phrases) {
    Analyzer analyzer = analyzer();
    try {
      this.monitor = new Monitor(analyzer, new MonitorConfiguration());
      List<MonitorQuery> batch = new ArrayList<>();
      for (int i = 0; i < phrases.size(); i++) {
        batch.add(new MonitorQuery(Integer.toString(i), query(analyzer, phrases.get(i))));
        if (batch.size() == 10_000) {
          monitor.register(batch);
          batch.clear();
        }
      }
      monitor.register(batch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }

  private static Query query(Analyzer analyzer, String phrase) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(FIELD, phrase)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(FIELD, terms.get(0)));
    }
    return new PhraseQuery(FIELD, terms.toArray(String[]::new));
  }

  @Override
  public int countMatches(String text) {
    Document document = new Document();
    document.add(new TextField(FIELD, text, Field.Store.NO));
    try {
      return monitor.match(document, QueryMatch.SIMPLE_MATCHER).getMatchCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
