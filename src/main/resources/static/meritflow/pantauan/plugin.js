/*
 * Pantauan: supervisors' figures in Cockpit (docs/pantauan.md). A Cockpit plugin in the webapps'
 * plugin format of Camunda 7.14+: this ES module is loaded by app/cockpit/scripts/config.js
 * (customScripts) and exports its plugins as the default export:
 *
 *   - cockpit.dashboard  a summary on Cockpit's start page (SLA breaches, current KP period, batches)
 *   - cockpit.navigation "Pantauan" in the header
 *   - cockpit.route      #/pantauan, the full page with every table and its CSV export
 *
 * Data from /api/pantauan/** (same origin, the webapps' session cookie authenticates); charts are
 * plain SVG drawn here, no library and nothing loaded from elsewhere. Texts in Bahasa Indonesia.
 */
import { tabel, batang, tautanKasus, gaya, el, teks, angka, tanggal, jam } from '/meritflow/pantauan/tampilan.js';

const API = '/api/pantauan';

async function ambil(jalur) {
  const r = await fetch(API + jalur, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let pesan = 'Data pantauan tidak dapat dimuat (' + r.status + ').';
    try {
      const p = await r.json();
      pesan = p.detail || pesan;
    } catch (e) { /* keep the generic message */ }
    throw new Error(pesan);
  }
  return r.json();
}

let namaInstansi = null;
async function instansi() {
  if (namaInstansi === null) {
    try {
      const rows = await fetch('/api/instansi', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : []));
      namaInstansi = {};
      (rows || []).forEach((i) => { namaInstansi[i.id] = i.nama; });
    } catch (e) {
      namaInstansi = {};
    }
  }
  return (id) => (id && namaInstansi[id]) || id || '—';
}

function csv(jalur) {
  const a = el('a', { href: API + jalur + (jalur.includes('?') ? '&' : '?') + 'format=csv', class: 'mf-csv' });
  a.textContent = 'Unduh CSV';
  return a;
}

function bagian(induk, judul, jalurCsv, keterangan) {
  const s = el('section', { class: 'mf-bagian' });
  const h = el('h3');
  h.textContent = judul;
  if (jalurCsv) {
    h.appendChild(csv(jalurCsv));
  }
  s.appendChild(h);
  if (keterangan) {
    const p = el('p', { class: 'mf-ket' });
    p.textContent = keterangan;
    s.appendChild(p);
  }
  induk.appendChild(s);
  return s;
}

function gagal(node, e) {
  const p = el('p', { class: 'mf-galat' });
  p.textContent = e.message;
  node.appendChild(p);
}

function kosong(node, pesan) {
  const p = el('p', { class: 'mf-kosong' });
  p.textContent = pesan;
  node.appendChild(p);
}

/* ---------- the sections, each drawn into its own node ---------- */

async function slaTerlambat(node, nama, ringkas) {
  const rows = await ambil('/sla/terlambat');
  if (!rows.length) {
    kosong(node, 'Tidak ada langkah persetujuan yang melewati tenggat SLA.');
    return;
  }
  const perInstansi = {};
  rows.forEach((r) => { perInstansi[r.instansiId] = (perInstansi[r.instansiId] || 0) + r.jumlah; });
  node.appendChild(batang(Object.keys(perInstansi).map((i) => ({ label: nama(i), nilai: perInstansi[i] })),
    { satuan: 'langkah terlambat', warna: '#c0392b' }));
  const daftar = ringkas ? rows.slice(0, 5) : rows;
  node.appendChild(tabel(['Instansi', 'Langkah', 'Terlambat', 'Tenggat paling lama', ''], daftar.map((r) => [
    nama(r.instansiId), r.nama || r.langkah, angka(r.jumlah), tanggal(r.tenggatTertua),
    tautanLangkah(r, nama)])));
}

function tautanLangkah(r, nama) {
  const a = el('a', { href: '#/pantauan?instansi=' + encodeURIComponent(r.instansiId) + '&langkah='
    + encodeURIComponent(r.langkah), class: 'mf-rinci' });
  a.textContent = 'Lihat kasus';
  a.title = 'Kasus ' + (r.nama || r.langkah) + ' di ' + nama(r.instansiId) + ' yang terlambat';
  return a;
}

