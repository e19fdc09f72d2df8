package org.sahakum.plugins.uniondues.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Rows read a page at a time while they are written: {@code nextPage} answers the page after the
 * last one it gave (it keeps its own keyset cursor), and an empty page when there are no more.
 * Only the page being written is held; it can be walked once.
 */
public final class PagedRows implements Iterable<List<Object>> {
  private final Supplier<List<List<Object>>> nextPage;

  public PagedRows(Supplier<List<List<Object>>> nextPage) {
    this.nextPage = nextPage;
  }

  @Override
  public Iterator<List<Object>> iterator() {
    return new Iterator<>() {
      private Iterator<List<Object>> page = List.<List<Object>>of().iterator();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!done && !page.hasNext()) {
          List<List<Object>> next = nextPage.get();
          done = next.isEmpty();
          page = next.iterator();
        }
        return page.hasNext();
      }

      @Override
      public List<Object> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
  }
}
