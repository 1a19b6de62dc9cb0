package org.eligo.core;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run so that nothing rejected vanishes silently. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public synchronized void add(Problem problem) {
    problems.add(problem);
  }

  public synchronized void add(String file, long line, String field, String reason) {
    problems.add(new Problem(file, line, field, reason));
  }

  public synchronized List<Problem> list() {
    return List.copyOf(problems);
  }

  public synchronized boolean isEmpty() {
    return problems.isEmpty();
  }
}
