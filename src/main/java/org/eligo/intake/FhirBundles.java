package org.eligo.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 bundles in JSON, read with HAPI FHIR: the bundle's entries, each parsed on its own so
 * that a bad entry is reported (entry index, the line it starts on, field, reason) and the others
 * go on. The HAPI context is made once per JVM, on the first bundle (it takes about two seconds);
 * it is immutable and thread-safe afterwards. Structured resources are kept as notes of type
 * {@value #RESOURCE}: the note id is {@code <resourceType>/<id>}, the text the resource as HAPI
 * encodes it, so that the index stores, replaces and forgets them like any note.
 */
public final class FhirBundles {
  /** The note type of a stored FHIR resource (its text is the resource's JSON, not prose). */
  public static final String RESOURCE = "fhir-resource";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ELEMENT = Pattern.compile("\\[element=\"([^\"]+)\"\\]");

  /** One entry of a bundle: its 0-based index, the line its object starts on, its fullUrl and resource. */
  public record Entry(int index, long line, String fullUrl, Resource resource) {
    /** How reports name a field of this entry: {@code entry[2] Observation.subject}. */
    public String field(String path) {
      return "entry[" + index + "] " + resource.fhirType() + (path == null ? "" : "." + path);
    }
  }

  private FhirBundles() {}

  private static final class Context {
    static final FhirContext R4 = FhirContext.forR4();
  }

  /** The shared R4 context, made on first use. */
  public static FhirContext context() {
    return Context.R4;
  }

  /** Whether {@code json} looks like a FHIR bundle: a JSON object whose resourceType is Bundle. */
  public static boolean isBundle(JsonNode json) {
    return json != null && json.isObject() && "Bundle".equals(json.path("resourceType").asText(null));
  }

  /** Whether a note holds a stored FHIR resource rather than prose. */
  public static boolean isResource(Note n) {
    return RESOURCE.equals(n.type());
  }

  /**
   * The entries of a bundle in {@code text}; JSON that does not parse, a document that is no
   * bundle, and entries HAPI cannot read go to {@code problems} under {@code file}.
   */
  public static List<Entry> read(String file, String text, Problems problems) {
    List<JsonNode> nodes = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    String type = null;
    try (JsonParser jp = JSON.createParser(text)) {
      if (jp.nextToken() != JsonToken.START_OBJECT) {
        problems.add(file, 1, null, "a FHIR bundle must be a JSON object");
        return List.of();
      }
      while (jp.nextToken() == JsonToken.FIELD_NAME) {
        String name = jp.currentName();
        JsonToken value = jp.nextToken();
        if ("entry".equals(name) && value == JsonToken.START_ARRAY) {
          while (jp.nextToken() != JsonToken.END_ARRAY) {
            lines.add((long) jp.currentTokenLocation().getLineNr());
            nodes.add(jp.readValueAsTree());
          }
        } else if ("resourceType".equals(name) && value == JsonToken.VALUE_STRING) {
          type = jp.getText();
        } else {
          jp.skipChildren();
        }
      }
      if (jp.nextToken() != null) {
        JsonLocation at = jp.currentTokenLocation();
        problems.add(file, at.getLineNr(), null, "content after the bundle at column " + at.getColumnNr());
        return List.of();
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(0, at.getLineNr());
      problems.add(file, line, null, "not valid JSON" + (at == null ? "" : " at column " + at.getColumnNr()));
      return List.of();
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot read: " + e.getClass().getSimpleName());
      return List.of();
    }
    if (!"Bundle".equals(type)) {
      problems.add(file, 1, "resourceType", "expected Bundle");
      return List.of();
    }
    if (nodes.isEmpty()) {
      problems.add(file, 0, "entry", "the bundle has no entries");
      return List.of();
    }
    IParser parser = parser();
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      long line = lines.get(i);
      String at = "entry[" + i + "]";
      JsonNode resource = node.get("resource");
      if (resource == null || !resource.isObject()) {
        problems.add(file, line, at + ".resource", "required field is missing");
        continue;
      }
      String rt = resource.path("resourceType").asText("");
      try {
        Resource r = (Resource) parser.parseResource(resource.toString());
        out.add(new Entry(i, line, node.path("fullUrl").asText(null), r));
      } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
        // HAPI's message may quote the bad value: only the element it names is reported.
        Matcher m = ELEMENT.matcher(String.valueOf(e.getMessage()));
        String field = at + " " + (rt.isEmpty() ? "resource" : rt) + (m.find() ? "." + m.group(1) : "");
        problems.add(file, line, field, rt.isEmpty() ? "resourceType is missing" : "not a valid FHIR R4 " + rt);
      }
    }
    return out;
  }

  /** A stored resource read back. */
  public static Resource parse(String json) {
    return (Resource) parser().parseResource(json);
  }

  /** A resource as stored: compact JSON. */
  public static String encode(Resource r) {
    return context().newJsonParser().encodeResourceToString(r);
  }

  /** Parsers are cheap and not thread-safe: one per call. Unknown elements are ignored silently; bad values throw. */
  private static IParser parser() {
    IParser p = context().newJsonParser();
    LenientErrorHandler lenient = new LenientErrorHandler(false);
    lenient.setErrorOnInvalidValue(true);
    p.setParserErrorHandler(lenient);
    return p;
  }
}
