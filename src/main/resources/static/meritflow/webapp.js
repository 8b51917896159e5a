/*
 * MeritFlow's additions to Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), loaded as a
 * custom script by each app's scripts/config.js before the app starts. docs/webapps.md.
 *
 * 1. Language: a link in the footer switches this browser between Bahasa Indonesia (the default,
 *    see /meritflow/bahasa.js) and English.
 * 2. Agency names: Tasklist and Cockpit print a task's or definition's tenant id ("cimahi");
 *    this shows the agency's name from /api/instansi in those badges instead.
 * 3. Notifications: a bell in the navbar with the user's inbox (/meritflow/notifikasi.js).
 */
import { KUNCI_BAHASA, bahasaDipilih } from '/meritflow/bahasa.js';
import { loncengNotifikasi } from '/meritflow/notifikasi.js';

const bahasa = bahasaDipilih();
document.documentElement.setAttribute('lang', bahasa);

function tautanBahasa() {
  if (document.getElementById('meritflow-bahasa')) {
    return;
  }
  // inside the footer's first column: what is appended after the footer's row is cut off
  const footer = document.querySelector('footer #footer-timezone');
  if (!footer) {
    return;
  }
  const a = document.createElement('a');
  a.id = 'meritflow-bahasa';
  a.href = '#';
  a.style.marginLeft = '1.5em';
  a.textContent = bahasa === 'en' ? 'Bahasa Indonesia' : 'English';
  a.addEventListener('click', (evt) => {
    evt.preventDefault();
    try {
      window.localStorage.setItem(KUNCI_BAHASA, bahasa === 'en' ? 'id' : 'en');
    } catch (e) {
      return;
    }
    window.location.reload();
  });
  footer.appendChild(a);
}

let namaInstansi = null;
let memuatNama = false;

function muatNamaInstansi() {
  if (memuatNama) {
    return;
  }
  memuatNama = true;
  fetch('/api/instansi', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : []))
    .then((rows) => {
      namaInstansi = {};
      (rows || []).forEach((i) => { namaInstansi[i.id] = i.nama; });
      gantiIdTenant();
    })
    .catch(() => { namaInstansi = {}; })
    .finally(() => { memuatNama = false; });
}

/*
 * Changes the badge's text node in place rather than replacing it: AngularJS keeps a reference to
 * that node and rewrites its value when the task changes, which this observer then sees again.
 */
function gantiIdTenant() {
  const badges = document.querySelectorAll('.tenant-id');
  if (!badges.length) {
    return;
  }
  if (namaInstansi === null) {
    muatNamaInstansi();
    return;
  }
  badges.forEach((el) => {
    el.childNodes.forEach((node) => {
      const id = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
      if (id && namaInstansi[id]) {
        node.nodeValue = namaInstansi[id];
        el.setAttribute('title', namaInstansi[id]);
      }
    });
  });
}

let tertunda = false;
new MutationObserver(() => {
  if (tertunda) {
    return;
  }
  tertunda = true;
  window.requestAnimationFrame(() => {
    tertunda = false;
    tautanBahasa();
    gantiIdTenant();
    loncengNotifikasi();
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

/*
 * 3. Acting officials (Plh/Plt, docs/pelaksana.md): a link to /ketidakhadiran in Tasklist's header,
 *    where an official (or the agency's operator) records an absence and its acting official. Kept
 *    in its own observer so that it does not touch the two additions above.
 */
function tautanKetidakhadiran() {
  if (document.getElementById('meritflow-ketidakhadiran') || !window.location.pathname.includes('/tasklist/')) {
    return;
  }
  const nav = document.querySelector('ul[ng-controller="camHeaderViewsCtrl"]');
  if (!nav) {
    return;
  }
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.id = 'meritflow-ketidakhadiran';
  a.href = '/ketidakhadiran';
  a.textContent = bahasa === 'en' ? 'Absences (Plh/Plt)' : 'Ketidakhadiran (Plh/Plt)';
  li.appendChild(a);
  nav.insertBefore(li, nav.firstChild);
}

new MutationObserver(() => tautanKetidakhadiran())
  .observe(document.documentElement, { childList: true, subtree: true });
