/** The French language module: its pack and language profile, provided through the SPI. */
module org.indicia.rules.fr {
  requires org.indicia.core;

  provides org.indicia.spi.LanguageModule with org.indicia.rules.fr.FrenchModule;
}
