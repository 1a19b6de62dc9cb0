package org.eligo.criteria;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Problems;

/**
 * Reads trials from ClinicalTrials.gov API v2 study JSON: one study per file, an API page
 * {@code {"studies":[...]}}, a bare JSON array of studies, or a directory of {@code *.json} files
 * (not recursive, in file-name order). CTML files ({@code .ctml.json}, {@code .yaml}, {@code .yml})
 * are read by {@link CtmlReader}, in the same order and with the same duplicate-id check.
 *
 * <p>Each study becomes a {@link Trial} whose criteria are, in order: the structured age limits
 * ({@code S-AGE}, from {@code minimumAge}/{@code maximumAge}), the structured sex ({@code S-SEX},
 * only for FEMALE or MALE), then the items of {@code eligibilityCriteria} as segmented and parsed.
 *
 * <p>Bad input never throws out of {@link #read}: it is recorded as a {@link
 * org.eligo.core.Problem} (file, 1-based line, field, reason) and reading goes on with the next
 * study or file. Lines are those of the study's opening brace, or, for malformed JSON, where the
 * JSON parser stopped. In particular:
 *
 * <ul>
 *   <li>malformed JSON: the file's studies read before the error are kept, the rest is lost;
 *   <li>no {@code nctId}, or an {@code nctId} already read: the study is skipped;
 *   <li>no (or blank) {@code eligibilityCriteria}: the trial is kept with its structured criteria
 *       alone; when it has none of those either it is skipped, since a trial without any
 *       criterion would pass every patient;
 *   <li>an age that is neither "N/A" nor "&lt;number&gt; &lt;unit&gt;", or a minimum above the
 *       maximum: that structured limit is dropped; an unknown sex likewise.
 * </ul>
 *
 * <p>Ages are whole years, so limits in months, weeks, days, hours or minutes are rounded down
 * to whole years ("6 Months" becomes 0 years); a minimum of 0 years with no maximum is no limit.
 *
 * <p>Parsed criteria are cached in memory for the life of the reader, by the SHA-256 of the
 * criteria text ({@link ParseCache}): a trial read again, or another trial with the same text,
 * is not parsed again. Thread-safe.
 */
public final class TrialReader {

  static final String NCT_ID = "protocolSection.identificationModule.nctId";
  static final String CRITERIA = "protocolSection.eligibilityModule.eligibilityCriteria";
  static final String MIN_AGE = "protocolSection.eligibilityModule.minimumAge";
  static final String MAX_AGE = "protocolSection.eligibilityModule.maximumAge";
  static final String SEX = "protocolSection.eligibilityModule.sex";
  static final String CONDITIONS = "protocolSection.conditionsModule.conditions";

  private static final Pattern AGE =
      Pattern.compile("(?i)^(\\d{1,4}(?:\\.\\d+)?)\\s*(years?|months?|weeks?|days?|hours?|minutes?)$");

  private static final String PARSER_FAILED = "not computable: parser failed";

  private final ObjectMapper mapper = new ObjectMapper();
  private final CtmlReader ctml = new CtmlReader();
  private final ParseCache cache = new ParseCache();
  private final CriteriaSegmenter segmenter;
  private final CriterionParser parser;

