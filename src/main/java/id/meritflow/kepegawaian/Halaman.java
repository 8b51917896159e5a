package id.meritflow.kepegawaian;

import java.util.List;

/** One page of a list: the items, the total over all pages, and the page asked for. */
public record Halaman<T>(List<T> items, long total, int page, int size) {

  public Halaman {
    items = List.copyOf(items);
  }
}
