package org.eligo.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.criteria.Trials;
import org.eligo.index.PatientIndex;
import org.eligo.intake.FhirBundles;
import org.eligo.intake.NoteReader;
import org.eligo.intake.PatientInfo;
import org.eligo.intake.PatientReader;

/**
 * Reads one dropped file by its content and takes its valid records: notes, patients and the
 * entries of FHIR bundles into the index (committed before this returns), trials into the
 * trial folder. What a file holds
 * is told by its content, not its name, except for plain-text notes ({@code
 * <patientId>__<noteId>.txt}) and CTML ({@code .yaml}, {@code .yml}, {@code .ctml.json}).
 */
final class Drops {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A JSON document that does not parse but says it is a bundle is read as one, so that its report names the syntax error. */
  private static final Pattern BUNDLE = Pattern.compile("\"resourceType\"\\s*:\\s*\"Bundle\"");

  /** The kinds of input a drop folder takes. */
  enum Kind {
    notes,
    note_text,
    patients,
    patients_csv,
    trial,
    fhir,
    unknown
  }

  private final Eligo eligo;
  private final PatientIndex index;
  private final Path trials;
  private List<String> written = List.of();

  Drops(Eligo eligo, PatientIndex index, Path trials) {
    this.eligo = eligo;
    this.index = index;
    this.trials = trials;
  }

  /** Takes the records of {@code file} (in processing/), whose bytes and hash the caller has read. */
  DropOutcome take(Path file, byte[] bytes, String sha256) {
    written = List.of();
    String name = file.getFileName().toString();
    if (bytes.length == 0) {
      return DropOutcome.rejected(name, sha256, Kind.unknown.name(), null, "empty file");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return DropOutcome.rejected(name, sha256, Kind.unknown.name(), null, "binary content (a NUL byte at offset " + i + ")");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return DropOutcome.rejected(name, sha256, Kind.unknown.name(), null, "not UTF-8 text");
    }
    if (text.isBlank()) {
      return DropOutcome.rejected(name, sha256, Kind.unknown.name(), null, "no records: only white space");
    }
    Kind kind = kind(file, text);
    Problems problems = new Problems();
    int accepted = switch (kind) {
      case notes -> {
        Ingest.Result r = new Ingest(eligo, index, threads()).run(file, Map.of(), problems);
        written = r.patients();
        yield (int) r.notes();
      }
      case note_text -> noteText(file, problems);
      case patients, patients_csv -> patients(PatientReader.read(file, kind == Kind.patients_csv, problems));
      case trial -> trial(file, problems);
      case fhir -> fhir(name, text, problems);
      case unknown -> {
        problems.add(name, 0, null, "unrecognised content: expected notes or patients (JSON Lines or CSV), "
            + "a <patientId>__<noteId>.txt note, a trial (ClinicalTrials.gov JSON or CTML YAML) or a FHIR R4 bundle (JSON)");
        yield 0;
      }
    };
    return new DropOutcome(name, sha256, kind.name(), accepted > 0 ? DropOutcome.Status.done : DropOutcome.Status.rejected,
        accepted, problems.list(), null);
  }

  /** The ids of the patients the last {@link #take} wrote to the index, sorted (empty for trials and rejected files). */
  List<String> written() {
    return written;
  }

  /** What a file holds, from its name for text notes and CTML, else from its first JSON value or line. */
  static Kind kind(Path file, String text) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Kind.note_text;
    }
    if (Trials.isCtml(file)) {
      return Kind.trial;
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      Optional<JsonNode> first = json(trimmed);
      if (first.isPresent() ? FhirBundles.isBundle(first.get()) : BUNDLE.matcher(trimmed.substring(0, Math.min(4096, trimmed.length()))).find()) {
        return Kind.fhir;
      }
      if (first.isPresent() && (first.get().isArray() || first.get().has("protocolSection") || first.get().has("studies"))) {
        return Kind.trial;
      }
      for (String line : trimmed.split("\n")) {
        Optional<JsonNode> node = json(line);
        if (node.isPresent() && node.get().isObject()) {
          return node.get().has("noteId") || node.get().has("text") || !node.get().has("patientId") ? Kind.notes : Kind.patients;
        }
      }
      return Kind.notes;
    }
    String header = trimmed.lines().findFirst().orElse("");
    for (String cell : header.split(",")) {
      if (cell.strip().replace("\"", "").equals("patientId")) {
        return Kind.patients_csv;
      }
    }
    return Kind.unknown;
  }

  private static Optional<JsonNode> json(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The entries of a FHIR bundle, taken as notes (reports) and stored resources; returns how many. */
  private int fhir(String name, String text, Problems problems) {
    List<Note> notes = eligo.fhir(name, text, problems);
    if (!notes.isEmpty()) {
      new Ingest(eligo, index, threads()).run(notes, Map.of());
    }
    return notes.size();
  }

  private int noteText(Path file, Problems problems) {
    Optional<Note> note = NoteReader.textNote(file, problems);
    note.ifPresent(n -> written = new Ingest(eligo, index, 1).run(List.of(n), Map.of()).patients());
    return note.isPresent() ? 1 : 0;
  }

  private int patients(Map<String, PatientInfo> patients) {
    if (!patients.isEmpty()) {
      written = new Ingest(eligo, index, threads()).run(List.of(), patients).patients();
    }
    return patients.size();
  }

  /** Reads the trials of a file and, when any is valid, copies the file whole into the trial folder (replacing one of its name). */
  private int trial(Path file, Problems problems) {
    List<Trial> read = eligo.trials(file, problems);
    if (read.isEmpty()) {
      return 0;
    }
    String name = file.getFileName().toString();
    if (!Trials.isCtml(file) && !name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      name += ".json";
    }
    try {
      PrivateFiles.folder(trials);
      PrivateFiles.write(trials.resolve(name), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy a trial into " + trials, e);
    }
    return read.size();
  }

  private static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
