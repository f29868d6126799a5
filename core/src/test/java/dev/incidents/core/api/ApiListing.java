package dev.incidents.core.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the public API of a module (public types of non-internal packages, their public and
 * protected members) as sorted text, so that a change to the API is a visible diff against a
 * listing checked into the repository. Shipped in the core test-jar.
 */
public final class ApiListing {
  private ApiListing() {}

  /** The listing of the compiled classes under {@code classesRoot}. */
  public static String of(Path classesRoot) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classesRoot)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classesRoot.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("module-info") || name.endsWith("package-info") || name.contains(".internal.")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(name, false, ApiListing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
        if (!isVisible(c)) {
          continue;
        }
        lines.add(describe(c));
        for (Field fl : c.getDeclaredFields()) {
          if (isApi(fl.getModifiers()) && !fl.isSynthetic()) {
            lines.add(c.getName() + " field " + Modifier.toString(fl.getModifiers()) + " "
                + fl.getGenericType().getTypeName() + " " + fl.getName());
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (isApi(k.getModifiers()) && !k.isSynthetic()) {
            lines.add(c.getName() + " new(" + params(k.getGenericParameterTypes()) + ")");
          }
        }
        for (Method m : c.getDeclaredMethods()) {
          if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
            lines.add(c.getName() + " method " + Modifier.toString(m.getModifiers() & ~Modifier.TRANSIENT) + " "
                + m.getGenericReturnType().getTypeName() + " " + m.getName() + "(" + params(m.getGenericParameterTypes())
                + ")");
          }
        }
      }
    }
    return lines.stream().sorted().collect(Collectors.joining("\n", "", "\n"));
  }

  private static String describe(Class<?> c) {
    String kind = c.isRecord() ? "record" : c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class";
    StringBuilder b = new StringBuilder(c.getName()).append(" ").append(kind);
    if (c.isRecord()) {
      b.append("(").append(Arrays.stream(c.getRecordComponents())
          .map(rc -> rc.getGenericType().getTypeName() + " " + rc.getName()).collect(Collectors.joining(", ")))
          .append(")");
    }
    if (c.isEnum()) {
      b.append(" ").append(Arrays.toString(c.getEnumConstants()));
    }
    return b.toString();
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String params(java.lang.reflect.Type[] types) {
    return Arrays.stream(types).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "));
  }
}
