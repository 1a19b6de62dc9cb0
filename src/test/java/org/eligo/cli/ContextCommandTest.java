package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextCommandTest {
  @Test
  void answersEachLineWithTheAssertionOfItsTargetAndRejectsBadLines() {
    String in = "{\"id\":1,\"sentence\":\"No evidence of pneumonia.\",\"target\":\"pneumonia\"}\n"
        + "{\"id\":2,\"sentence\":\"Mother had breast cancer.\",\"target\":\"breast cancer\"}\n"
        + "{\"id\":3,\"sentence\":\"Cough.\",\"target\":\"fever\"}\n"
        + "not json\n";
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
      Cli r = Cli.run("context");
      assertEquals(3, r.code());
      assertEquals("{\"id\":1,\"assertion\":\"ABSENT\",\"negated\":true,\"temporality\":\"RECENT\",\"experiencer\":\"PATIENT\"}\n"
          + "{\"id\":2,\"assertion\":\"FAMILY\",\"negated\":false,\"temporality\":\"RECENT\",\"experiencer\":\"FAMILY\"}\n", r.out());
      assertEquals("eligo: rejected stdin:3 field 'target': target phrase does not occur in the sentence\n"
          + "eligo: rejected stdin:4: not valid JSON\n"
          + "eligo: 2 input records rejected; the rest was processed\n", r.err());
    } finally {
      System.setIn(old);
    }
  }
}
