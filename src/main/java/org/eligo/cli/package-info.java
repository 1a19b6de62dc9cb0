/** The picocli command line: one {@code Callable<Integer>} per subcommand. Nothing imports it. */
package org.eligo.cli;
