package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacksCommandTest {
  @TempDir Path dir;

  @Test
  void packs_listsPacksAndIndicatorsPerCategory() throws IOException {
    Path pack = Cli.pack(dir);
    Cli.Run r = Cli.run("packs", "--no-builtin", "--pack", pack.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith(
            "t-en@1.2.3  language en  3 indicators  "
                + pack
                + "\n"
                + "  A pack written for the CLI tests.\n"
                + "  DOCUMENT_RETENTION (1)\n"
                + "    t.docs                                       0.70  strong  [documents]\n"
                + "  RECRUITMENT_FRAUD (1)\n"
                + "    t.fee                                        0.50  [fees]\n"
                + "  CONTACT_EVASION (1)\n"
                + "    t.whatsapp                                   0.30\n");
    assertThat(r.out()).endsWith("1 pack, 3 indicators\n");
  }

  @Test
  void packs_noBuiltinWithoutPack_usageError() {
    Cli.Run r = Cli.run("packs", "--no-builtin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-builtin needs at least one --pack FILE");
  }

  @Test
  void packs_duplicatePack_exitTwo() throws IOException {
    Path pack = Cli.pack(dir);
    Cli.Run r =
        Cli.run("packs", "--no-builtin", "--pack", pack.toString(), "--pack", pack.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pack t-en@1.2.3", "is already loaded");
  }
}
