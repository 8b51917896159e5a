package id.meritflow.demo;

/** Named demo employees that demo accounts are linked to. */
public final class DemoPegawai {
  public static final String DEWI_NIP = "198503122010012001";
  public static final String BUDI_NIP = "197908172005011003";
  public static final String SARI_NIP = "199002242015032002";

  private DemoPegawai() {}
}
