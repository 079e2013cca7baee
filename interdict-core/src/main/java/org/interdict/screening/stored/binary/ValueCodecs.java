package org.interdict.screening.stored.binary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The value codecs {@link RecordCodec} composes: strings, primitives and their boxes, enums (by
 * name), dates, instants, paths, {@code Optional}, {@code List}, {@code Set}, {@code Map} and
 * nested records. Object values carry a presence byte, so a component that may be null round-trips
 * too.
 */
final class ValueCodecs {
  private ValueCodecs() {}

  static ValueCodec of(Type type, String where) {
    if (type instanceof Class<?> c) {
      ValueCodec simple = simple(c);
      if (simple != null) {
        return c.isPrimitive() ? simple : nullable(simple);
      }
      if (c.isEnum()) {
        return nullable(enumCodec(c));
      }
      if (c.isRecord()) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        ValueCodec nested = RecordCodec.of((Class) c);
        return nullable(nested);
      }
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return optional(of(args[0], where));
      }
      if (raw == List.class) {
        return nullable(collection("list", of(args[0], where), List::of, List::size));
      }
      if (raw == Set.class) {
        return nullable(
            collection(
                "set",
                of(args[0], where),
                values -> Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values))),
                Set::size));
      }
      if (raw == Map.class) {
        return nullable(map(of(args[0], where), of(args[1], where)));
      }
    }
    throw new IllegalArgumentException(
        "cannot store "
            + where
            + " of type "
            + type.getTypeName()
            + "; add a codec for it in "
            + ValueCodecs.class.getName());
  }

  private static ValueCodec simple(Class<?> c) {
    if (c == String.class) {
      return codec("string", (out, v) -> out.writeString((String) v), BinaryReader::readString);
    }
    if (c == int.class || c == Integer.class) {
      return codec("int", (out, v) -> out.writeInt((Integer) v), BinaryReader::readInt);
    }
    if (c == long.class || c == Long.class) {
      return codec("long", (out, v) -> out.writeLong((Long) v), BinaryReader::readLong);
    }
    if (c == double.class || c == Double.class) {
      return codec("double", (out, v) -> out.writeDouble((Double) v), BinaryReader::readDouble);
    }
    if (c == boolean.class || c == Boolean.class) {
      return codec(
          "boolean", (out, v) -> out.writeByte((Boolean) v ? 1 : 0), in -> in.readByte() != 0);
    }
    if (c == LocalDate.class) {
      return codec(
          "date",
          (out, v) -> out.writeLong(((LocalDate) v).toEpochDay()),
          in -> LocalDate.ofEpochDay(in.readLong()));
    }
    if (c == Instant.class) {
      return codec(
          "instant",
          (out, v) ->
              out.writeLong(((Instant) v).getEpochSecond()).writeInt(((Instant) v).getNano()),
          in -> Instant.ofEpochSecond(in.readLong(), in.readInt()));
    }
    if (c == Path.class) {
      return codec(
          "path", (out, v) -> out.writeString(v.toString()), in -> Path.of(in.readString()));
    }
    return null;
  }

  private static ValueCodec enumCodec(Class<?> c) {
    Object[] constants = c.getEnumConstants();
    String names =
        String.join("|", Arrays.stream(constants).map(e -> ((Enum<?>) e).name()).toList());
    return codec(
        "enum " + c.getSimpleName() + "[" + names + "]",
        (out, v) -> out.writeInt(((Enum<?>) v).ordinal()),
        in -> {
          int ordinal = in.readInt();
          if (ordinal < 0 || ordinal >= constants.length) {
            throw new MalformedBinaryException(
                "no constant " + ordinal + " in " + c.getSimpleName());
          }
          return constants[ordinal];
        });
  }

  private static ValueCodec nullable(ValueCodec inner) {
    return codec(
        inner.schema(),
        (out, v) -> {
          out.writeByte(v == null ? 0 : 1);
          if (v != null) {
            inner.write(out, v);
          }
        },
        in -> in.readByte() == 0 ? null : inner.read(in));
  }

  private static ValueCodec optional(ValueCodec inner) {
    return codec(
        "optional<" + inner.schema() + ">",
        (out, v) -> {
          Optional<?> value = (Optional<?>) v;
          out.writeByte(value.isPresent() ? 1 : 0);
          value.ifPresent(present -> inner.write(out, present));
        },
        in -> in.readByte() == 0 ? Optional.empty() : Optional.of(inner.read(in)));
  }

  private static <C> ValueCodec collection(
      String kind, ValueCodec element, Function<Object[], C> make, Function<C, Integer> size) {
    return codec(
        kind + "<" + element.schema() + ">",
        (out, v) -> {
          @SuppressWarnings("unchecked")
          C values = (C) v;
          out.writeInt(size.apply(values));
          for (Object value : (Iterable<?>) values) {
            element.write(out, value);
          }
        },
        in -> {
          Object[] values = new Object[in.readLength(1)];
          for (int i = 0; i < values.length; i++) {
            values[i] = element.read(in);
          }
          return make.apply(values);
        });
  }

  private static ValueCodec map(ValueCodec keys, ValueCodec values) {
    return codec(
        "map<" + keys.schema() + "," + values.schema() + ">",
        (out, v) -> {
          Map<?, ?> map = (Map<?, ?>) v;
          out.writeInt(map.size());
          map.forEach(
              (key, value) -> {
                keys.write(out, key);
                values.write(out, value);
              });
        },
        in -> {
          int size = in.readLength(1);
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            map.put(keys.read(in), values.read(in));
          }
          return Collections.unmodifiableMap(map);
        });
  }

  private static ValueCodec codec(
      String schema,
      BiConsumer<BinaryWriter, Object> writer,
      Function<BinaryReader, Object> reader) {
    return new ValueCodec() {
      @Override
      public void write(BinaryWriter out, Object value) {
        writer.accept(out, value);
      }

      @Override
      public Object read(BinaryReader in) {
        return reader.apply(in);
      }

      @Override
      public String schema() {
        return schema;
      }
    };
  }
}
