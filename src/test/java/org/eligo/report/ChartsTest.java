package org.eligo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void barsAreOnePerValueWithTheirIntervalAndAnEscapedLabel() throws Exception {
    String svg = Charts.bars("rates & <ratios>", List.of(new Charts.Bar("sex: <b>\"f\"</b>", 0, 0.5, 0.25, 0.75, "1/2", "flag"),
        Charts.Bar.of("sex: m", 1.0, "2/2")), 1, 0.8, "0.8 × highest");
    Document d = parse(svg);
    NodeList rects = d.getElementsByTagName("rect");
    assertEquals(2, rects.getLength());
    Element first = (Element) rects.item(0);
    assertEquals("bar flag", first.getAttribute("class"));
    // the plot runs from x = 120 (the least room for labels) over 370 pixels: 0.5 is 185 wide
    assertEquals("120.0", first.getAttribute("x"));
    assertEquals("185.0", first.getAttribute("width"));
    assertEquals("370.0", ((Element) rects.item(1)).getAttribute("width"));
    assertEquals("sex: <b>\"f\"</b>: 1/2", first.getTextContent());
    assertEquals("M212.5 33H397.5M212.5 29V37M397.5 29V37", ((Element) d.getElementsByTagName("path").item(0)).getAttribute("d"));
    Element ref = (Element) d.getElementsByTagName("line").item(1);
    assertEquals("ref", ref.getAttribute("class"));
    assertEquals("416.0", ref.getAttribute("x1"));
    assertTrue(svg.contains("sex: &lt;b&gt;&quot;f&quot;&lt;/b&gt;"), svg);
    assertEquals("rates & <ratios>", d.getDocumentElement().getAttribute("aria-label"));
  }

  @Test
  void aWaterfallBarRunsFromTheRunningTotal() throws Exception {
    Document d = parse(Charts.bars("w", List.of(new Charts.Bar("now", 0, 4, null, null, "4", "total"), new Charts.Bar("without I5", 4, 7, null, null, "+3", "gain")),
        10, null, null));
    Element gain = (Element) d.getElementsByTagName("rect").item(1);
    assertEquals("268.0", gain.getAttribute("x"));
    assertEquals("111.0", gain.getAttribute("width"));
  }

  @Test
  void labelsGetRoomByTheirLengthAndCountScalesEndOnAMultipleOfFour() {
    assertEquals(120, Charts.labelWidth(List.of(Charts.Bar.of("short", 1, "1"))));
    assertEquals(264, Charts.labelWidth(List.of(Charts.Bar.of("x".repeat(40), 1, "1"))));
    assertEquals(440, Charts.labelWidth(List.of(Charts.Bar.of("x".repeat(100), 1, "1"))));
    assertEquals(4.0, Charts.countScale(1));
    assertEquals(12.0, Charts.countScale(12));
    assertEquals(592.0, Charts.countScale(592));
    assertEquals(596.0, Charts.countScale(593));
  }

  @Test
  void theReliabilityPlotHasItsDiagonalAndOnePointPerBin() throws Exception {
    Document d = parse(Charts.reliability("cal", List.of(new Charts.Series("model", "model", new double[] {0.1, 0.5}, new double[] {0.2, 0.4}, new int[] {4, 16}))));
    int points = 0;
    NodeList c = d.getElementsByTagName("circle");
    for (int i = 0; i < c.getLength(); i++) {
      points += ((Element) c.item(i)).getAttribute("class").equals("pt model") ? 1 : 0;
    }
    assertEquals(2, points);
    Element diag = (Element) d.getElementsByTagName("line").item(0);
    assertEquals(List.of("diag", "40", "320", "320", "40"), List.of(diag.getAttribute("class"), diag.getAttribute("x1"), diag.getAttribute("y1"),
        diag.getAttribute("x2"), diag.getAttribute("y2")));
    // (0.1, 0.2) over a 280-pixel square from (40, 40): x 68, y 264; radius 2 + √4 / 2
    Element p = (Element) c.item(0);
    assertEquals(List.of("68.0", "264.0", "3.0"), List.of(p.getAttribute("cx"), p.getAttribute("cy"), p.getAttribute("r")));
  }

  @Test
  void aPageIsWellFormedAndStatesItsCommandQuotedForTheShell() throws Exception {
    String html = new Page("t <1>", Page.command(List.of("fairness", "--trial", "my trial.json", "--out", "it's.jsonl")))
        .paragraph("a & b").table(List.of("x"), List.of(List.of("<y>"))).svg(Charts.bars("c", List.of(), 1, null, null)).html();
    Document d = parse(html);
    assertEquals("eligo fairness --trial 'my trial.json' --out 'it'\\''s.jsonl'", d.getElementsByTagName("code").item(0).getTextContent());
    assertEquals("<y>", d.getElementsByTagName("td").item(0).getTextContent());
    assertEquals("t <1>", d.getElementsByTagName("h1").item(0).getTextContent());
    assertTrue(!html.contains("<script"));
  }
}
