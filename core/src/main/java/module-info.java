/**
 * Indicia core: the API ({@code org.indicia}) and the language SPI ({@code org.indicia.spi}). Every
 * other package is internal; the few the command line, Flink job and benchmarks need are
 * exported to them only.
 */
module org.indicia.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires com.ibm.icu;
  requires com.dynatrace.hash4j;
  requires org.apache.opennlp.tools;
  requires org.slf4j;
  requires org.yaml.snakeyaml;
  requires re2j;

  exports org.indicia;
  exports org.indicia.spi;
  exports org.indicia.entity to org.indicia.cli, org.indicia.benchmarks;
  exports org.indicia.link to org.indicia.cli, org.indicia.benchmarks;
  exports org.indicia.pack to org.indicia.cli;
  exports org.indicia.share to org.indicia.cli;
  exports org.indicia.lang to org.indicia.benchmarks;
  exports org.indicia.match to org.indicia.benchmarks;
  exports org.indicia.text to org.indicia.benchmarks;

  uses org.indicia.spi.LanguageModule;
}
