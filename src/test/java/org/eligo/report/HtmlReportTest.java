package org.eligo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void aSnippetMarksItsSpanWithinSixtyCharactersEachSideAllEscaped() {
    String text = "x".repeat(70) + "<b>KRAS & G12C</b>" + "y".repeat(70);
    Evidence e = Evidence.ofNote("N1", new CharSpan(73, 83), "KRAS & G12", "variant.protein");
    assertEquals("N1: …" + "x".repeat(57) + "&lt;b&gt;<mark>KRAS &amp; G12</mark>C&lt;/b&gt;" + "y".repeat(55) + "…",
        HtmlReport.snippet(e, Map.of("N1", text)));
  }

  @Test
  void evidenceWithoutItsNoteOrFromStructuredInputShowsItsOwnText() {
    assertEquals("N9: <mark>a&quot;b</mark>", HtmlReport.snippet(Evidence.ofNote("N9", new CharSpan(0, 3), "a\"b", "r"), Map.of()));
    assertEquals("patients.jsonl:3 sex: <mark>&#39;male&#39;</mark>",
        HtmlReport.snippet(Evidence.ofStructured("patients.jsonl:3 sex", "'male'"), Map.of()));
  }

  @Test
  void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
    assertEquals("P001", RankedCsv.field("P001"));
    assertEquals("\"a,b\"", RankedCsv.field("a,b"));
    assertEquals("\"say \"\"no\"\"\"", RankedCsv.field("say \"no\""));
    assertEquals("\"two\nlines\"", RankedCsv.field("two\nlines"));
  }
}
