package id.meritflow.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Indonesian personal names by cultural group. West Java agencies are mostly Sundanese; central
 * agencies draw more evenly. Family names are optional, as many Indonesians carry none.
 */
final class NamePool {

  private record Group(List<String> male, List<String> female, List<String> familyMale,
      List<String> familyFemale) {}

  private static final Group SUNDA = new Group(
      List.of("Asep", "Dadang", "Ujang", "Cecep", "Dede", "Aep", "Iwan", "Yayan", "Deden", "Engkos",
          "Agus", "Hendra", "Rudi", "Wawan", "Dadan", "Acep", "Jajang", "Ayi", "Ridwan", "Ilham"),
      List.of("Euis", "Neneng", "Imas", "Yanti", "Lilis", "Cucu", "Enung", "Nining", "Titin", "Rina",
          "Tati", "Eneng", "Wulan", "Siti", "Elis", "Iis", "Neng", "Rini", "Dewi", "Yuyun"),
      List.of("Suryana", "Sutisna", "Hidayat", "Permana", "Kurniawan", "Gunawan", "Setiawan",
          "Sumarna", "Sobandi", "Ruhiyat", "Supriatna", "Sukmana", "Hermawan", "Nugraha", "Mulyana"),
      List.of("Nurhayati", "Kurniasih", "Rosita", "Sumiati", "Marlina", "Herlina", "Komalasari",
          "Mulyani", "Nuraeni", "Sundari"));

  private static final Group JAWA = new Group(
      List.of("Budi", "Joko", "Bambang", "Slamet", "Sugeng", "Eko", "Heru", "Teguh", "Wahyu",
          "Bayu", "Adi", "Yudi", "Hadi", "Sutrisno", "Gatot", "Anton", "Dimas", "Galih"),
      List.of("Sri", "Endang", "Wahyuni", "Rini", "Sulastri", "Ratna", "Retno", "Ayu", "Indah",
          "Kartini", "Puji", "Sari", "Dwi", "Tri", "Novi", "Yuliana"),
      List.of("Santoso", "Wibowo", "Susanto", "Prasetyo", "Nugroho", "Purnomo", "Hartono", "Wijaya",
          "Setiadi", "Kusuma", "Utomo", "Wahyudi", "Raharjo", "Pratama", "Saputro"),
      List.of("Lestari", "Rahayu", "Wulandari", "Purwanti", "Rahmawati", "Susanti", "Handayani",
          "Astuti", "Pertiwi", "Wahyuningsih"));

  private static final Group LAIN = new Group(
      List.of("Muhammad", "Ahmad", "Fajar", "Rizky", "Andi", "Irfan", "Arief", "Yusuf", "Taufik",
          "Rahmat", "Fauzi", "Reza", "Hendrik", "Zulkifli", "Fadli", "Rudolf", "Yohanes", "Made"),
      List.of("Nur", "Fitri", "Rizka", "Annisa", "Aulia", "Nadia", "Putri", "Intan", "Maya",
          "Fitriani", "Desi", "Maria", "Ni Luh", "Rosmawati", "Yulia"),
      List.of("Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Tanjung", "Hasibuan",
          "Sitompul", "Hutapea", "Fadillah", "Hakim", "Rahman", "Ramadhan", "Maulana", "Pohan"),
      List.of("Hasanah", "Amalia", "Siregar", "Nasution", "Lubis", "Fauziah", "Safitri",
          "Ramadhani", "Harahap", "Oktaviani"));

  private NamePool() {}

  /** A full name for the sex ('L' or 'P'); {@code regional} favours Sundanese names. */
  static String name(char jenisKelamin, boolean regional, SplittableRandom random) {
    int roll = random.nextInt(100);
    Group group = regional
        ? (roll < 55 ? SUNDA : roll < 80 ? JAWA : LAIN)
        : (roll < 25 ? SUNDA : roll < 60 ? JAWA : LAIN);
    boolean male = jenisKelamin == 'L';
    List<String> given = male ? group.male() : group.female();
    StringBuilder name = new StringBuilder(pick(given, random));
    if (random.nextInt(4) == 0) {
      String second = pick(given, random);
      if (!name.toString().equals(second)) {
        name.append(' ').append(second);
      }
    }
    if (random.nextInt(10) < 8) {
      // Women often carry a feminine family-style name; otherwise a shared family name.
      List<String> family = !male && random.nextBoolean() ? group.familyFemale() : group.familyMale();
      name.append(' ').append(pick(family, random));
    }
    return name.toString();
  }

  private static String pick(List<String> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
