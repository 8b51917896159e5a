/*
 * The in-app inbox in the webapps' navbar (Tasklist, Cockpit, Admin): a bell with the number of
 * unread notifications; it opens the latest ones, each linking to its task or case. Reads
 * GET /api/notifikasi as the logged-in user (the webapps' session); marking as read sends the
 * webapps' CSRF token (cookie XSRF-TOKEN) like every write to /api. docs/notifikasi.md.
 */
const ID = 'meritflow-notifikasi';
const SETIAP_MS = 60000;
let terakhir = 0;
let memuat = false;
let data = { belumDibaca: 0, notifikasi: [] };

function tokenCsrf() {
  const m = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : '';
}

function kirim(url) {
  return fetch(url, {
    method: 'POST', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': tokenCsrf() },
  });
}

function muat(paksa) {
  if (memuat || (!paksa && Date.now() - terakhir < SETIAP_MS)) {
    return;
  }
  memuat = true;
  terakhir = Date.now();
  fetch('/api/notifikasi?size=10', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : null))
    .then((body) => {
      if (body) {
        data = body;
        gambar();
      }
    })
    .catch(() => {})
    .finally(() => { memuat = false; });
}

function waktu(iso) {
  return new Date(iso).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'medium', timeStyle: 'short' });
}

function gambar() {
  const tombol = document.getElementById(ID);
  if (!tombol) {
    return;
  }
  const lencana = tombol.querySelector('.meritflow-lencana');
  lencana.textContent = data.belumDibaca > 99 ? '99+' : String(data.belumDibaca);
  lencana.style.display = data.belumDibaca > 0 ? 'inline-block' : 'none';
  tombol.setAttribute('title', data.belumDibaca + ' notifikasi belum dibaca');
  const daftar = document.getElementById(ID + '-daftar');
  daftar.innerHTML = '';
  const kepala = document.createElement('div');
  kepala.className = 'meritflow-kepala';
  kepala.textContent = 'Notifikasi';
  if (data.belumDibaca > 0) {
    const semua = document.createElement('a');
    semua.href = '#';
    semua.textContent = 'Tandai semua dibaca';
    semua.addEventListener('click', (evt) => {
      evt.preventDefault();
      kirim('/api/notifikasi/dibaca-semua').then(() => muat(true));
    });
    kepala.appendChild(semua);
  }
  daftar.appendChild(kepala);
  if (!data.notifikasi.length) {
    const kosong = document.createElement('div');
    kosong.className = 'meritflow-butir';
    kosong.textContent = 'Belum ada notifikasi.';
    daftar.appendChild(kosong);
  }
  data.notifikasi.forEach((n) => {
    const a = document.createElement('a');
    a.className = 'meritflow-butir' + (n.dibacaPada ? '' : ' meritflow-baru');
    a.href = n.tautan || '#';
    const judul = document.createElement('strong');
    judul.textContent = n.subjek;
    const kapan = document.createElement('small');
    kapan.textContent = waktu(n.dibuat);
    a.appendChild(judul);
    a.appendChild(kapan);
    a.addEventListener('click', (evt) => {
      if (!n.dibacaPada) {
        evt.preventDefault();
        kirim('/api/notifikasi/' + encodeURIComponent(n.id) + '/dibaca')
          .finally(() => { tutup(); window.location.href = a.href; muat(true); });
      } else {
        tutup();
      }
    });
    daftar.appendChild(a);
  });
}

function tutup() {
  const daftar = document.getElementById(ID + '-daftar');
  if (daftar) {
    daftar.style.display = 'none';
  }
}

const GAYA = `
li.meritflow-notifikasi { position: relative; }
#meritflow-notifikasi .meritflow-lencana { background: #c0392b; color: #fff; border-radius: 9px; padding: 0 6px;
  font-size: 11px; margin-left: 4px; line-height: 17px; }
.meritflow-daftar { position: absolute; right: 0; top: 100%; z-index: 2000; width: 360px; max-width: 90vw;
  max-height: 70vh; overflow-y: auto; background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 12px rgba(0,0,0,.2); }
.meritflow-daftar .meritflow-kepala { display: flex; justify-content: space-between; padding: 8px 12px;
  font-weight: 600; border-bottom: 1px solid #eee; color: #333; }
.meritflow-daftar .meritflow-butir { display: block; padding: 8px 12px; border-bottom: 1px solid #f0f0f0; color: #333;
  white-space: normal; line-height: 1.35; }
.meritflow-daftar a.meritflow-butir:hover { background: #f5f7fa; text-decoration: none; }
.meritflow-daftar .meritflow-butir strong { display: block; font-weight: 400; }
.meritflow-daftar .meritflow-baru strong { font-weight: 700; }
.meritflow-daftar .meritflow-butir small { color: #666; }
`;

/** Adds the bell to the navbar once the user is logged in (the navbar shows the user menu then). */
export function loncengNotifikasi() {
  const akun = document.querySelector('.navbar .account, .cm-header .account, [cam-widget-header] .account');
  const tempat = akun && akun.closest('ul');
  if (!tempat) {
    return;
  }
  if (document.getElementById(ID)) {
    muat(false);
    return;
  }
  if (!document.getElementById(ID + '-gaya')) {
    const gaya = document.createElement('style');
    gaya.id = ID + '-gaya';
    gaya.textContent = GAYA;
    document.head.appendChild(gaya);
  }
  const li = document.createElement('li');
  li.className = 'meritflow-notifikasi';
  const tombol = document.createElement('a');
  tombol.id = ID;
  tombol.href = '#';
  tombol.setAttribute('aria-label', 'Notifikasi');
  tombol.innerHTML = '<span class="glyphicon glyphicon-bell" aria-hidden="true"></span>'
    + '<span class="meritflow-lencana" style="display:none">0</span>';
  const daftar = document.createElement('div');
  daftar.id = ID + '-daftar';
  daftar.className = 'meritflow-daftar';
  daftar.style.display = 'none';
  tombol.addEventListener('click', (evt) => {
    evt.preventDefault();
    const buka = daftar.style.display === 'none';
    daftar.style.display = buka ? 'block' : 'none';
    if (buka) {
      muat(true);
    }
  });
  document.addEventListener('click', (evt) => {
    if (!li.contains(evt.target)) {
      tutup();
    }
  });
  li.appendChild(tombol);
  li.appendChild(daftar);
  tempat.insertBefore(li, tempat.firstChild);
  gambar();
  muat(true);
}
