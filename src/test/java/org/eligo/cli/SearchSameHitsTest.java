package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.eligo.eval.SearchBench;
import org.eligo.index.Fields;
import org.eligo.index.PatientIndex;
import org.eligo.index.QueryLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eligo search} ranks with keyword terms as constants and the segments searched side by
 * side: on the bundled patients, indexed in five commits so that the index has several segments
 * (at most ten, so none are merged), every query must give the same patients, in the same order, with the same scores and
 * counts as Lucene's own search of the query as parsed, one segment after another.
 */
class SearchSameHitsTest {
  @TempDir Path dir;

  private static final List<String> MORE = List.of(
      "gene:EGFR", "cancer:LUNG AND -gene:KRAS", "(gene:EGFR OR gene:ALK) AND age:>=18", "stage:IV OR stage:IIIB",
      "variant:\"KRAS G12C\" OR drug:osimertinib OR cancer:NSCLC", "gene:EGFR^2 OR cancer:NSCLC", "cancer:SOLID AND ecog:<=1",
      "(cancer:NSCLC OR cancer:BREAST) AND -absent:EGFR AND sex:female", "adenocarcinoma OR gene:KRAS", "-has:ecog");

  @Test
  void everyQueryGivesTheSameHitsScoresAndCountsAsLuceneAlone() throws Exception {
    Path index = dir.resolve("idx");
    List<List<String>> parts = splitByPatient(5);
    for (int i = 0; i < parts.size(); i++) {
      Path notes = dir.resolve("notes" + i + ".jsonl");
      Files.write(notes, parts.get(i));
      Cli run = Cli.run("index", "--notes", notes.toString(), "--index", index.toString());
      assertEquals(0, run.code(), run.err());
    }
    List<String> queries = new ArrayList<>(SearchBench.MIX);
    queries.addAll(MORE);
    int withHits = 0;
    try (PatientIndex idx = PatientIndex.openForReading(index); DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() >= 5, "segments: " + reader.leaves().size());
      IndexSearcher lucene = new IndexSearcher(reader);
      StoredFields stored = lucene.storedFields();
      QueryLanguage language = new QueryLanguage(idx);
      for (String text : queries) {
        Query q = language.parse(text);
        for (int limit : new int[] {1, 5, 100}) {
          List<String> expected = new ArrayList<>();
          for (ScoreDoc sd : lucene.search(q, limit).scoreDocs) {
            expected.add(stored.document(sd.doc).get(Fields.ID) + " " + sd.score);
          }
          List<String> got = idx.search(q, limit).stream().map(h -> h.patientId() + " " + h.score()).toList();
          assertEquals(expected, got, text + " --limit " + limit);
        }
        assertEquals(lucene.count(q), idx.count(q), text);
        withHits += lucene.count(q) > 1 ? 1 : 0;
      }
    }
    assertTrue(withHits >= 20, "queries with several hits: " + withHits);
  }

  /** The bundled notes in {@code n} files, each patient's notes in one of them. */
  private static List<List<String>> splitByPatient(int n) throws IOException {
    List<List<String>> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>());
    }
    Pattern id = Pattern.compile("\"patientId\": *\"([^\"]+)\"");
    for (String line : Files.readAllLines(Path.of("corpus-samples/notes.jsonl"))) {
      Matcher m = id.matcher(line);
      assertTrue(m.find(), "a note without a patient id");
      parts.get(Math.floorMod(m.group(1).hashCode(), n)).add(line);
    }
    return parts;
  }
}
