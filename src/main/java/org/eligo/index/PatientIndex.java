package org.eligo.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.eligo.core.Note;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordJson;

/**
 * The on-disk patient index: one Lucene document per patient with searchable fact fields, the
 * note text, the stored record and the stored notes (so that a patient can be re-derived when
 * new notes arrive). One writer; readers see each commit through a near-real-time manager.
 * The index folder is created readable by its owner only.
 */
public final class PatientIndex implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final Analyzer analyzer;

  private PatientIndex(Path path, Lexicons lexicons) throws IOException {
    createPrivate(path);
    this.dir = FSDirectory.open(path);
    this.analyzer = analyzer();
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0);
    cfg.setMergePolicy(merges);
    this.writer = new IndexWriter(dir, cfg);
    this.searchers = new SearcherManager(writer, null);
    this.mapper = new DocumentMapper(lexicons.cancers(), lexicons.labs());
  }

  public static PatientIndex open(Path path, Lexicons lexicons) {
    try {
      return new PatientIndex(path, lexicons);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + path, e);
    }
  }

  static void createPrivate(Path path) throws IOException {
    if (!Files.exists(path)) {
      Files.createDirectories(path);
    }
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: permissions are the platform's
    }
  }

  /** Keyword fields are lower-cased whole values; note text uses the standard analyzer. */
  static Analyzer analyzer() {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer t = new KeywordTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }
    };
    Map<String, Analyzer> perField = new HashMap<>();
    for (String f : Fields.KEYWORDS) {
      perField.put(f, keyword);
    }
    perField.put(Fields.ID, keyword);
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  Analyzer queryAnalyzer() {
    return analyzer;
  }

  /** Adds or replaces a patient. */
  public void put(PatientRecord record, List<Note> notes) {
    try {
      writer.updateDocument(new Term(Fields.ID, record.patientId()), mapper.toDocument(record, notes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index patient " + record.patientId(), e);
    }
  }

  /**
   * Removes a patient completely (withdrawn consent) and commits: the segments that held the
   * patient are rewritten without them, so no term, stored record or note of theirs is left in
   * the index files. Returns false when the patient is not in the index.
   */
  public boolean forget(String patientId) {
    Term id = new Term(Fields.ID, patientId);
    if (withSearcher(s -> s.count(new TermQuery(id))) == 0) {
      return false;
    }
    try {
      writer.deleteDocuments(id);
      writer.forceMergeDeletes(true);
      commit();
      writer.deleteUnusedFiles();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove patient " + patientId, e);
    }
  }

  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index", e);
    }
  }

  /** The notes stored for a patient (empty when the patient is not indexed). */
  public List<Note> notes(String patientId) {
    return withSearcher(s -> {
      TopDocs td = s.search(new TermQuery(new Term(Fields.ID, patientId)), 1);
      if (td.scoreDocs.length == 0) {
        return List.of();
      }
      return readNotes(s.storedFields().document(td.scoreDocs[0].doc).get(Fields.NOTES));
    });
  }

  /** The stored record of a patient, or empty when the patient is not indexed. */
  public Optional<PatientRecord> record(String patientId) {
    return withSearcher(s -> {
      TopDocs td = s.search(new TermQuery(new Term(Fields.ID, patientId)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(RecordJson.read(JSON.readTree(s.storedFields().document(td.scoreDocs[0].doc).get(Fields.RECORD))));
    });
  }

  /** Every indexed patient's record, by patient id. */
  public List<PatientRecord> records() {
    return withSearcher(s -> {
      List<PatientRecord> out = new ArrayList<>();
      TopDocs td = s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().numDocs()));
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(RecordJson.read(JSON.readTree(s.storedFields().document(sd.doc).get(Fields.RECORD))));
      }
      out.sort(java.util.Comparator.comparing(PatientRecord::patientId));
      return out;
    });
  }

  /** One hit of a search: patient, Lucene score, stored record and notes. */
  public record Hit(String patientId, float score, PatientRecord record, List<Note> notes) {}

  public List<Hit> search(Query q, int limit) {
    return withSearcher(s -> {
      List<Hit> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(q, Math.max(1, limit)).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        out.add(new Hit(d.get(Fields.ID), sd.score, RecordJson.read(JSON.readTree(d.get(Fields.RECORD))), readNotes(d.get(Fields.NOTES))));
      }
      return out;
    });
  }

  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  private interface SearcherCall<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return call.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  private static List<Note> readNotes(String json) throws IOException {
    List<Note> out = new ArrayList<>();
    for (JsonNode n : JSON.readTree(json)) {
      out.add(new Note(n.get("patientId").asText(), n.get("noteId").asText(),
          n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null, n.path("type").asText(""), n.get("text").asText()));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index", e);
    }
  }
}