async function rincianTerlambat(node, nama, instansiId, langkah) {
  const q = '?instansi=' + encodeURIComponent(instansiId) + '&langkah=' + encodeURIComponent(langkah);
  const s = bagian(node, 'Kasus terlambat: ' + nama(instansiId), '/sla/terlambat/langkah' + q,
    'Langkah yang melewati tenggat, paling lama dahulu. Klik kasus untuk membukanya di Cockpit.');
  try {
    const rows = await ambil('/sla/terlambat/langkah' + q);
    s.appendChild(tabel(['Kasus', 'Langkah', 'Dibuat', 'Tenggat'], rows.map((r) => [
      tautanKasus(r.kasusId), r.nama || r.langkah, tanggal(r.dibuat), tanggal(r.tenggat)])));
  } catch (e) {
    gagal(s, e);
  }
}

async function periodeKp(node, nama) {
  const rows = await ambil('/kp');
  if (!rows.length) {
    kosong(node, 'Belum ada usulan kenaikan pangkat yang diperiksa.');
    return null;
  }
  const p = el('p', { class: 'mf-ket' });
  p.textContent = 'Periode ' + rows[0].periode + ' (TMT). Diperiksa: hasil pemeriksaan syarat; SK terbit: '
    + 'usulan yang SK-nya telah ditandatangani.';
  node.appendChild(p);
  node.appendChild(tabel(['Instansi', 'Diperiksa', 'Memenuhi syarat', 'Perlu verifikasi', 'Tidak memenuhi syarat',
    'Ditunda', 'Ditolak', 'SK terbit', 'Kemajuan'], rows.map((r) => [nama(r.instansiId), angka(r.diperiksa),
    angka(r.memenuhiSyarat), angka(r.perluVerifikasi), angka(r.tidakMemenuhiSyarat), angka(r.ditunda),
    angka(r.ditolak), angka(r.skTerbit), kemajuan(r.skTerbit + r.tidakMemenuhiSyarat + r.ditunda + r.ditolak,
      r.diperiksa)])));
  return rows[0].periode;
}

function kemajuan(selesai, total) {
  const persen = total ? Math.round((selesai * 100) / total) : 0;
  const bar = el('span', { class: 'mf-kemajuan', title: persen + '% selesai (SK terbit atau keputusan akhir)' });
  const isi = el('span');
  isi.style.width = persen + '%';
  bar.appendChild(isi);
  const wrap = el('span');
  wrap.appendChild(bar);
  wrap.appendChild(teks(' ' + persen + '%'));
  return wrap;
}

async function aturanKp(node, nama, periode) {
  const rows = await ambil('/kp/aturan?periode=' + periode);
  if (!rows.length) {
    kosong(node, 'Tidak ada usulan yang tidak memenuhi syarat atau ditunda pada periode ini.');
    return;
  }
  const perKode = {};
  rows.forEach((r) => { perKode[r.kode] = (perKode[r.kode] || 0) + r.jumlah; });
  node.appendChild(batang(Object.keys(perKode).map((k) => ({ label: k, nilai: perKode[k] })),
    { satuan: 'usulan', warna: '#d35400' }));
  node.appendChild(tabel(['Instansi', 'Kode aturan', 'Hasil', 'Usulan'], rows.map((r) => [nama(r.instansiId),
    r.kode, r.hasil === 'GAGAL' ? 'Tidak memenuhi syarat' : 'Ditunda', angka(r.jumlah)])));
}

async function daftarBatch(node, nama, ringkas) {
  const rows = await ambil('/batch' + (ringkas ? '?jumlah=5' : ''));
  if (!rows.length) {
    kosong(node, 'Belum ada batch.');
    return;
  }
  node.appendChild(tabel(['Batch', 'Jenis', 'Pemilik', 'Dibuat', 'Baris', 'Ditolak', 'Dimulai', 'Kasus selesai',
    'Kasus dihentikan', 'Insiden', 'Kemajuan'], rows.map((r) => [
    r.prosesBerjalan ? tautanKasus(r.processInstanceId, r.id.substring(0, 8)) : r.id.substring(0, 8),
    r.jenis, nama(r.pemilik), tanggal(r.dibuat), angka(r.baris), angka(r.ditolak), angka(r.dimulai),
    angka(r.kasusSelesai), angka(r.kasusDihentikan), angka(r.insiden),
    kemajuan(r.kasusSelesai + r.kasusDihentikan + r.ditolak, r.baris)])));
}

