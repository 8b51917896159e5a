/*
 * Drawing helpers of the Pantauan plugin (plugin.js): tables, horizontal SVG bar charts, links to a
 * process instance in Cockpit, number and date formats in Bahasa Indonesia. No chart library.
 */
const SVG = 'http://www.w3.org/2000/svg';

export function el(nama, atribut) {
  const e = document.createElement(nama);
  Object.entries(atribut || {}).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

export function teks(t) {
  return document.createTextNode(t);
}

export function angka(n) {
  return n === null || n === undefined ? '—' : Number(n).toLocaleString('id-ID');
}

export function tanggal(iso) {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
  return d.toLocaleDateString('id-ID', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function jam(j) {
  if (j === null || j === undefined) {
    return '—';
  }
  return j >= 48 ? (j / 24).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' hari'
    : j.toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' jam';
}

/** A link to a process instance's page in Cockpit (runtime view). */
export function tautanKasus(id, label) {
  const a = el('a', { href: '#/process-instance/' + encodeURIComponent(id) + '/runtime', class: 'mf-kasus' });
  a.textContent = label || id;
  a.title = 'Buka instance ' + id + ' di Cockpit';
  return a;
}

/** A table: headers and rows of cells (text or nodes). */
export function tabel(judul, baris) {
  const t = el('table', { class: 'table table-condensed mf-tabel' });
  const thead = el('thead');
  const tr = el('tr');
  judul.forEach((j) => {
    const th = el('th');
    th.textContent = j;
    tr.appendChild(th);
  });
  thead.appendChild(tr);
  t.appendChild(thead);
  const tbody = el('tbody');
  baris.forEach((b) => {
    const r = el('tr');
    b.forEach((sel) => {
      const td = el('td');
      td.appendChild(sel instanceof Node ? sel : teks(String(sel)));
      r.appendChild(td);
    });
    tbody.appendChild(r);
  });
  t.appendChild(tbody);
  return t;
}

/** A horizontal bar chart: one bar per item, its value written after it. */
export function batang(data, { satuan, warna }) {
  const tinggi = 22;
  const lebarLabel = 220;
  const lebar = 640;
  const maks = Math.max(1, ...data.map((d) => d.nilai));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + lebar + ' ' + (data.length * tinggi + 4));
  svg.setAttribute('class', 'mf-grafik');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', data.map((d) => d.label + ': ' + d.nilai + ' ' + satuan).join('; '));
  data.forEach((d, i) => {
    const y = i * tinggi + 2;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', lebarLabel - 8);
    label.setAttribute('y', y + tinggi / 2 + 4);
    label.setAttribute('text-anchor', 'end');
    label.textContent = d.label.length > 32 ? d.label.substring(0, 31) + '…' : d.label;
    svg.appendChild(label);
    const w = Math.max(2, ((lebar - lebarLabel - 80) * d.nilai) / maks);
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', lebarLabel);
    rect.setAttribute('y', y + 3);
    rect.setAttribute('width', w);
    rect.setAttribute('height', tinggi - 6);
    rect.setAttribute('fill', warna);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = d.label + ': ' + angka(d.nilai) + ' ' + satuan;
    rect.appendChild(title);
    svg.appendChild(rect);
    const nilai = document.createElementNS(SVG, 'text');
    nilai.setAttribute('x', lebarLabel + w + 6);
    nilai.setAttribute('y', y + tinggi / 2 + 4);
    nilai.textContent = angka(d.nilai);
    svg.appendChild(nilai);
  });
  return svg;
}

/** The plugin's styles, once per page. */
export function gaya() {
  if (document.getElementById('mf-pantauan-gaya')) {
    return;
  }
  const s = el('style', { id: 'mf-pantauan-gaya' });
  s.textContent = `
    .mf-pantauan { font-size: 14px; }
    .mf-halaman { padding: 16px 24px; max-width: 1200px; }
    .mf-pantauan h2 { margin-top: 0; }
    .mf-pantauan h3 { font-size: 16px; margin: 18px 0 6px; }
    .mf-pantauan .mf-csv { font-size: 12px; font-weight: normal; margin-left: 12px; }
    .mf-pantauan .mf-ket { color: #555; margin: 4px 0 8px; }
    .mf-pantauan .mf-kosong { color: #555; font-style: italic; }
    .mf-pantauan .mf-galat { color: #b00020; }
    .mf-pantauan .mf-tabel { width: auto; min-width: 50%; }
    .mf-pantauan .mf-tabel td, .mf-pantauan .mf-tabel th { padding: 3px 10px; }
    .mf-pantauan .mf-grafik { width: 100%; max-width: 640px; display: block; margin: 4px 0 8px; }
    .mf-pantauan .mf-grafik text { font-size: 12px; fill: #333; }
    .mf-pantauan .mf-kemajuan { display: inline-block; width: 90px; height: 10px; background: #e5e5e5;
      vertical-align: middle; border-radius: 2px; overflow: hidden; }
    .mf-pantauan .mf-kemajuan span { display: block; height: 100%; background: #27ae60; }
  `;
  document.head.appendChild(s);
}
