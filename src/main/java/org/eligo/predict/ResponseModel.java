package org.eligo.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Base64;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained response model: a logistic part on standardised features ((x - mean) / sd), one weight each and a bias,
 * optionally averaged with an XGBoost part ({@link Boosted}: probability = (logistic + XGBoost) / 2), with the
 * provenance of its training. Saved as JSON (docs/FORMATS.md, "Response model file"). The per-input explanation is
 * the logistic part's exact contributions to its log-odds; the XGBoost half is not attributed per input.
 */
public final class ResponseModel {
  public static final String FORMAT = "eligo-response-model";
  public static final int FORMAT_VERSION = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResponseFeatures features;
  private final double[] mean;
  private final double[] sd;
  private final double[] weight;
  private final double bias;
  private final ObjectNode provenance;
  private final Boosted boosted;

  /**
   * The XGBoost half of an averaged model: Tribuo's model, the inputs it reads (as encoded by {@code features}) and
   * each feature's training mean, which stands in for a missing input as in the logistic part.
   */
  public record Boosted(Model<Label> model, ResponseFeatures features, double[] mean, String description) {
    double probability(CohortTable table, CohortTable.Row row) {
      double[] v = features.encode(table, row).values().clone();
      for (int j = 0; j < v.length; j++) {
        v[j] = Double.isNaN(v[j]) ? mean[j] : v[j];
      }
      ArrayExample<Label> x = new ArrayExample<>(new LabelFactory().getUnknownOutput(), features.names().toArray(new String[0]), v);
      return model.predict(x).getOutputScores().get("1").getScore();
    }
  }

  ResponseModel(ResponseFeatures features, double[] mean, double[] sd, double[] weight, double bias, ObjectNode provenance) {
    this(features, mean, sd, weight, bias, provenance, null);
  }

  ResponseModel(ResponseFeatures features, double[] mean, double[] sd, double[] weight, double bias, ObjectNode provenance, Boosted boosted) {
    int n = features.names().size();
    if (mean.length != n || sd.length != n || weight.length != n) {
      throw new IllegalArgumentException("expected " + n + " features");
    }
    this.features = features;
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weight = weight.clone();
    this.bias = bias;
    this.provenance = provenance.deepCopy();
    this.boosted = boosted;
  }

  /** One input's push on the log-odds: its value as read (null when missing) and its contribution. */
  public record Contribution(String feature, String value, double contribution) {}

  /**
   * A row's probability of response, the per-input contributions to the logistic part's log-odds (largest push
   * first), the inputs it lacked (each set to the training mean, so contributing nothing) and a confidence: 1 minus
   * the share of the logistic weight (per input, its largest absolute weight) that sits on missing inputs. With an
   * XGBoost part, {@code logistic} and {@code boosted} are the two halves' probabilities; otherwise boosted is null.
   */
  public record Prediction(double probability, List<Contribution> explanation, List<String> missing, double confidence,
      double logistic, Double boosted) {}

  /** The XGBoost half, or null for a logistic model. */
  public Boosted boosted() {
    return boosted;
  }

