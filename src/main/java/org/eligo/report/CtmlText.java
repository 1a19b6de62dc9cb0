package org.eligo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;

/** A CTML document as YAML (the way MatchMiner curators write it) or JSON. */
public final class CtmlText {
  private static final ObjectWriter YAML = new YAMLMapper(YAMLFactory.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build()).writer();
  private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
  private static final ObjectWriter LINE = new ObjectMapper().writer();

  private CtmlText() {}

  /** One YAML document, starting with its {@code ---} marker. */
  public static String yaml(JsonNode doc) {
    return write(YAML, doc);
  }

  /** Indented JSON, for a file. */
  public static String json(JsonNode doc) {
    return write(PRETTY, doc) + "\n";
  }

  /** One line of JSON, for JSON Lines on stdout. */
  public static String jsonLine(JsonNode doc) {
    return write(LINE, doc);
  }

  private static String write(ObjectWriter writer, JsonNode doc) {
    try {
      return writer.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write CTML", e);
    }
  }
}