async function kasusTerbuka(node, nama) {
  const rows = await ambil('/kasus-terbuka');
  if (!rows.length) {
    kosong(node, 'Tidak ada kasus yang sedang berjalan.');
    return;
  }
  node.appendChild(tabel(['Proses', 'Instansi', 'Berjalan', '< 5 hari', '5–30 hari', '> 30 hari', 'Dimulai paling awal'],
    rows.map((r) => [r.prosesNama || r.prosesKey, nama(r.instansiId), angka(r.jumlah), angka(r.umurKurang5Hari),
      angka(r.umur5Sampai30Hari), angka(r.umurLebih30Hari), tanggal(r.mulaiTertua)])));
}

async function otomatis(node, nama) {
  const rows = await ambil('/sla/persetujuan-otomatis');
  if (!rows.length) {
    kosong(node, 'Tidak ada persetujuan otomatis dalam 12 minggu terakhir.');
    return;
  }
  const perMinggu = {};
  rows.forEach((r) => { perMinggu[r.minggu] = (perMinggu[r.minggu] || 0) + r.jumlah; });
  node.appendChild(batang(Object.keys(perMinggu).map((m) => ({ label: 'Minggu ' + tanggal(m), nilai: perMinggu[m] })),
    { satuan: 'persetujuan otomatis', warna: '#8e44ad' }));
  node.appendChild(tabel(['Minggu mulai', 'Instansi', 'Disetujui otomatis'], rows.map((r) => [tanggal(r.minggu),
    nama(r.instansiId), angka(r.jumlah)])));
}

async function durasi(node) {
  const rows = await ambil('/sla/durasi');
  if (!rows.length) {
    kosong(node, 'Belum ada langkah yang selesai dalam 90 hari terakhir.');
    return;
  }
  node.appendChild(tabel(['Langkah', 'Selesai', 'p50', 'p90'], rows.map((r) => [r.nama || r.langkah, angka(r.jumlah),
    jam(r.p50Jam), jam(r.p90Jam)])));
}

async function peringatanDini(node, nama) {
  const rows = await ambil('/disiplin');
  if (!rows.length) {
    kosong(node, 'Tidak ada pegawai yang ditandai peringatan dini tahun ini.');
    return;
  }
  node.appendChild(tabel(['Instansi', 'Aturan', 'Pegawai ditandai'], rows.map((r) => [nama(r.instansiId), r.kode,
    angka(r.jumlahPegawai)])));
}

async function talenta(node, nama) {
  const rows = await ambil('/talenta');
  if (!rows.length) {
    kosong(node, 'Belum ada pegawai dengan jabatan tercatat.');
    return;
  }
  const perKotak = {};
  rows.forEach((r) => { perKotak[r.nomor] = (perKotak[r.nomor] || 0) + r.jumlah; });
  node.appendChild(batang(Object.keys(perKotak).sort((a, b) => b - a).map((k) => ({ label: 'Kotak ' + k,
    nilai: perKotak[k] })), { satuan: 'pegawai', warna: '#2980b9' }));
  node.appendChild(tabel(['Instansi', 'Kotak', 'Kinerja', 'Potensi', 'Pegawai'], rows.map((r) => [nama(r.instansiId),
    r.nomor, r.kinerja, r.potensi, angka(r.jumlah)])));
}

async function isi(node, judul, fn, jalurCsv, keterangan) {
  const s = bagian(node, judul, jalurCsv, keterangan);
  try {
    return await fn(s);
  } catch (e) {
    gagal(s, e);
    return null;
  }
}

async function cakupanTeks() {
  try {
    const c = await ambil('/cakupan');
    const nama = await instansi();
    return c.nasional ? 'Cakupan: nasional (semua instansi)' : 'Cakupan: ' + c.instansi.map(nama).join(', ');
  } catch (e) {
    return null;
  }
}

/* ---------- the plugins ---------- */

