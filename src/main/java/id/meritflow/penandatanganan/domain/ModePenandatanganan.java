package id.meritflow.penandatanganan.domain;

/**
 * LANGSUNG: the official in whose name the SK is set signs himself (e.g. JPT madya decisions).
 * DELEGASI: a delegate signs "a.n." (atas nama) that official, possibly "u.b." (untuk beliau)
 * through an intermediate office (domain.md §5).
 */
public enum ModePenandatanganan {
  LANGSUNG,
  DELEGASI
}
