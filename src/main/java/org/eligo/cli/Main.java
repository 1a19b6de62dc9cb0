package org.eligo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eligo}: the command-line entry point. Exit codes: 0 ok, 1 failure, 2 usage, 3 input rejected. */
@Command(
    name = "eligo",
    mixinStandardHelpOptions = true,
    version = "eligo " + Main.VERSION,
    description = "Screens cancer patients for clinical trials from criteria text and clinical notes.",
    subcommands = {
      ExtractCommand.class, IndexCommand.class, ScreenCommand.class, BatchCommand.class, MatchCommand.class, SearchCommand.class, ForgetCommand.class, WatchCommand.class, SynthCommand.class, StratifyCommand.class, SubgroupsCommand.class, FairnessCommand.class,
      CriteriaCommand.class, CtmlCommand.class, ContextCommand.class, PredictCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** This eligo's version, as {@code --version} prints it and batch runs record it. */
  static final String VERSION = "0.1.0";
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int REJECTED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line in-process with the given streams (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Messages name files and fields, never note text; no stack traces for users.
      commandLine.getErr().println("eligo: error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
      return FAILURE;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("eligo: " + ex.getMessage());
      c.getErr().println("Try 'eligo " + (c.getCommandName().equals("eligo") ? "" : c.getCommandName() + " ") + "--help'.");
      return USAGE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