async function dasbor(node) {
  gaya();
  node.innerHTML = '';
  const akar = el('div', { class: 'mf-pantauan', id: 'mf-pantauan-dasbor' });
  node.appendChild(akar);
  const cakupan = await cakupanTeks();
  if (cakupan === null) {
    kosong(akar, 'Pantauan hanya untuk supervisor.'); // e.g. a process designer, who also has Cockpit
    return;
  }
  const kepala = el('p', { class: 'mf-ket' });
  kepala.textContent = cakupan + '. ';
  const semua = el('a', { href: '#/pantauan' });
  semua.textContent = 'Buka Pantauan lengkap';
  kepala.appendChild(semua);
  akar.appendChild(kepala);
  const nama = await instansi();
  await isi(akar, 'Langkah melewati tenggat SLA (5 hari kerja)', (s) => slaTerlambat(s, nama, true), '/sla/terlambat');
  await isi(akar, 'Periode kenaikan pangkat terakhir', (s) => periodeKp(s, nama), '/kp');
  await isi(akar, 'Batch terbaru', (s) => daftarBatch(s, nama, true), '/batch?jumlah=5');
}

async function halaman(node) {
  gaya();
  node.innerHTML = '';
  const akar = el('div', { class: 'mf-pantauan mf-halaman', id: 'mf-pantauan-halaman' });
  node.appendChild(akar);
  const h = el('h2');
  h.textContent = 'Pantauan';
  akar.appendChild(h);
  const cakupan = await cakupanTeks();
  if (cakupan === null) {
    kosong(akar, 'Pantauan hanya untuk supervisor.');
    return;
  }
  const c = el('p', { class: 'mf-ket' });
  c.textContent = cakupan + '. Semua angka hanya-baca; setiap tabel dapat diunduh sebagai CSV.';
  akar.appendChild(c);
  const nama = await instansi();
  const q = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  if (q.get('instansi') && q.get('langkah')) {
    await rincianTerlambat(akar, nama, q.get('instansi'), q.get('langkah'));
  }
  await isi(akar, 'SLA: langkah melewati tenggat per instansi dan langkah', (s) => slaTerlambat(s, nama, false),
    '/sla/terlambat', 'Langkah persetujuan yang belum selesai padahal tenggat 5 hari kerjanya sudah lewat.');
  await isi(akar, 'SLA: persetujuan otomatis hari kerja ke-6 per minggu', (s) => otomatis(s, nama),
    '/sla/persetujuan-otomatis', '12 minggu terakhir; minggu dimulai hari Senin (WIB).');
  await isi(akar, 'SLA: waktu penyelesaian per langkah', (s) => durasi(s), '/sla/durasi',
    'Langkah yang selesai dalam 90 hari terakhir: p50 (separuh selesai dalam waktu ini) dan p90.');
  await isi(akar, 'Kasus berjalan per proses dan instansi', (s) => kasusTerbuka(s, nama), '/kasus-terbuka',
    'Umur dihitung sejak kasus dimulai (hari kalender).');
  const periode = await isi(akar, 'Periode kenaikan pangkat', (s) => periodeKp(s, nama), '/kp');
  if (periode) {
    await isi(akar, 'Kenaikan pangkat: tidak memenuhi syarat atau ditunda, per kode aturan',
      (s) => aturanKp(s, nama, periode), '/kp/aturan?periode=' + periode);
  }
  await isi(akar, 'Program mutasi dan batch lainnya', (s) => daftarBatch(s, nama, false), '/batch',
    'Klik batch yang masih memulai kasus untuk membuka instance Proses batch-nya di Cockpit; baris per baris: '
    + 'GET /api/batch/{id}/baris.');
  await isi(akar, 'Peringatan dini disiplin', (s) => peringatanDini(s, nama), '/disiplin',
    'Pegawai yang ditandai aturan peringatan dini tahun ini (pembinaan sebelum menjadi kasus).');
  await isi(akar, 'Talenta: sebaran 9-box per instansi', (s) => talenta(s, nama), '/talenta',
    'Pegawai yang jabatannya tercatat, dinilai seperti profil talenta masing-masing (kotak 7–9: kandidat '
    + 'promosi). Dihitung sekali sehari per instansi.');
}

export default [
  {
    id: 'meritflow.pantauan.dasbor',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => { dasbor(node); },
    properties: { label: 'Pantauan' }
  },
  {
    id: 'meritflow.pantauan.navigasi',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: (node) => { node.innerHTML = '<a href="#/pantauan">Pantauan</a>'; },
    properties: { path: '/pantauan' }
  },
  {
    id: 'meritflow.pantauan.halaman',
    pluginPoint: 'cockpit.route',
    render: (node) => { halaman(node); },
    properties: { path: '/pantauan', label: '/pantauan' }
  }
];
