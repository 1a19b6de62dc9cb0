package org.eligo.design;

/** The Wilson score interval of a binomial proportion (95% by default, z = 1.959963984540054). */
public record Wilson(int successes, int n, double lower, double upper) {
  public static final double Z95 = 1.959963984540054;

  public static Wilson of(int successes, int n) {
    return of(successes, n, Z95);
  }

  public static Wilson of(int successes, int n, double z) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
    }
    if (n == 0) {
      return new Wilson(0, 0, 0, 1);
    }
    double p = (double) successes / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double lo = successes == 0 ? 0 : Math.max(0, centre - half);
    double hi = successes == n ? 1 : Math.min(1, centre + half);
    return new Wilson(successes, n, lo, hi);
  }

  public double proportion() {
    return n == 0 ? Double.NaN : (double) successes / n;
  }
}
