package id.meritflow.demo;

import java.util.List;

/** An agency with its unit tree (parents before children) and its position map. */
public record AgencyStructure(InstansiData instansi, List<UnitKerjaData> unitKerja, List<JabatanData> jabatan) {}