  public ResponseFeatures features() {
    return features;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  public Prediction predict(CohortTable table, CohortTable.Row row) {
    ResponseFeatures.Encoded e = features.encode(table, row);
    List<String> names = features.names();
    Map<String, Double> byInput = new LinkedHashMap<>();
    Map<String, Double> importance = new LinkedHashMap<>();
    double logit = bias;
    for (int j = 0; j < names.size(); j++) {
      double z = Double.isNaN(e.values()[j]) ? 0 : (e.values()[j] - mean[j]) / sd[j];
      double c = weight[j] * z;
      logit += c;
      String input = features.input(j);
      byInput.merge(input, c, Double::sum);
      importance.merge(input, Math.abs(weight[j]), Math::max);
    }
    List<Contribution> explanation = new ArrayList<>();
    for (Map.Entry<String, Double> en : byInput.entrySet()) {
      explanation.add(new Contribution(en.getKey(), row.cell(en.getKey()), en.getValue()));
    }
    explanation.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())).thenComparing(Contribution::feature));
    double total = importance.values().stream().mapToDouble(Double::doubleValue).sum();
    double lost = e.missing().stream().mapToDouble(m -> importance.getOrDefault(m, 0.0)).sum();
    double confidence = total == 0 ? 0 : 1 - lost / total;
    double logistic = 1 / (1 + Math.exp(-logit));
    Double b = boosted == null ? null : boosted.probability(table, row);
    return new Prediction(b == null ? logistic : (logistic + b) / 2, List.copyOf(explanation), e.missing(), confidence, logistic, b);
  }

  /** Writes the model as JSON to {@code file}. */
  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.setAll(provenance);
    ObjectNode enc = root.putObject("encoding");
    enc.put("logTmbNlr", features.log());
    enc.put("tmb", features.tmb());
    enc.put("nlr", features.nlr());
    enc.put("tmbByCancerType", features.tmbByCancerType());
    ArrayNode extras = enc.putArray("extras");
    features.extras().forEach(extras::add);
    ArrayNode fs = root.putArray("features");
    List<String> names = features.names();
    for (int j = 0; j < names.size(); j++) {
      fs.addObject().put("name", names.get(j)).put("mean", mean[j]).put("sd", sd[j]).put("weight", weight[j]);
    }
    root.put("bias", bias);
    if (boosted != null) {
      ObjectNode g = root.putObject("xgboost");
      g.put("description", boosted.description());
      g.put("tmb", boosted.features().tmb());
      g.put("nlr", boosted.features().nlr());
      ArrayNode means = g.putArray("mean");
      for (double m : boosted.mean()) {
        means.add(m);
      }
      g.put("tribuoModel", Base64.getEncoder().encodeToString(boosted.model().serialize().toByteArray()));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a model file written by this eligo version; anything else is a {@link PredictException} naming the file. */
  public static ResponseModel read(Path file, String eligoVersion) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new PredictException(file + ": not a response model (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "not JSON" : e.getMessage()) + ")");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new PredictException(file + " field format: not an " + FORMAT + " file");
    }
    if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION || !eligoVersion.equals(root.path("eligoVersion").asText())) {
      throw new PredictException(file + ": written by eligo " + root.path("eligoVersion").asText("?") + " (model format "
          + root.path("formatVersion").asText("?") + "); this is eligo " + eligoVersion + " (model format " + FORMAT_VERSION
          + "): train it again with 'eligo predict response --train TSV --save MODEL'");
    }
    List<String> extras = new ArrayList<>();
    root.path("encoding").path("extras").forEach(x -> extras.add(x.asText()));
    JsonNode enc = root.path("encoding");
    boolean log = enc.path("logTmbNlr").asBoolean();
    String tmb = enc.path("tmb").asText(log ? "log50" : "cap50");
    String nlr = enc.path("nlr").asText(log ? "log25" : "cap25");
    if (!ResponseFeatures.TMB_ENCODINGS.contains(tmb) || !ResponseFeatures.NLR_ENCODINGS.contains(nlr)) {
      throw new PredictException(file + " field encoding: TMB " + tmb + " or NLR " + nlr + " is not one of " + ResponseFeatures.TMB_ENCODINGS
          + ", " + ResponseFeatures.NLR_ENCODINGS);
    }
    ResponseFeatures features = new ResponseFeatures(tmb, nlr, enc.path("tmbByCancerType").asBoolean(), extras);
    List<String> names = features.names();
    JsonNode fs = root.path("features");
    if (!fs.isArray() || fs.size() != names.size()) {
      throw new PredictException(file + " field features: expected " + names.size() + " entries");
    }
    double[] mean = new double[names.size()];
    double[] sd = new double[names.size()];
    double[] weight = new double[names.size()];
    for (int j = 0; j < names.size(); j++) {
      JsonNode f = fs.get(j);
      if (!names.get(j).equals(f.path("name").asText()) || !f.path("mean").isNumber() || !f.path("sd").isNumber()
          || !f.path("weight").isNumber() || f.path("sd").asDouble() <= 0) {
        throw new PredictException(file + " field features[" + j + "]: expected " + names.get(j) + " with numeric mean, sd > 0 and weight");
      }
      mean[j] = f.path("mean").asDouble();
      sd[j] = f.path("sd").asDouble();
      weight[j] = f.path("weight").asDouble();
    }
    if (!root.path("bias").isNumber()) {
      throw new PredictException(file + " field bias: not a number");
    }
    ObjectNode prov = JSON.createObjectNode();
    root.fields().forEachRemaining(en -> {
      if (!List.of("format", "formatVersion", "encoding", "features", "bias", "xgboost").contains(en.getKey())) {
        prov.set(en.getKey(), en.getValue());
      }
    });
    Boosted boosted = root.has("xgboost") ? readBoosted(file, root.path("xgboost")) : null;
    return new ResponseModel(features, mean, sd, weight, root.path("bias").asDouble(), prov, boosted);
  }

  @SuppressWarnings("unchecked")
  private static Boosted readBoosted(Path file, JsonNode g) {
    String tmb = g.path("tmb").asText();
    String nlr = g.path("nlr").asText();
    if (!ResponseFeatures.TMB_ENCODINGS.contains(tmb) || !ResponseFeatures.NLR_ENCODINGS.contains(nlr)) {
      throw new PredictException(file + " field xgboost: TMB " + tmb + " or NLR " + nlr + " is not a known encoding");
    }
    ResponseFeatures features = new ResponseFeatures(tmb, nlr, false, List.of());
    JsonNode means = g.path("mean");
    if (!means.isArray() || means.size() != features.names().size()) {
      throw new PredictException(file + " field xgboost.mean: expected " + features.names().size() + " numbers");
    }
    double[] mean = new double[means.size()];
    for (int j = 0; j < mean.length; j++) {
      if (!means.get(j).isNumber()) {
        throw new PredictException(file + " field xgboost.mean[" + j + "]: not a number");
      }
      mean[j] = means.get(j).asDouble();
    }
    Model<?> m;
    try {
      m = Model.deserialize(ModelProto.parseFrom(Base64.getDecoder().decode(g.path("tribuoModel").asText())));
    } catch (IllegalArgumentException | IllegalStateException | com.google.protobuf.InvalidProtocolBufferException e) {
      throw new PredictException(file + " field xgboost.tribuoModel: not a Tribuo model");
    }
    if (!m.validate(Label.class)) {
      throw new PredictException(file + " field xgboost.tribuoModel: not a classification model");
    }
    return new Boosted((Model<Label>) m, features, mean, g.path("description").asText());
  }
}
