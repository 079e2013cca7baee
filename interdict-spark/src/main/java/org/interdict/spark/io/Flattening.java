package org.interdict.spark.io;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** A lazy flat-map over a partition's iterator, so a partition is never held in memory whole. */
public final class Flattening {
  private Flattening() {}

  public static <I, O> Iterator<O> of(Iterator<I> inputs, Function<I, List<O>> expand) {
    return new Iterator<>() {
      private Iterator<O> pending = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!pending.hasNext() && inputs.hasNext()) {
          pending = expand.apply(inputs.next()).iterator();
        }
        return pending.hasNext();
      }

      @Override
      public O next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.next();
      }
    };
  }
}
