package id.meritflow.platform.batch;

import java.util.List;

/** One page of a batch's rows and the number of rows over all pages. */
public record RowPage(List<RowView> items, long total, int page, int size) {

  public RowPage {
    items = List.copyOf(items);
  }
}
