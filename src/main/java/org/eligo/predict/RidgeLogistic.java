package org.eligo.predict;

/**
 * Logistic regression with an L2 (ridge) penalty, fitted exactly by Newton's method: it minimises
 * {@code -sum_i [y_i ln p_i + (1 - y_i) ln(1 - p_i)] + (lambda / 2) sum_j w_j^2} with
 * {@code p_i = 1 / (1 + exp(-(b + w . x_i)))}; the intercept b is not penalised. The caller standardises the
 * features, so lambda weighs every feature alike. Each Newton step is halved until the objective does not rise;
 * the fit stops when no coefficient moves by more than 1e-10.
 */
public final class RidgeLogistic {
  static final int MAX_ITERATIONS = 200;

  /** The fitted intercept and weights, and the Newton iterations it took. */
  public record Fit(double bias, double[] weight, int iterations) {}

  private RidgeLogistic() {}

  public static Fit fit(double[][] x, int[] y, double lambda) {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new PredictException("ridge penalty lambda must be a finite number >= 0, not " + lambda);
    }
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("expected as many labels as rows, and at least one row");
    }
    int p = x[0].length;
    int k = p + 1;
    double[] beta = new double[k];
    double obj = objective(x, y, beta, lambda);
    for (int it = 1; it <= MAX_ITERATIONS; it++) {
      double[] grad = new double[k];
      double[][] hess = new double[k][k];
      for (int i = 0; i < x.length; i++) {
        double pi = sigmoid(eta(x[i], beta));
        double r = pi - y[i];
        double w = pi * (1 - pi);
        for (int a = 0; a < k; a++) {
          double xa = a == 0 ? 1 : x[i][a - 1];
          grad[a] += r * xa;
          for (int b = 0; b <= a; b++) {
            hess[a][b] += w * xa * (b == 0 ? 1 : x[i][b - 1]);
          }
        }
      }
      for (int a = 1; a < k; a++) {
        grad[a] += lambda * beta[a];
        hess[a][a] += lambda;
      }
      double[] step = solve(hess, grad);
      double t = 1;
      double[] next = new double[k];
      double nextObj;
      while (true) {
        for (int a = 0; a < k; a++) {
          next[a] = beta[a] - t * step[a];
        }
        nextObj = objective(x, y, next, lambda);
        if (nextObj <= obj || t < 1e-10) {
          break;
        }
        t /= 2;
      }
      double move = 0;
      for (int a = 0; a < k; a++) {
        move = Math.max(move, Math.abs(next[a] - beta[a]));
      }
      beta = next.clone();
      obj = nextObj;
      if (move < 1e-10) {
        double[] w = new double[p];
        System.arraycopy(beta, 1, w, 0, p);
        return new Fit(beta[0], w, it);
      }
    }
    throw new PredictException("ridge logistic regression (lambda " + lambda + ") did not converge in " + MAX_ITERATIONS
        + " Newton steps; the data may be separable: use a larger lambda");
  }

  /** The penalised negative log-likelihood at {@code beta} (intercept first). */
  static double objective(double[][] x, int[] y, double[] beta, double lambda) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double e = eta(x[i], beta);
      // -[y ln p + (1 - y) ln(1 - p)] = ln(1 + exp(e)) - y e, computed without overflow
      s += (e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e))) - y[i] * e;
    }
    for (int a = 1; a < beta.length; a++) {
      s += lambda / 2 * beta[a] * beta[a];
    }
    return s;
  }

  private static double eta(double[] xi, double[] beta) {
    double e = beta[0];
    for (int j = 0; j < xi.length; j++) {
      e += beta[j + 1] * xi[j];
    }
    return e;
  }

  static double sigmoid(double e) {
    return 1 / (1 + Math.exp(-e));
  }

  /** Solves H s = g by Cholesky (H symmetric, lower triangle filled); a singular H is named as such. */
  private static double[] solve(double[][] h, double[] g) {
    int k = g.length;
    double[][] l = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = h[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(s > 1e-12 * Math.max(1, h[i][i]))) {
            throw new PredictException("ridge logistic regression: the features are collinear or constant (singular Hessian); use lambda > 0");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      double s = g[i];
      for (int m = 0; m < i; m++) {
        s -= l[i][m] * z[m];
      }
      z[i] = s / l[i][i];
    }
    double[] out = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double s = z[i];
      for (int m = i + 1; m < k; m++) {
        s -= l[m][i] * out[m];
      }
      out[i] = s / l[i][i];
    }
    return out;
  }
}
