package org.interdict.screening.stored.binary;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads any record, component by component, found by reflection: so a component added to
 * {@code Party}, {@code ListInfo} or {@code InputError} is stored and restored without touching
 * this code. {@link #schema} describes the layout (component names and types, recursively); a
 * stored file records it and is not read back when it differs. Supported component types are those
 * of {@link ValueCodecs}; any other type fails when the codec is made, never silently. Thread-safe.
 */
public final class RecordCodec<T extends Record> implements ValueCodec {
  private final Class<T> type;
  private final Method[] accessors;
  private final ValueCodec[] components;
  private final Constructor<T> constructor;
  private final String schema;

  private RecordCodec(Class<T> type) {
    this.type = type;
    RecordComponent[] recordComponents = type.getRecordComponents();
    accessors = new Method[recordComponents.length];
    components = new ValueCodec[recordComponents.length];
    Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
    StringBuilder layout = new StringBuilder(type.getSimpleName()).append('(');
    for (int i = 0; i < recordComponents.length; i++) {
      RecordComponent component = recordComponents[i];
      accessors[i] = component.getAccessor();
      accessors[i].setAccessible(true);
      components[i] =
          ValueCodecs.of(component.getGenericType(), type.getName() + "." + component.getName());
      parameterTypes[i] = component.getType();
      layout
          .append(i == 0 ? "" : ",")
          .append(component.getName())
          .append(':')
          .append(components[i].schema());
    }
    schema = layout.append(')').toString();
    try {
      constructor = type.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "record " + type.getName() + " has no canonical constructor", e);
    }
  }

  /**
   * The codec of a record type.
   *
   * @throws IllegalArgumentException naming the first component whose type cannot be stored
   */
  public static <T extends Record> RecordCodec<T> of(Class<T> type) {
    return new RecordCodec<>(type);
  }

  /** "ListInfo(listId:string,title:string,...)": equal schemas read each other's bytes. */
  @Override
  public String schema() {
    return schema;
  }

  @Override
  public void write(BinaryWriter out, Object value) {
    for (int i = 0; i < accessors.length; i++) {
      try {
        components[i].write(out, accessors[i].invoke(value));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessors[i] + " to store it", e);
      }
    }
  }

  @Override
  public T read(BinaryReader in) {
    Object[] values = new Object[components.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = components[i].read(in);
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new MalformedBinaryException(
          "stored " + type.getSimpleName() + " is not valid: " + e.getCause().getMessage());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot make a " + type.getName(), e);
    }
  }

  public void writeList(BinaryWriter out, List<T> values) {
    out.writeInt(values.size());
    for (T value : values) {
      write(out, value);
    }
  }

  public List<T> readList(BinaryReader in) {
    int size = in.readLength(1);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(read(in));
    }
    return values;
  }
}
