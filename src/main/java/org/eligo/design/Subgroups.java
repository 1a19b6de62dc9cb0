package org.eligo.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.hdbscan.HdbscanModel;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Data-driven subgroups: patients clustered on their {@link Profile}s (one-hot facts) by
 * Tribuo's k-means (k-means++ start, Euclidean distance, one thread, {@value #RESTARTS} seeded runs
 * of which the one of least within-cluster sum of squares is kept), each cluster
 * described by the facts whose share in it exceeds their share overall. Quality: the mean
 * silhouette (exact when the patients hold at most {@value #EXACT_PROFILES} distinct profiles,
 * else over a seeded sample of {@value #SAMPLE} patients against all) and the within-cluster sum
 * of squares. Clusters are numbered by size, largest first. Or by Tribuo's HDBSCAN (Euclidean, one thread,
 * core distance over as many neighbours as the minimum cluster size): the number of clusters follows from the
 * density, the patients of no cluster are "unclustered", and the silhouette and sum of squares cover the clustered
 * patients only.
 */
public final class Subgroups {
  /** Distinct profiles up to which the silhouette is computed over every patient. */
  static final int EXACT_PROFILES = 4000;
  /** Patients the silhouette is computed for beyond that. */
  static final int SAMPLE = 4000;
  /** A fact describes a cluster when its share there exceeds its overall share by at least this. */
  static final double LIFT = 0.10;
  /** Facts listed per cluster. */
  static final int DOMINANT = 5;
  /** Scarce facts listed per cluster. */
  static final int SCARCE = 3;
  /** The largest K tried when none is given. */
  public static final int K_MAX = 8;
  private static final int ITERATIONS = 100;
  /** k-means runs (seeds S, S+1, ...); the one of least within-cluster sum of squares is kept. */
  static final int RESTARTS = 5;

  /** A fact's share of a cluster's patients and of all patients. */
  public record Share(String feature, double inCluster, double overall) {}

  /**
   * One cluster: its patients (id order), mean silhouette, dominant facts, and the scarce ones
   * (share in the cluster below the overall share by at least {@link #LIFT}, largest drop first).
   */
  public record Cluster(int id, List<String> patientIds, double silhouette, List<Share> dominant, List<Share> scarce) {
    public int size() {
      return patientIds.size();
    }
  }

  /**
   * The clustering: K asked (HDBSCAN: the clusters found), clusters (an empty one is left out), the unclustered
   * patients described as a cluster of id -1 (none by k-means), mean silhouette (NaN below two clusters) and the
   * number of patients it was computed over, within-cluster sum of squares, and per K tried its silhouette (only K
   * when it was given or found).
   */
  public record Result(int k, List<Cluster> clusters, Cluster unclustered, double silhouette, int silhouetteOver, double withinSumOfSquares,
      Map<Integer, Double> silhouetteByK) {}

  private static final Cluster NONE = new Cluster(-1, List.of(), Double.NaN, List.of(), List.of());

  private Subgroups() {}

  /** Clusters with the K of highest mean silhouette among 2..min({@code kMax}, distinct profiles); a tie takes the smaller K. */
  public static Result choose(List<Profile> profiles, int kMax, long seed) {
    check(profiles, 2);
    int top = Math.min(kMax, distinct(profiles));
    if (top < 2) {
      throw new IllegalArgumentException("the " + profiles.size() + " patients share one profile: nothing to cluster");
    }
    Result best = null;
    Map<Integer, Double> byK = new LinkedHashMap<>();
    for (int k = 2; k <= top; k++) {
      Result r = cluster(profiles, k, seed);
      byK.put(k, r.silhouette());
      if (best == null || r.silhouette() > best.silhouette()) {
        best = r;
      }
    }
    return new Result(best.k(), best.clusters(), NONE, best.silhouette(), best.silhouetteOver(), best.withinSumOfSquares(), byK);
  }

  public static Result cluster(List<Profile> profiles, int k, long seed) {
    check(profiles, k);
    int d = distinct(profiles);
    if (k > d) {
      throw new IllegalArgumentException("K " + k + " is more than the " + d + " distinct profiles among the " + profiles.size() + " patients");
    }
    Data in = data(profiles);
    List<String> vocabulary = in.vocabulary();
    List<ArrayExample<ClusterID>> examples = in.examples();
    MutableDataset<ClusterID> data = in.dataset();
    int[][] vectors = in.vectors();
    int[] raw = null;
    double least = Double.POSITIVE_INFINITY;
    for (int run = 0; run < RESTARTS; run++) {
      KMeansModel model = new KMeansTrainer(k, ITERATIONS, new L2Distance(), KMeansTrainer.Initialisation.PLUSPLUS, 1, seed + run).train(data);
      int[] labels = new int[profiles.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = model.predict(examples.get(i)).getOutput().getID();
      }
      int[] l = renumber(labels);
      double w = withinSumOfSquares(vectors, l, Arrays.stream(l).max().getAsInt() + 1, vocabulary.size());
      if (w < least - 1e-9) {
        least = w;
        raw = labels;
      }
    }
    int[] label = renumber(raw);
    int clusters = Arrays.stream(label).max().getAsInt() + 1;
    double[] s = silhouettes(vectors, label, clusters, seed);
    return describe(profiles, vectors, label, clusters, vocabulary, s, k, withinSumOfSquares(vectors, label, clusters, vocabulary.size()));
  }

  /** The profiles as one-hot Tribuo examples (in a dataset) and as sorted column lists over the vocabulary. */
  private record Data(List<String> vocabulary, List<ArrayExample<ClusterID>> examples, MutableDataset<ClusterID> dataset, int[][] vectors) {}

  private static Data data(List<Profile> profiles) {
    List<String> vocabulary = new ArrayList<>(new TreeSet<>(profiles.stream().flatMap(p -> p.features().stream()).toList()));
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      col.put(vocabulary.get(i), i);
    }
    ClusteringFactory factory = new ClusteringFactory();
    MutableDataset<ClusterID> data = new MutableDataset<>(new SimpleDataSourceProvenance("eligo patient profiles", factory), factory);
    List<ArrayExample<ClusterID>> examples = new ArrayList<>();
    for (Profile p : profiles) {
      String[] names = p.features().toArray(String[]::new);
      double[] ones = new double[names.length];
      Arrays.fill(ones, 1.0);
      ArrayExample<ClusterID> e = new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, ones);
      examples.add(e);
      data.add(e);
    }
    java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
    int[][] vectors = profiles.stream().map(p -> p.features().stream().mapToInt(col::get).sorted().toArray()).toArray(int[][]::new);
    return new Data(vocabulary, examples, data, vectors);
  }

  /**
   * HDBSCAN with clusters of at least {@code minClusterSize} patients (also the neighbours of the core distance);
   * the patients Tribuo labels noise are the unclustered. {@code seed} only draws the silhouette sample.
   */
  public static Result hdbscan(List<Profile> profiles, int minClusterSize, long seed) {
    checkProfiles(profiles);
    if (minClusterSize < 2) {
      throw new IllegalArgumentException("the minimum cluster size must be at least 2, got " + minClusterSize);
    }
    if (minClusterSize > profiles.size()) {
      throw new IllegalArgumentException("the minimum cluster size " + minClusterSize + " is more than the " + profiles.size() + " patients");
    }
    Data in = data(profiles);
    HdbscanModel model = new HdbscanTrainer(minClusterSize, new L2Distance(), minClusterSize, 1, NeighboursQueryFactoryType.BRUTE_FORCE)
        .train(in.dataset());
    List<Integer> raw = model.getClusterLabels();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i) != NOISE) {
        kept.add(i);
      }
    }
    int n = profiles.size();
    int[] keptLabel = renumber(kept.stream().mapToInt(raw::get).toArray());
    int clusters = kept.isEmpty() ? 0 : Arrays.stream(keptLabel).max().getAsInt() + 1;
    int[] label = new int[n];
    Arrays.fill(label, clusters);
    for (int j = 0; j < kept.size(); j++) {
      label[kept.get(j)] = keptLabel[j];
    }
    int[][] keptVectors = kept.stream().map(i -> in.vectors()[i]).toArray(int[][]::new);
    double[] s = new double[n];
    Arrays.fill(s, Double.NaN);
    if (clusters >= 2) {
      double[] ks = silhouettes(keptVectors, keptLabel, clusters, seed);
      for (int j = 0; j < kept.size(); j++) {
        s[kept.get(j)] = ks[j];
      }
    }
    double wss = clusters == 0 ? 0 : withinSumOfSquares(keptVectors, keptLabel, clusters, in.vocabulary().size());
    boolean noise = kept.size() < n;
    Result r = describe(profiles, in.vectors(), label, clusters + (noise ? 1 : 0), in.vocabulary(), s, clusters, wss);
    Cluster u = noise ? r.clusters().get(clusters) : NONE;
    return new Result(clusters, List.copyOf(r.clusters().subList(0, clusters)), new Cluster(-1, u.patientIds(), Double.NaN, u.dominant(), u.scarce()),
        r.silhouette(), r.silhouetteOver(), wss, clusters >= 2 ? r.silhouetteByK() : Map.of());
  }

  /** Tribuo's HDBSCAN label of a patient in no cluster. */
  private static final int NOISE = 0;

  private static void check(List<Profile> profiles, int k) {
    checkProfiles(profiles);
    if (k < 2) {
      throw new IllegalArgumentException("K must be at least 2, got " + k);
    }
    if (k > profiles.size()) {
      throw new IllegalArgumentException("K " + k + " is more than the " + profiles.size() + " patients");
    }
  }

  private static void checkProfiles(List<Profile> profiles) {
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("no patients to cluster");
    }
    if (profiles.stream().allMatch(p -> p.features().isEmpty())) {
      throw new IllegalArgumentException("none of the " + profiles.size() + " patients has a fact of the profile (every feature missing)");
    }
    if (profiles.stream().anyMatch(p -> p.features().isEmpty())) {
      throw new IllegalArgumentException("a patient without any fact of the profile cannot be clustered; leave such patients out");
    }
  }

  private static int distinct(List<Profile> profiles) {
    return (int) profiles.stream().map(Profile::features).distinct().count();
  }

  /** Cluster labels 0.. by size, largest first; equal sizes in order of their first patient. */
  static int[] renumber(int[] raw) {
    Map<Integer, int[]> stats = new HashMap<>();
    for (int i = 0; i < raw.length; i++) {
      int idx = i;
      stats.computeIfAbsent(raw[i], c -> new int[] {0, idx})[0]++;
    }
    List<Integer> order = new ArrayList<>(stats.keySet());
    order.sort(Comparator.comparingInt((Integer c) -> -stats.get(c)[0]).thenComparingInt(c -> stats.get(c)[1]));
    Map<Integer, Integer> to = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      to.put(order.get(i), i);
    }
    return Arrays.stream(raw).map(to::get).toArray();
  }

  /** Euclidean distance of two one-hot vectors given as sorted column lists: the root of their symmetric difference. */
  static double distance(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.sqrt(a.length + b.length - 2.0 * common);
  }

  /**
   * Per patient its silhouette (b - a) / max(a, b), a the mean distance to the others of its
   * cluster, b the least mean distance to another cluster; 0 alone in its cluster; NaN for a
   * patient outside the sample. Identical profiles are computed once.
   */
  static double[] silhouettes(int[][] vectors, int[] label, int clusters, long seed) {
    Map<List<Integer>, Integer> ids = new LinkedHashMap<>();
    int[] of = new int[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      of[i] = ids.computeIfAbsent(Arrays.stream(vectors[i]).boxed().toList(), x -> ids.size());
    }
    int u = ids.size();
    int[][] uniq = new int[u][];
    int[] uLabel = new int[u];
    int[] count = new int[u];
    for (int i = 0; i < vectors.length; i++) {
      uniq[of[i]] = vectors[i];
      uLabel[of[i]] = label[i];
      count[of[i]]++;
    }
    int[] size = new int[clusters];
    for (int l : label) {
      size[l]++;
    }
    boolean[] wanted = new boolean[vectors.length];
    if (u <= EXACT_PROFILES || vectors.length <= SAMPLE) {
      Arrays.fill(wanted, true);
    } else {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < vectors.length; i++) {
        idx.add(i);
      }
      java.util.Collections.shuffle(idx, new Random(seed));
      idx.subList(0, SAMPLE).forEach(i -> wanted[i] = true);
    }
    Map<Integer, Double> byProfile = new HashMap<>();
    double[] s = new double[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      if (!wanted[i]) {
        s[i] = Double.NaN;
        continue;
      }
      s[i] = byProfile.computeIfAbsent(of[i], p -> {
        if (size[uLabel[p]] == 1) {
          return 0.0;
        }
        double[] sum = new double[clusters];
        for (int q = 0; q < u; q++) {
          sum[uLabel[q]] += count[q] * distance(uniq[p], uniq[q]);
        }
        double a = sum[uLabel[p]] / (size[uLabel[p]] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < clusters; c++) {
          if (c != uLabel[p]) {
            b = Math.min(b, sum[c] / size[c]);
          }
        }
        double m = Math.max(a, b);
        return m == 0 ? 0.0 : (b - a) / m;
      });
    }
    return s;
  }

  /** Sum over patients of the squared distance to their cluster's mean. */
  static double withinSumOfSquares(int[][] vectors, int[] label, int clusters, int columns) {
    int[] size = new int[clusters];
    double[][] mean = new double[clusters][columns];
    for (int i = 0; i < vectors.length; i++) {
      size[label[i]]++;
      for (int j : vectors[i]) {
        mean[label[i]][j]++;
      }
    }
    double[] norm = new double[clusters];
    for (int c = 0; c < clusters; c++) {
      for (int j = 0; j < columns; j++) {
        mean[c][j] /= size[c];
        norm[c] += mean[c][j] * mean[c][j];
      }
    }
    double wss = 0;
    for (int i = 0; i < vectors.length; i++) {
      wss += norm[label[i]];
      for (int j : vectors[i]) {
        wss += 1 - 2 * mean[label[i]][j];
      }
    }
    return wss;
  }

  private static Result describe(List<Profile> profiles, int[][] vectors, int[] label, int clusters, List<String> vocabulary, double[] s, int k,
      double wss) {
    int n = profiles.size();
    int[] total = new int[vocabulary.size()];
    int[][] in = new int[clusters][vocabulary.size()];
    int[] size = new int[clusters];
    List<List<String>> members = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      size[label[i]]++;
      members.get(label[i]).add(profiles.get(i).patientId());
      for (int j : vectors[i]) {
        total[j]++;
        in[label[i]][j]++;
      }
    }
    List<Cluster> out = new ArrayList<>();
    double sAll = 0;
    int over = 0;
    for (int c = 0; c < clusters; c++) {
      double sc = 0;
      int nc = 0;
      for (int i = 0; i < n; i++) {
        if (label[i] == c && !Double.isNaN(s[i])) {
          sc += s[i];
          nc++;
        }
      }
      sAll += sc;
      over += nc;
      List<Share> dominant = new ArrayList<>();
      List<Share> scarce = new ArrayList<>();
      for (int j = 0; j < vocabulary.size(); j++) {
        double a = (double) in[c][j] / size[c];
        double b = (double) total[j] / n;
        if (a - b >= LIFT - 1e-12) {
          dominant.add(new Share(vocabulary.get(j), a, b));
        } else if (b - a >= LIFT - 1e-12) {
          scarce.add(new Share(vocabulary.get(j), a, b));
        }
      }
      dominant.sort(Comparator.comparingDouble((Share x) -> -(x.inCluster() - x.overall())).thenComparing(Share::feature));
      scarce.sort(Comparator.comparingDouble((Share x) -> x.inCluster() - x.overall()).thenComparing(Share::feature));
      List<String> ids = members.get(c).stream().sorted().toList();
      out.add(new Cluster(c, ids, nc == 0 ? Double.NaN : sc / nc, dominant.subList(0, Math.min(DOMINANT, dominant.size())),
          scarce.subList(0, Math.min(SCARCE, scarce.size()))));
    }
    Map<Integer, Double> byK = new LinkedHashMap<>();
    double mean = over == 0 ? Double.NaN : sAll / over;
    byK.put(k, mean);
    return new Result(k, out, NONE, mean, over, wss, byK);
  }
}
