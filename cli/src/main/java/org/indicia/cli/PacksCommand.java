package org.indicia.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.indicia.Category;
import org.indicia.IndicatorInfo;
import org.indicia.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code indicia packs}: what is loaded. */
@Command(
    name = "packs",
    mixinStandardHelpOptions = true,
    header = "Lists the loaded packs and their indicators per category.",
    description =
        "Lists the loaded packs, their versions and languages, and their indicators per category.")
final class PacksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PackOptions packs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<RulePack> loaded = packs.loadPacks();
    for (RulePack p : loaded) {
      out.println(
          p.idAtVersion()
              + "  language "
              + p.language()
              + "  "
              + p.indicators().size()
              + " indicators  "
              + p.source());
      out.println("  " + p.description());
      Map<Category, List<IndicatorInfo>> byCategory = new EnumMap<>(Category.class);
      for (IndicatorInfo i : p.indicators()) {
        byCategory.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i);
      }
      for (Map.Entry<Category, List<IndicatorInfo>> e : byCategory.entrySet()) {
        out.println("  " + e.getKey() + " (" + e.getValue().size() + ")");
        for (IndicatorInfo i : e.getValue()) {
          out.println(String.format(Locale.ROOT, "    %-44s %.2f%s", i.id(), i.weight(), flags(i)));
        }
      }
      out.println();
    }
    out.println(
        loaded.size()
            + (loaded.size() == 1 ? " pack, " : " packs, ")
            + loaded.stream().mapToInt(p -> p.indicators().size()).sum()
            + " indicators");
    out.flush();
    return ExitCodes.OK;
  }

  private static String flags(IndicatorInfo i) {
    StringBuilder sb = new StringBuilder();
    if (i.strong()) {
      sb.append("  strong");
    }
    if (i.corroborate()) {
      sb.append("  corroborate");
    }
    if (i.sensitive()) {
      sb.append("  sensitive");
    }
    if (!i.tags().isEmpty()) {
      sb.append("  [").append(String.join(", ", i.tags())).append(']');
    }
    return sb.toString();
  }
}
