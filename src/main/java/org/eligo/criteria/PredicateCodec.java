package org.eligo.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A predicate as JSON and back, exactly: {@code {"type":"Age","min":18}}. The type is the
 * record's simple name and the fields are its components (null ones left out, sets sorted so
 * that the output never changes between runs). Works from the records themselves, so a
 * predicate kind added later is written and read without change here as long as its
 * components are text, numbers, booleans, predicates, or sets and lists of them.
 */
final class PredicateCodec {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PredicateCodec() {}

  static ObjectNode encode(Predicate p) {
    ObjectNode o = JSON.objectNode();
    o.put("type", p.getClass().getSimpleName());
    for (RecordComponent rc : p.getClass().getRecordComponents()) {
      Object value = value(rc, p);
      if (value != null) {
        o.set(rc.getName(), encodeValue(value, p, rc));
      }
    }
    return o;
  }

  private static JsonNode encodeValue(Object value, Predicate owner, RecordComponent rc) {
    if (value instanceof Predicate part) {
      return encode(part);
    }
    if (value instanceof String s) {
      return JSON.textNode(s);
    }
    if (value instanceof Integer i) {
      return JSON.numberNode(i);
    }
    if (value instanceof Double d) {
      return JSON.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    }
    if (value instanceof Collection<?> items) {
      ArrayNode a = JSON.arrayNode();
      Collection<?> ordered = value instanceof Set<?> ? new TreeSet<>(items) : items;
      for (Object item : ordered) {
        a.add(encodeValue(item, owner, rc));
      }
      return a;
    }
    throw new IllegalStateException("cannot write " + owner.getClass().getSimpleName() + "." + rc.getName());
  }

  /** The predicate of {@code node}; {@code field} names it in errors. */
  static Predicate decode(JsonNode node, String field) {
    if (!node.isObject() || !node.path("type").isTextual()) {
      throw new CtmlException(field, "expected a predicate object with a \"type\"", true);
    }
    String type = node.get("type").asText();
    Class<?> kind = null;
    for (Class<?> c : Predicate.class.getPermittedSubclasses()) {
      if (c.getSimpleName().equals(type)) {
        kind = c;
      }
    }
    if (kind == null) {
      throw new CtmlException(field + ".type", "unknown predicate type '" + type + "'", true);
    }
    RecordComponent[] components = kind.getRecordComponents();
    Set<String> known = new LinkedHashSet<>(List.of("type"));
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      known.add(rc.getName());
      types[i] = rc.getType();
      args[i] = decodeValue(node.get(rc.getName()), rc.getGenericType(), field + "." + rc.getName());
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new CtmlException(field + "." + name, "unknown field of " + type, true);
      }
    }
    try {
      return (Predicate) kind.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw new CtmlException(field, type + ": " + e.getCause().getMessage(), true);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type, e);
    }
  }

  private static Object decodeValue(JsonNode v, Type type, String field) {
    Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    if (v == null || v.isNull()) {
      if (raw == double.class || raw == int.class) {
        throw new CtmlException(field, "a number is required", true);
      }
      return raw == boolean.class ? Boolean.FALSE : null;
    }
    if (raw == String.class && v.isTextual()) {
      return v.asText();
    }
    if ((raw == Integer.class || raw == int.class) && v.isIntegralNumber()) {
      return v.asInt();
    }
    if ((raw == Double.class || raw == double.class) && v.isNumber()) {
      return v.asDouble();
    }
    if ((raw == Boolean.class || raw == boolean.class) && v.isBoolean()) {
      return v.asBoolean();
    }
    if (raw == Predicate.class) {
      return decode(v, field);
    }
    if ((raw == Set.class || raw == List.class) && v.isArray() && type instanceof ParameterizedType pt) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        items.add(decodeValue(v.get(i), pt.getActualTypeArguments()[0], field + "[" + i + "]"));
      }
      return raw == Set.class ? new LinkedHashSet<>(items) : items;
    }
    throw new CtmlException(field, "unexpected value " + v, true);
  }

  private static Object value(RecordComponent rc, Predicate p) {
    try {
      return rc.getAccessor().invoke(p);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + rc, e);
    }
  }
}
