package org.eligo.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.intake.FhirBundles;
import org.eligo.intake.PatientInfo;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.Conditions;
import org.eligo.lexicon.Drugs;
import org.eligo.lexicon.Lexicons;
import org.eligo.lexicon.PhraseMatcher;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * FHIR R4 resources (mCODE where present) to eligo's records: a bundle's entries become notes
 * (a DiagnosticReport's text is a note like any other; every other resource read is stored as a
 * note of type {@link FhirBundles#RESOURCE}), and a stored resource becomes mentions whose
 * evidence names the resource ({@code source} = {@code Observation/obs-1}) and whose assertion
 * the resource states (a refuted condition is ABSENT, a completed medication HISTORICAL).
 * Observations are read by {@link FhirObservations}; the codes read are in
 * docs/INTEGRATION.md. Cancer, condition and drug names go through the lexicons. Thread-safe.
 */
public final class FhirFacts {
  private static final String LOINC = "http://loinc.org";
  private static final CharSpan NO_SENTENCE = new CharSpan(0, 0);

  private static final Pattern STAGE = Pattern.compile("(?i)\\bstage\\s*(IV|I{1,3}|0|[1-4])([ABC][1-3]?)?\\b");
  private static final Pattern BARE_STAGE = Pattern.compile("(?i)(IV|I{1,3}|0|[1-4])([ABC][1-3]?)?");
  private static final Pattern NEOPLASM = Pattern.compile("(?i)^\\s*(?:primary\\s+)?malignant\\s+neoplasm\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s*\\(disorder\\))?\\s*$");
  /** What one resource says: its mentions, or why it says nothing eligo reads (a field and a reason). */
  public record Mapped(List<Mention> mentions, String field, String reason) {
    static Mapped of(List<Mention> mentions) {
      return new Mapped(List.copyOf(mentions), null, null);
    }

    static Mapped bad(String field, String reason) {
      return new Mapped(List.of(), field, reason);
    }
  }

  private final Cancers cancers;
  private final Conditions conditions;
  private final Drugs drugs;
  private final FhirObservations observations;

  public FhirFacts(Lexicons lex) {
    this.cancers = lex.cancers();
    this.conditions = lex.conditions();
    this.drugs = lex.drugs();
    this.observations = new FhirObservations(lex.labs(), lex.genes());
  }

  /**
   * The notes a bundle's entries give, in entry order; an entry that gives none is reported with
   * its index, line, resource type, field and reason. Resource types eligo does not read
   * (Practitioner, Specimen, Encounter, ...) are passed over without a report.
   */
  public List<Note> notes(String file, List<FhirBundles.Entry> entries, Problems problems) {
    Map<String, String> patientOf = new HashMap<>();
    for (FhirBundles.Entry e : entries) {
      if (e.resource() instanceof Patient p && p.getIdElement().getIdPart() != null) {
        String id = p.getIdElement().getIdPart();
        patientOf.put("Patient/" + id, id);
        if (e.fullUrl() != null) {
          patientOf.put(e.fullUrl(), id);
        }
      }
    }
    List<Note> out = new ArrayList<>();
    for (FhirBundles.Entry e : entries) {
      Resource r = e.resource();
      boolean read = r instanceof Patient || r instanceof Condition || r instanceof Observation
          || r instanceof MedicationStatement || r instanceof MedicationAdministration || r instanceof DiagnosticReport;
      if (!read) {
        continue;
      }
      String id = r.getIdElement().getIdPart();
      if (id == null || id.isBlank()) {
        problems.add(file, e.line(), e.field("id"), "required field is missing");
        continue;
      }
      String ref = r.fhirType() + "/" + id;
      if (r instanceof Patient p) {
        out.add(new Note(id, ref, null, FhirBundles.RESOURCE, FhirBundles.encode(p)));
        continue;
      }
      Reference subject = subject(r);
      String patient = subject == null || subject.getReference() == null ? null : patientOf.getOrDefault(subject.getReference(),
          subject.getReference().matches("(.*/)?Patient/[^/]+") ? subject.getReference().replaceAll(".*Patient/", "") : null);
      if (patient == null) {
        problems.add(file, e.line(), e.field("subject"), subject == null || subject.getReference() == null
            ? "required field is missing" : "does not name a Patient (Patient/<id> or the fullUrl of a Patient entry)");
        continue;
      }
      if (r instanceof DiagnosticReport dr) {
        String text = reportText(dr);
        if (text == null) {
          problems.add(file, e.line(), e.field("presentedForm"), "no text: expected a text/plain presentedForm or text.div");
        } else {
          out.add(new Note(patient, ref, date(date(dr)), "report", text));
        }
        continue;
      }
      Mapped m = map(r, ref);
      if (m.mentions().isEmpty()) {
        problems.add(file, e.line(), e.field(m.field()), m.reason());
      } else {
        out.add(new Note(patient, ref, date(date(r)), FhirBundles.RESOURCE, FhirBundles.encode(r)));
      }
    }
    return out;
  }

  /** The mentions of a stored resource note; none when it does not read (it was checked when taken). */
  public List<Mention> mentions(Note n) {
    Resource r;
    try {
      r = FhirBundles.parse(n.text());
    } catch (RuntimeException e) {
      return List.of();
    }
    return map(r, n.noteId()).mentions();
  }

  /** Demographics from the patient's stored Patient resource, if any. */
  public Optional<PatientInfo> patientInfo(String patientId, List<Note> notes) {
    for (Note n : notes) {
      if (FhirBundles.isResource(n) && n.noteId().startsWith("Patient/")) {
        try {
          if (FhirBundles.parse(n.text()) instanceof Patient p) {
            return Optional.of(info(patientId, n.noteId(), p));
          }
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  static PatientInfo info(String patientId, String ref, Patient p) {
    LocalDate birth = null;
    if (p.hasBirthDateElement() && p.getBirthDateElement().getValueAsString().length() == 10) {
      birth = LocalDate.parse(p.getBirthDateElement().getValueAsString());
    }
    String sex = null;
    if (p.hasGender()) {
      sex = switch (p.getGender()) {
        case FEMALE -> "female";
        case MALE -> "male";
        default -> null;
      };
    }
    return new PatientInfo(patientId, birth, sex, usCore(p, "us-core-race"), usCore(p, "us-core-ethnicity"), ref);
  }

  /** A US Core race or ethnicity extension: its "text", else the display of its first OMB category. */
  private static String usCore(Patient p, String name) {
    Extension ext = p.getExtensionByUrl("http://hl7.org/fhir/us/core/StructureDefinition/" + name);
    if (ext == null) {
      return null;
    }
    Extension text = ext.getExtensionByUrl("text");
    if (text != null && text.getValue() != null && !text.getValue().primitiveValue().isBlank()) {
      return text.getValue().primitiveValue();
    }
    Extension omb = ext.getExtensionByUrl("ombCategory");
    return omb != null && omb.getValue() instanceof Coding c ? c.getDisplay() : null;
  }

  /** What one resource says, with {@code ref} as the evidence source. */
  public Mapped map(Resource r, String ref) {
    if (r instanceof Condition c) {
      return condition(c, ref);
    }
    if (r instanceof Observation o) {
      return observations.map(o, ref);
    }
    if (r instanceof MedicationStatement ms) {
      if (!ms.hasMedicationCodeableConcept()) {
        return Mapped.bad("medication[x]", "medicationReference is not read: use medicationCodeableConcept");
      }
      Assertion a = switch (ms.getStatus() == null ? MedicationStatement.MedicationStatementStatus.ACTIVE : ms.getStatus()) {
        case ENTEREDINERROR -> null;
        case NOTTAKEN -> Assertion.ABSENT;
        case INTENDED -> Assertion.HYPOTHETICAL;
        case COMPLETED, STOPPED -> Assertion.HISTORICAL;
        default -> Assertion.PRESENT;
      };
      return therapy(ms.getMedicationCodeableConcept(), ms.hasEffective() ? ms.getEffective() : null, a, ref);
    }
    if (r instanceof MedicationAdministration ma) {
      if (!ma.hasMedicationCodeableConcept()) {
        return Mapped.bad("medication[x]", "medicationReference is not read: use medicationCodeableConcept");
      }
      Assertion a = switch (ma.getStatus() == null ? MedicationAdministration.MedicationAdministrationStatus.COMPLETED : ma.getStatus()) {
        case ENTEREDINERROR -> null;
        case NOTDONE -> Assertion.ABSENT;
        default -> Assertion.PRESENT;
      };
      return therapy(ma.getMedicationCodeableConcept(), ma.hasEffective() ? ma.getEffective() : null, a, ref);
    }
    return Mapped.of(List.of());
  }

  private Mapped condition(Condition c, String ref) {
    if (has(c.getVerificationStatus(), "entered-in-error")) {
      return Mapped.bad("verificationStatus", "entered-in-error: not read");
    }
    Assertion a = has(c.getVerificationStatus(), "refuted") ? Assertion.ABSENT
        : has(c.getVerificationStatus(), "provisional") || has(c.getVerificationStatus(), "differential")
            || has(c.getVerificationStatus(), "unconfirmed") ? Assertion.POSSIBLE
        : has(c.getClinicalStatus(), "resolved") || has(c.getClinicalStatus(), "remission")
            || has(c.getClinicalStatus(), "inactive") ? Assertion.HISTORICAL
        : Assertion.PRESENT;
    List<Mention> out = new ArrayList<>();
    for (String written : texts(c.getCode())) {
      // SNOMED and ICD-10 displays say "Malignant neoplasm of colon": read as "colon cancer".
      Matcher neoplasm = NEOPLASM.matcher(written);
      String text = neoplasm.find() ? neoplasm.group(1) + " cancer" : written;
      Optional<PhraseMatcher.Match<Cancers.Term>> cancer = cancers.matcher().findAll(text).stream().findFirst();
      if (cancer.isPresent()) {
        Cancers.Term t = cancer.get().value();
        out.add(mention(new Finding.Diagnosis(t.code(), t.histology(), null), written, "fhir.condition", ref, a));
        break;
      }
      Optional<PhraseMatcher.Match<Conditions.Condition>> other = conditions.matcher().findAll(text).stream().findFirst();
      if (other.isPresent()) {
        out.add(mention(new Finding.Condition(other.get().value().name(), other.get().value().group()), written, "fhir.condition", ref, a));
        break;
      }
    }
    if (out.isEmpty()) {
      return Mapped.bad("code", "names no cancer or condition of the lexicons" + codes(c.getCode()));
    }
    if (a == Assertion.PRESENT || a == Assertion.HISTORICAL) {
      for (Condition.ConditionStageComponent s : c.getStage()) {
        for (String text : texts(s.getSummary())) {
          String stage = stage(text);
          if (stage != null) {
            out.add(mention(new Finding.Diagnosis(null, null, stage), text, "fhir.stage", ref, Assertion.PRESENT));
            break;
          }
        }
      }
    }
    return Mapped.of(out);
  }

  private Mapped therapy(CodeableConcept medication, Type effective, Assertion a, String ref) {
    if (a == null) {
      return Mapped.bad("status", "entered-in-error: not read");
    }
    for (String text : texts(medication)) {
      Optional<PhraseMatcher.Match<Drugs.Drug>> hit = drugs.matcher().findAll(text).stream().findFirst();
      if (hit.isPresent()) {
        Drugs.Drug d = hit.get().value();
        String start = null;
        String end = null;
        if (effective instanceof Period p) {
          start = iso(p.getStartElement());
          end = iso(p.getEndElement());
        } else if (effective instanceof BaseDateTimeType dt) {
          start = iso(dt);
        }
        TherapyCourse course = a == Assertion.ABSENT ? TherapyCourse.NONE : new TherapyCourse(null, start, end, null);
        Finding.Therapy t = new Finding.Therapy(d.classLevel() ? null : d.name(), d.classes(), d.category(), null, course);
        return Mapped.of(List.of(mention(t, text, "fhir.medication", ref, a)));
      }
    }
    return Mapped.bad("medicationCodeableConcept", "names no drug of lexicons/drugs.tsv" + codes(medication));
  }

  static Mapped one(Finding f, String text, String rule, String ref) {
    return Mapped.of(List.of(mention(f, text, rule, ref, Assertion.PRESENT)));
  }

  static Mention mention(Finding f, String text, String rule, String ref, Assertion a) {
    return new Mention(f, new Evidence(null, null, text, rule, ref), a, NO_SENTENCE);
  }

  /** A stage group as eligo writes it (IV, IIIB): "Stage 4", "stage IIIB", "3C", "IV". */
  static String stage(String text) {
    Matcher m = STAGE.matcher(text);
    if (!m.find()) {
      m = BARE_STAGE.matcher(text.strip());
      if (!m.matches()) {
        return null;
      }
    }
    String group = switch (m.group(1).toUpperCase(Locale.ROOT)) {
      case "1" -> "I";
      case "2" -> "II";
      case "3" -> "III";
      case "4" -> "IV";
      default -> m.group(1).toUpperCase(Locale.ROOT);
    };
    return group + (m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT));
  }

  /** The words of a concept: its text, then each coding's display, then each code. */
  static List<String> texts(CodeableConcept cc) {
    List<String> out = new ArrayList<>();
    if (cc == null) {
      return out;
    }
    if (cc.hasText()) {
      out.add(cc.getText());
    }
    for (Coding c : cc.getCoding()) {
      if (c.hasDisplay()) {
        out.add(c.getDisplay());
      }
    }
    for (Coding c : cc.getCoding()) {
      if (c.hasCode()) {
        out.add(c.getCode());
      }
    }
    return out;
  }

  static Set<String> loinc(CodeableConcept cc) {
    Set<String> out = new java.util.HashSet<>();
    for (Coding c : cc.getCoding()) {
      if (LOINC.equals(c.getSystem()) && c.hasCode()) {
        out.add(c.getCode());
      }
    }
    return out;
  }

  /** The codes of a concept for a report: " (http://snomed.info/sct 254637007)"; codes are no patient text. */
  static String codes(CodeableConcept cc) {
    List<String> out = new ArrayList<>();
    for (Coding c : cc.getCoding()) {
      if (c.hasCode()) {
        out.add((c.hasSystem() ? c.getSystem() + " " : "") + c.getCode());
      }
    }
    return out.isEmpty() ? "" : " (" + String.join(", ", out) + ")";
  }

  private static boolean has(CodeableConcept cc, String code) {
    return cc != null && cc.getCoding().stream().anyMatch(c -> code.equals(c.getCode()));
  }

  private static Reference subject(Resource r) {
    if (r instanceof Condition c && c.hasSubject()) {
      return c.getSubject();
    }
    if (r instanceof Observation o && o.hasSubject()) {
      return o.getSubject();
    }
    if (r instanceof MedicationStatement m && m.hasSubject()) {
      return m.getSubject();
    }
    if (r instanceof MedicationAdministration m && m.hasSubject()) {
      return m.getSubject();
    }
    if (r instanceof DiagnosticReport d && d.hasSubject()) {
      return d.getSubject();
    }
    return null;
  }

  /** When a resource was observed or asserted, as ISO text (null when it does not say). */
  static String date(Resource r) {
    if (r instanceof Condition c) {
      return c.hasOnsetDateTimeType() ? iso(c.getOnsetDateTimeType()) : c.hasRecordedDate() ? iso(c.getRecordedDateElement()) : null;
    }
    if (r instanceof Observation o) {
      return o.hasEffectiveDateTimeType() ? iso(o.getEffectiveDateTimeType())
          : o.hasEffectivePeriod() ? iso(o.getEffectivePeriod().getStartElement()) : o.hasIssued() ? iso(o.getIssuedElement()) : null;
    }
    if (r instanceof MedicationStatement m) {
      if (m.hasDateAsserted()) {
        return iso(m.getDateAssertedElement());
      }
      return m.hasEffectivePeriod() ? (m.getEffectivePeriod().hasEnd() ? iso(m.getEffectivePeriod().getEndElement())
          : iso(m.getEffectivePeriod().getStartElement())) : m.hasEffectiveDateTimeType() ? iso(m.getEffectiveDateTimeType()) : null;
    }
    if (r instanceof MedicationAdministration m) {
      return m.hasEffectivePeriod() ? iso(m.getEffectivePeriod().getStartElement())
          : m.hasEffectiveDateTimeType() ? iso(m.getEffectiveDateTimeType()) : null;
    }
    if (r instanceof DiagnosticReport d) {
      return d.hasEffectiveDateTimeType() ? iso(d.getEffectiveDateTimeType()) : d.hasIssued() ? iso(d.getIssuedElement()) : null;
    }
    return null;
  }

  /** The date part of a FHIR date or date-time, as precise as written: 2024, 2024-03 or 2024-03-14. */
  private static String iso(BaseDateTimeType t) {
    if (t == null || t.getValueAsString() == null) {
      return null;
    }
    String s = t.getValueAsString();
    return s.length() > 10 ? s.substring(0, 10) : s;
  }

  /** A note date from ISO text; a year or month alone is read as its first day. */
  static LocalDate date(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The text of a report: a text/plain presented form, else the narrative with its markup removed. */
  static String reportText(DiagnosticReport dr) {
    for (Attachment a : dr.getPresentedForm()) {
      // Only text/plain is read: a PDF or an image is no text, and a form without a type may be either.
      if (a.hasData() && a.getContentType() != null && a.getContentType().startsWith("text/plain")) {
        String s = new String(a.getData(), StandardCharsets.UTF_8);
        if (!s.isBlank()) {
          return s;
        }
      }
    }
    if (dr.hasText() && dr.getText().hasDiv()) {
      String div = dr.getText().getDivAsString();
      String s = div.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>", "\n").replaceAll("<[^>]*>", "")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ")
          .replace("&amp;", "&").strip();
      return s.isBlank() ? null : s;
    }
    return null;
  }
}
