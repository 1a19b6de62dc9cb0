package org.eligo.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.eligo.core.CharSpan;
import org.eligo.core.Note;
import org.eligo.lexicon.Sections;

/**
 * Cuts a clinical note into sections and sentences. Clinical text breaks prose rules, so lines
 * come first: a known header line ("Family History:", "IMPRESSION") opens a section; a bullet or
 * list line starts a new block; a line that continues a sentence without punctuation joins the
 * block before it. Each block is then split into sentences by rules in one pass over its
 * characters; OpenNLP's English sentence model is asked only where a period is followed by a
 * lower-case word, which the rules cannot decide.
 * Thread-safe: the model is shared, detectors are per thread.
 */
public final class Segmenter {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final Pattern HEADER = Pattern.compile("^[ \\t]*([A-Za-z][A-Za-z /&()-]{0,40}?)[ \\t]*:(?![0-9])");
  private static final String FAMILY = "FAMILY_HISTORY";
  /** A line's label: words, maybe a parenthesis of anything ("Germline testing (panel, 06/22/2026):"), then a colon. */
  private static final Pattern LABEL = Pattern.compile("^[ \\t]*([A-Za-z][A-Za-z /&-]{0,40}?)[ \\t]*(?:\\([^)]{0,80}\\))?[ \\t]*:(?![0-9])");
  /** Labels of a family-history line ("Mother:", "Paternal uncle:"), which do not end an inline section. */
  private static final Pattern KIN = Pattern.compile(
      "(?i)(?:maternal |paternal )?(?:mother|father|sister|brother|son|daughter|aunt|uncle|grand(?:mother|father|parent)s?|cousin|"
      + "siblings?|parents?|niece|nephew|children|child)\\b");
  private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*•+]|\\d{1,2}[.)]|[a-z][.)])[ \\t]+");

  private final SentenceModel model;
  private final Sections sections;
  private final ThreadLocal<SentenceDetectorME> detector;
  private final SentenceSplitter splitter = new SentenceSplitter(this::modelEnds);

  public Segmenter(Sections sections) {
    this.sections = sections;
    this.model = loadModel();
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  private static SentenceModel loadModel() {
    try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model not on class path: " + SENTENCE_MODEL);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + SENTENCE_MODEL, e);
    }
  }

  public Document segment(Note note) {
    String text = note.text();
    List<Section> sectionList = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    String section = Section.NONE;
    // A header with text on its own line ("FHx: father - gastric cancer") opens an inline section,
    // which a blank line or the next "Label:" line ends, restoring the section around it.
    String outer = Section.NONE;
    boolean inline = false;
    int sectionStart = 0;
    int blockStart = -1;
    int blockEnd = -1;
    int pos = 0;
    while (pos < text.length() || pos == 0) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd);
      int contentStart = pos;
      Optional<String> header = headerOf(line);
      // A family-history list ends at a label that is not a relative ("Germline testing (panel):").
      boolean familyEnds = !inline && FAMILY.equals(section) && header.isEmpty() && labelled(line);
      boolean restore = familyEnds || inline && header.isEmpty() && (line.isBlank() || labelled(line) || !carriesOn(line, section));
      if (restore) {
        header = Optional.of(familyEnds ? Section.NONE : outer);
      }
      // A table row ("POSITIVE | EGFR | exon 19 deletion") is a unit of its own, as is the row before it.
      boolean tableRow = line.indexOf('|') >= 0 || (blockEnd > 0 && lastLineHasPipe(text, blockEnd));
      boolean newBlock = blockStart < 0 || header.isPresent() || line.isBlank() || tableRow
          || bullet(line) || !continues(text, blockEnd, line);
      if (newBlock && blockStart >= 0) {
        split(text, blockStart, blockEnd, section, sentences);
        blockStart = -1;
      }
      if (header.isPresent()) {
        if (pos > sectionStart || !section.equals(Section.NONE)) {
          sectionList.add(new Section(section, new CharSpan(sectionStart, pos)));
        }
        section = header.get();
        sectionStart = pos;
        if (restore) {
          inline = false;
        } else {
          Matcher m = HEADER.matcher(line);
          contentStart = m.find() ? pos + m.end() : lineEnd;
          inline = !text.substring(contentStart, lineEnd).isBlank();
          if (!inline) {
            outer = section;
          }
        }
      }
      if (!text.substring(contentStart, lineEnd).isBlank()) {
        if (blockStart < 0) {
          blockStart = contentStart;
        }
        blockEnd = lineEnd;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (blockStart >= 0) {
      split(text, blockStart, blockEnd, section, sentences);
    }
    sectionList.add(new Section(section, new CharSpan(sectionStart, text.length())));
    return new Document(note, sectionList, sentences);
  }

  /** The canonical section when the line is a header: "Family History:" or a bare "IMPRESSION". */
  Optional<String> headerOf(String line) {
    int colon = line.indexOf(':');
    Matcher m = colon > 0 && colon < 50 ? HEADER.matcher(line) : null;
    if (m != null && m.find()) {
      Optional<String> s = sections.sectionOf(m.group(1));
      if (s.isPresent()) {
        return s;
      }
    }
    String bare = line.trim();
    if (!bare.isEmpty() && bare.length() <= 40 && !bare.endsWith(".")) {
      return sections.sectionOf(bare);
    }
    return Optional.empty();
  }

  /**
   * Whether a line goes on with the inline section above it: an indented, bulleted or wrapped
   * (lower-case) line does, and in family history a line about a relative; "ECOG 0." or "No
   * prior systemic therapy." after "FH: father - melanoma" does not.
   */
  private static boolean carriesOn(String line, String section) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    return c == ' ' || c == '\t' || Character.isLowerCase(c) || BULLET.matcher(line).lookingAt()
        || FAMILY.equals(section) && KIN.matcher(line).lookingAt();
  }

  /** A line that opens with a label and a colon ("PS: ECOG 0", "Path (LUL core):"), known as a section or not. */
  private static boolean labelled(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon >= 130) {
      return false;
    }
    Matcher m = LABEL.matcher(line);
    return m.find() && !KIN.matcher(m.group(1)).lookingAt();
  }

  private static boolean lastLineHasPipe(String text, int blockEnd) {
    int start = text.lastIndexOf('\n', blockEnd - 1) + 1;
    int pipe = text.indexOf('|', start);
    return pipe >= 0 && pipe < blockEnd;
  }

  /** A list item: the pattern runs only on lines whose first visible character can open one. */
  private static boolean bullet(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i == line.length()) {
      return false;
    }
    char c = line.charAt(i);
    boolean opener = c == '-' || c == '*' || c == '•' || c == '+' || Character.isDigit(c) || (c >= 'a' && c <= 'z');
    return opener && BULLET.matcher(line).find();
  }

  /**
   * A line continues the block when the block ends with a comma or a semicolon (a list broken over
   * lines), or ends without a full stop and the line wraps (starts in lower case, "TP53:\nnot detected").
   */
  private static boolean continues(String text, int blockEnd, String line) {
    if (blockEnd <= 0) {
      return false;
    }
    char last = text.charAt(blockEnd - 1);
    String t = line.stripLeading();
    return !t.isEmpty() && (last == ',' || last == ';' || ".!?".indexOf(last) < 0 && wraps(t)
        || Character.isLetter(last) && Character.isDigit(t.charAt(0)) && !bullet(t)); // "MRI brain\n07/10/2026: no metastases"
  }

  /** A line that goes on with the sentence above: lower case, or a parenthesis of words ("(T-DM1) for 14 cycles"), not "(1)". */
  private static boolean wraps(String t) {
    char c = t.charAt(0);
    return Character.isLowerCase(c) || c == '(' && t.length() > 1 && Character.isLetter(t.charAt(1));
  }

  private void split(String text, int start, int end, String section, List<Sentence> out) {
    List<int[]> spans = new ArrayList<>();
    splitter.split(text, start, end, spans);
    for (int[] s : spans) {
      out.add(new Sentence(new CharSpan(s[0], s[1]), section));
    }
  }

  /** Offsets just after each sentence end that OpenNLP's model finds in a block. */
  private int[] modelEnds(String block) {
    Span[] spans = detector.get().sentPosDetect(block);
    int[] ends = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      ends[i] = spans[i].getEnd();
    }
    return ends;
  }
}