  public TrialReader(CriteriaSegmenter segmenter, CriterionParser parser) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** Trials of a study file, an API page or a directory of them; problems go to {@code problems}. */
  public List<Trial> read(Path fileOrDir, Problems problems) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    Objects.requireNonNull(problems, "problems");
    List<Trial> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    if (Files.isDirectory(fileOrDir)) {
      List<Path> files = jsonFiles(fileOrDir, problems);
      if (files.isEmpty()) {
        problems.add(fileOrDir.toString(), 0, null, "directory holds no .json files");
      }
      for (Path file : files) {
        readFile(file, problems, out, seen);
      }
    } else if (Files.isRegularFile(fileOrDir)) {
      readFile(fileOrDir, problems, out, seen);
    } else {
      problems.add(fileOrDir.toString(), 0, null, "no such file or directory");
    }
    return out;
  }

  private static List<Path> jsonFiles(Path dir, Problems problems) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (Files.isRegularFile(p) && (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || CtmlReader.accepts(p))) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      problems.add(dir.toString(), 0, null, "cannot list directory: " + e.getMessage());
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return files;
  }

  private void readFile(Path file, Problems problems, List<Trial> out, Map<String, String> seen) {
    if (CtmlReader.accepts(file)) {
      ctml.read(file, problems, out, seen);
      return;
    }
    String name = file.toString();
    try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
      JsonToken root = p.nextToken();
      if (root == null) {
        problems.add(name, 0, null, "empty file");
        return;
      }
      if (root == JsonToken.START_ARRAY) {
        readStudies(p, name, problems, out, seen);
      } else if (root == JsonToken.START_OBJECT) {
        readObject(p, name, problems, out, seen);
      } else {
        problems.add(name, line(p.currentTokenLocation()), null, "expected a study object or a page {\"studies\":[...]}");
        return;
      }
      if (p.nextToken() != null) {
        problems.add(name, line(p.currentTokenLocation()), null, "unexpected content after the JSON value");
      }
    } catch (JsonProcessingException e) {
      problems.add(name, line(e.getLocation()), null, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      problems.add(name, 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** Root object: either a page (has "studies") or a study (has "protocolSection"). */
  private void readObject(JsonParser p, String name, Problems problems, List<Trial> out, Map<String, String> seen)
      throws IOException {
    long rootLine = line(p.currentTokenLocation());
    Map<String, JsonNode> fields = new HashMap<>();
    boolean page = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ("studies".equals(field) && value == JsonToken.START_ARRAY) {
        page = true;
        readStudies(p, name, problems, out, seen);
      } else if (page) {
        p.skipChildren();
      } else {
        fields.put(field, mapper.readTree(p));
      }
    }
    if (!page) {
      if (!fields.containsKey("protocolSection")) {
        problems.add(name, rootLine, "protocolSection",
            "neither a ClinicalTrials.gov v2 study (no protocolSection) nor a page {\"studies\":[...]}");
        return;
      }
      study(mapper.valueToTree(fields), name, rootLine, problems, out, seen);
    }
  }

  private void readStudies(JsonParser p, String name, Problems problems, List<Trial> out, Map<String, String> seen)
      throws IOException {
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      long line = line(p.currentTokenLocation());
      JsonNode study = mapper.readTree(p);
      if (t != JsonToken.START_OBJECT) {
        problems.add(name, line, "studies[" + index + "]", "expected a study object");
      } else {
        study(study, name, line, problems, out, seen);
      }
      index++;
    }
  }

  private void study(JsonNode study, String file, long line, Problems problems, List<Trial> out, Map<String, String> seen) {
    JsonNode protocol = study.path("protocolSection");
    if (!protocol.isObject()) {
      problems.add(file, line, "protocolSection", "missing; study skipped");
      return;
    }
    String nctId = text(protocol.at("/identificationModule/nctId"));
    if (nctId == null) {
      problems.add(file, line, NCT_ID, "missing; study skipped");
      return;
    }
    String first = seen.putIfAbsent(nctId, file + ":" + line);
    if (first != null) {
      problems.add(file, line, NCT_ID, nctId + " was already read from " + first + "; study skipped");
      return;
    }
    String title = text(protocol.at("/identificationModule/briefTitle"));
    List<String> conditions = new ArrayList<>();
    JsonNode conds = protocol.at("/conditionsModule/conditions");
    if (conds.isArray()) {
      for (JsonNode c : conds) {
        if (text(c) != null) {
          conditions.add(c.asText().trim());
        }
      }
    } else if (!conds.isMissingNode() && !conds.isNull()) {
      problems.add(file, line, CONDITIONS, nctId + ": expected an array of strings; conditions ignored");
    }
    JsonNode eligibility = protocol.path("eligibilityModule");
    List<Criterion> criteria = new ArrayList<>(structured(eligibility, nctId, file, line, problems));
    String text = text(eligibility.path("eligibilityCriteria"));
    List<Criterion> parsed = text == null ? null : cache.get(text);
    List<CriteriaSegmenter.Item> items = text == null || parsed != null ? List.of() : segmenter.segment(text);
    if (items.isEmpty() && (parsed == null || parsed.isEmpty())) {
      String what = text == null ? "missing" : "has no criteria";
      if (criteria.isEmpty()) {
        problems.add(file, line, CRITERIA, nctId + ": " + what + " and no structured age or sex limit; trial skipped");
        return;
      }
      problems.add(file, line, CRITERIA,
          nctId + ": " + what + "; trial kept with its " + criteria.size() + " structured criteria only");
    }
    if (parsed == null) {
      parsed = new ArrayList<>();
      boolean failed = false;
      for (CriteriaSegmenter.Item item : items) {
        Criterion c = parse(item, nctId, file, line, problems);
        failed |= c.reason() != null && c.reason().equals(PARSER_FAILED);
        parsed.add(c);
      }
      if (!failed && text != null) {
        // A parser failure is reported once per trial that meets it, so such a parse is not kept.
        cache.put(text, parsed);
      }
    }
    criteria.addAll(parsed);
    out.add(new Trial(nctId, title, conditions, criteria, file));
  }

  private Criterion parse(CriteriaSegmenter.Item item, String nctId, String file, long line, Problems problems) {
    try {
      return parser.parse(item.id(), item.kind(), item.text());
    } catch (RuntimeException e) {
      // A parser defect on one odd sentence must not lose the trial; the criterion stays for review.
      problems.add(file, line, CRITERIA, nctId + " " + item.id() + ": parser failed: " + e);
      return Criterion.notComputable(item.id(), item.kind(), item.text(), "OTHER", PARSER_FAILED);
    }
  }

  private static List<Criterion> structured(JsonNode eligibility, String nctId, String file, long line, Problems problems) {
    List<Criterion> out = new ArrayList<>(2);
    String minText = text(eligibility.path("minimumAge"));
    String maxText = text(eligibility.path("maximumAge"));
    Integer min = age(minText, MIN_AGE, nctId, file, line, problems);
    Integer max = age(maxText, MAX_AGE, nctId, file, line, problems);
    if (min != null && max != null && min > max) {
      problems.add(file, line, MIN_AGE,
          nctId + ": minimumAge '" + minText + "' is above maximumAge '" + maxText + "'; age limits ignored");
      min = null;
      max = null;
    }
    if (min != null && min == 0 && max == null) {
      min = null;
    }
    if (min != null || max != null) {
      String text;
      if (min != null && max != null) {
        text = "Age " + minText + " to " + maxText;
      } else if (min != null) {
        text = "Age " + minText + " or older";
      } else {
        text = "Age " + maxText + " or younger";
      }
      out.add(Criterion.computable("S-AGE", Criterion.Kind.INCLUSION,
          text + " (structured eligibility field)", new Predicate.Age(min, max)));
    }
    String sex = text(eligibility.path("sex"));
    if (sex != null) {
      switch (sex.toUpperCase(Locale.ROOT)) {
        case "ALL" -> { }
        case "FEMALE" -> out.add(Criterion.computable("S-SEX", Criterion.Kind.INCLUSION,
            "Female participants (structured eligibility field)", new Predicate.Sex("female")));
        case "MALE" -> out.add(Criterion.computable("S-SEX", Criterion.Kind.INCLUSION,
            "Male participants (structured eligibility field)", new Predicate.Sex("male")));
        default -> problems.add(file, line, SEX, nctId + ": unknown sex '" + sex + "' (ALL, FEMALE or MALE); ignored");
      }
    }
    return out;
  }

  /** Whole years of a CT.gov age ("18 Years", "6 Months"), null for none or when unparseable. */
  private static Integer age(String value, String field, String nctId, String file, long line, Problems problems) {
    if (value == null || value.equalsIgnoreCase("N/A") || value.equalsIgnoreCase("NA")) {
      return null;
    }
    Matcher m = AGE.matcher(value);
    if (!m.matches()) {
      problems.add(file, line, field, nctId + ": cannot read age '" + value + "'; limit ignored");
      return null;
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double years;
    if (unit.startsWith("year")) {
      years = n;
    } else if (unit.startsWith("month")) {
      years = n / 12.0;
    } else if (unit.startsWith("week")) {
      years = n * 7.0 / 365.25;
    } else if (unit.startsWith("day")) {
      years = n / 365.25;
    } else {
      years = 0;
    }
    return (int) Math.floor(years + 1e-9);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String s = node.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static long line(JsonLocation location) {
    if (location == null) {
      return 0;
    }
    return Math.max(0, location.getLineNr());
  }
}
