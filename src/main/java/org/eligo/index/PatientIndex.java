package org.eligo.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.eligo.core.Note;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordBytes;

/**
 * The on-disk patient index: one Lucene document per patient with searchable fact fields, the
 * note text, the stored record and the stored notes (so that a patient can be re-derived when
 * new notes arrive). One writer; readers see each commit through a near-real-time manager.
 * The index folder is created readable by its owner only.
 */
public final class PatientIndex implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Commit user data naming the index format; an index without this format is refused, not misread. */
  static final String FORMAT_KEY = "eligo.index.format";
  static final String FORMAT = "12";

  /**
   * Searchers that search the index's segments side by side: the calling thread and the common
   * fork-join pool's workers share them, so a search never waits for a free worker.
   */
  private static final SearcherFactory SEGMENTS_IN_PARALLEL = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      return new IndexSearcher(reader, java.util.concurrent.ForkJoinPool.commonPool());
    }
  };

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final Analyzer analyzer;

  /** A writing index: the writer's near-real-time searchers. */
  private PatientIndex(Path path, FSDirectory dir, Lexicons lexicons) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer();
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0);
    cfg.setMergePolicy(merges);
    try {
      this.writer = new IndexWriter(dir, cfg);
    } catch (LockObtainFailedException e) {
      throw new UncheckedIOException("index " + path + " is locked by another writer (eligo index or forget is running on it); "
          + "try again when it has finished", e);
    }
    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    this.searchers = new SearcherManager(writer, SEGMENTS_IN_PARALLEL);
    this.mapper = new DocumentMapper(lexicons.cancers(), lexicons.labs(), lexicons.drugs());
  }

  /** A reading index: searchers on the last commit, no writer, so a writer elsewhere may be at work. */
  private PatientIndex(FSDirectory dir) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer();
    this.writer = null;
    this.searchers = new SearcherManager(dir, SEGMENTS_IN_PARALLEL);
    this.mapper = null;
  }

  /** Opens an index to add, replace and remove patients, creating the folder (owner-only) if missing; one writer at a time. */
  public static PatientIndex open(Path path, Lexicons lexicons) {
    try {
      createPrivate(path);
      FSDirectory dir = FSDirectory.open(path);
      try {
        checkFormat(path, dir);
        return new PatientIndex(path, dir, lexicons);
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + path, e);
    }
  }

  /** Opens an existing index to search and read records; readers never wait for a writer. */
  public static PatientIndex openForReading(Path path) {
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("index folder not found: " + path);
    }
    try {
      FSDirectory dir = FSDirectory.open(path);
      try {
        if (!DirectoryReader.indexExists(dir)) {
          throw new IllegalArgumentException("no eligo index in " + path + " (build one with eligo index)");
        }
        checkFormat(path, dir);
        return new PatientIndex(dir);
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + path, e);
    }
  }

  /** An existing index must carry this eligo's format marker in its last commit. */
  private static void checkFormat(Path path, FSDirectory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return;
    }
    String found;
    try {
      found = SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      found = "of another Lucene version";
    }
    if (!FORMAT.equals(found)) {
      throw new IllegalStateException("index " + path + " was written by an incompatible version of eligo (index format "
          + (found == null ? "unmarked" : found) + ", this eligo reads format " + FORMAT + "); build it again with eligo index");
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
      writable().updateDocument(new Term(Fields.ID, record.patientId()), mapper.toDocument(record, notes));
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
      writable().deleteDocuments(id);
      writer.forceMergeDeletes(true);
      commit();
      writer.deleteUnusedFiles();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove patient " + patientId, e);
    }
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new IllegalStateException("index opened for reading only");
    }
    return writer;
  }

  public void commit() {
    try {
      writable().commit();
      privateFiles();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index", e);
    }
  }

  /** Makes the committed files readable by their owner only (Lucene creates them with the default mode). */
  private void privateFiles() throws IOException {
    for (String name : dir.listAll()) {
      try {
        Files.setPosixFilePermissions(dir.getDirectory().resolve(name), PosixFilePermissions.fromString("rw-------"));
      } catch (NoSuchFileException e) {
        // merged away meanwhile
      } catch (UnsupportedOperationException e) {
        return;
      }
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
      return Optional.of(record(s, td.scoreDocs[0].doc));
    });
  }

  /** Every indexed patient's record, by patient id. */
  public List<PatientRecord> records() {
    return records(new MatchAllDocsQuery());
  }

  /** The records of the patients {@code q} matches, by patient id. */
  public List<PatientRecord> records(Query q) {
    List<PatientRecord> out = java.util.Collections.synchronizedList(new ArrayList<>());
    forEachRecord(q, out::add);
    List<PatientRecord> sorted = new ArrayList<>(out);
    sorted.sort(java.util.Comparator.comparing(PatientRecord::patientId));
    return sorted;
  }

  /** Matching documents of one segment handed to one thread at a time. */
  private static final int SLICE = 4096;

  /**
   * Hands the record of every patient {@code q} matches to {@code each}, decoded one at a time
   * and never all held: the query is run once per segment, then its matches are decoded in
   * slices on the common fork-join pool, so {@code each} is called from several threads at once
   * and in no particular order.
   */
  public void forEachRecord(Query q, java.util.function.Consumer<PatientRecord> each) {
    withSearcher(s -> {
      List<Query> but = everyoneBut(q);
      List<Weight> excluded = new ArrayList<>();
      for (Query x : but == null ? List.<Query>of() : but) {
        excluded.add(s.createWeight(s.rewrite(x), ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
      Weight w = but == null ? s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
      record Slice(LeafReaderContext leaf, int[] docs, int from, int to) {}
      List<Slice> slices = new ArrayList<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        int[] docs = w != null ? matches(w, leaf) : allBut(excluded, leaf);
        for (int from = 0; from < docs.length; from += SLICE) {
          slices.add(new Slice(leaf, docs, from, Math.min(from + SLICE, docs.length)));
        }
      }
      slices.parallelStream().forEach(slice -> {
        try {
          BinaryDocValues records = DocValues.getBinary(slice.leaf().reader(), Fields.RECORD);
          for (int i = slice.from(); i < slice.to(); i++) {
            each.accept(decode(records, slice.docs()[i]));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read index", e);
        }
      });
      return null;
    });
  }

  /**
   * The negated clauses of a query that matches every document but those ({@code MatchAllDocs}
   * its only positive clause, as in a trial's candidate query), or null for any other query.
   */
  private static List<Query> everyoneBut(Query q) {
    if (!(q instanceof org.apache.lucene.search.BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
      return null;
    }
    List<Query> not = new ArrayList<>();
    boolean all = false;
    for (org.apache.lucene.search.BooleanClause c : b.clauses()) {
      if (c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT) {
        not.add(c.getQuery());
      } else if (c.getQuery() instanceof MatchAllDocsQuery && c.getOccur() != org.apache.lucene.search.BooleanClause.Occur.SHOULD) {
        all = true;
      } else {
        return null;
      }
    }
    return all && !not.isEmpty() ? not : null;
  }

  /**
   * The live documents of one segment that none of {@code excluded} matches, in order: each
   * excluded query's matches marked in one bit set, then the rest read off it (cheaper than
   * Lucene's walk of every document against a disjunction of large negated clauses).
   */
  private static int[] allBut(List<Weight> excluded, LeafReaderContext leaf) throws IOException {
    int max = leaf.reader().maxDoc();
    org.apache.lucene.util.FixedBitSet out = new org.apache.lucene.util.FixedBitSet(max);
    for (Weight x : excluded) {
      org.apache.lucene.search.Scorer scorer = x.scorer(leaf);
      if (scorer != null) {
        out.or(scorer.iterator());
      }
    }
    out.flip(0, max);
    Bits live = leaf.reader().getLiveDocs();
    int[] docs = new int[out.cardinality()];
    int n = 0;
    for (int doc = max == 0 ? DocIdSetIterator.NO_MORE_DOCS : out.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < max ? out.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      if (live == null || live.get(doc)) {
        docs[n++] = doc;
      }
    }
    return java.util.Arrays.copyOf(docs, n);
  }

  /** The live documents of one segment that {@code w} matches, in order. */
  private static int[] matches(Weight w, LeafReaderContext leaf) throws IOException {
    org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
    if (scorer == null) {
      return new int[0];
    }
    Bits live = leaf.reader().getLiveDocs();
    int[] docs = new int[16];
    int n = 0;
    DocIdSetIterator it = scorer.iterator();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (live == null || live.get(doc)) {
        if (n == docs.length) {
          docs = java.util.Arrays.copyOf(docs, n * 2);
        }
        docs[n++] = doc;
      }
    }
    return java.util.Arrays.copyOf(docs, n);
  }

  /** The record of document {@code doc} of the searcher's whole index. */
  private static PatientRecord record(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return decode(DocValues.getBinary(leaf.reader(), Fields.RECORD), doc - leaf.docBase);
  }

  private static PatientRecord decode(BinaryDocValues records, int doc) throws IOException {
    if (!records.advanceExact(doc)) {
      throw new IllegalStateException("an indexed patient without a stored record (document " + doc + ")");
    }
    BytesRef b = records.binaryValue();
    return RecordBytes.read(b.bytes, b.offset, b.length);
  }

  /** One hit of a search: patient, Lucene score, stored record and notes. */
  public record Hit(String patientId, float score, PatientRecord record, List<Note> notes) {}

  public List<Hit> search(Query q, int limit) {
    return withSearcher(s -> {
      List<Hit> out = new ArrayList<>();
      // One reader of stored fields for every hit: hits in the same compressed block share its decompression.
      org.apache.lucene.index.StoredFields stored = s.storedFields();
      for (ScoreDoc sd : s.search(KeywordScores.constant(s, q), Math.max(1, limit)).scoreDocs) {
        Document d = stored.document(sd.doc);
        out.add(new Hit(d.get(Fields.ID), sd.score, record(s, sd.doc), readNotes(d.get(Fields.NOTES))));
      }
      return out;
    });
  }

  /** The index format this eligo reads and writes (the commit user data {@code eligo.index.format}). */
  public static String format() {
    return FORMAT;
  }

  /** The Lucene commit generation the searchers read: it grows with every commit, so it names the index state a run saw. */
  public long generation() {
    return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getIndexCommit().getGeneration());
  }

  /** How many patients {@code q} matches. */
  public int count(Query q) {
    return withSearcher(s -> s.count(q));
  }

  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  private interface SearcherCall<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      if (writer == null) {
        // A reader sees every commit made before its call began, whoever made it (near-real-time
        // for a long-lived reader: nothing is reopened when nothing changed).
        searchers.maybeRefreshBlocking();
      }
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
      if (writer != null) {
        writer.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index", e);
    }
  }
}
