package org.eligo.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drugs written together in one sentence: "carboplatin, pemetrexed and pembrolizumab", "FOLFOX +
 * bevacizumab", "dabrafenib 150 mg BID + trametinib 2 mg daily". Two drugs of one category with
 * only connectors or dosing between them are one group; a date, a cycle count, "then" or any
 * other word between them makes two ("FOLFOX 03/2024-12/2024, PD; FOLFIRI", "paclitaxel/
 * trastuzumab, mastectomy"). What a sentence says of a therapy is tied to its group.
 */
final class Regimens {
  /** A drug named in a sentence: its offsets in the sentence and its category (systemic, surgery, ...). */
  record Drug(int start, int end, String category) {}

  /** Drugs given together: where they stand in the sentence and the indices of the drugs. */
  record Group(int start, int end, List<Integer> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  private static final Pattern TOKEN = Pattern.compile("w/(?!\\w)|[\\p{L}\\p{N}#]+(?:[./'+\\-][\\p{L}\\p{N}#]+)*|\\S");
  private static final Pattern JOIN = Pattern.compile(
      "\\d+(?:\\.\\d+)?|\\d*(?:mg|mcg|g|ml|units?)|mg/m2|mg/kg|auc\\d*(?:\\.\\d+)?|q\\d+[a-z]*|bid|tid|qid|qd|daily|weekly|po|iv|sc"
          + "|and|plus|with|w/|in|combination|combined|along|together|concurrent|concurrently|[,/+&()\\-]");

  private Regimens() {}

  /** The groups of a sentence with its dates, in text order; every drug is in exactly one. */
  static List<Group> groups(String sentence, List<Drug> drugs, List<NoteDates.Found> dates) {
    // A date is no dose: "nivolumab 2022 ipilimumab" is two groups.
    char[] masked = sentence.toCharArray();
    for (NoteDates.Found d : dates) {
      Arrays.fill(masked, d.start(), d.end(), '#');
    }
    String text = new String(masked);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drugs.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> drugs.get(i).start()));
    List<Group> groups = new ArrayList<>();
    for (int i : order) {
      Drug d = drugs.get(i);
      Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      boolean together = last != null && (d.start() < last.end()
          || d.category().equals(drugs.get(last.members().get(0)).category()) && joins(text.substring(last.end(), d.start())));
      if (together) {
        List<Integer> members = new ArrayList<>(last.members());
        members.add(i);
        groups.set(groups.size() - 1, new Group(last.start(), Math.max(last.end(), d.end()), members));
      } else {
        groups.add(new Group(d.start(), d.end(), List.of(i)));
      }
    }
    return groups;
  }

  private static boolean joins(String gap) {
    Matcher m = TOKEN.matcher(gap);
    while (m.find()) {
      if (!JOIN.matcher(m.group().toLowerCase(Locale.ROOT)).matches()) {
        return false;
      }
    }
    return true;
  }
}
