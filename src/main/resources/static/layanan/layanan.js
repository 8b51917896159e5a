/*
 * Shared helpers of the portal pages (/layanan): the webapps' login, calls to /api/layanan with the
 * webapps' session, and Indonesian dates. Plain JavaScript, no library, no build step.
 *
 * Login: the portal posts to the webapps' own login of the Welcome app
 * (/camunda/api/admin/auth/user/default/login/welcome), which every user may use, also one with no
 * Tasklist or Cockpit grant. Writes need the webapps' CSRF token; its cookie lives under /camunda,
 * so the portal reads the token from the X-XSRF-TOKEN header of the GET to /camunda/api/... that
 * creates it, or else from /layanan/token.
 */
(function (global) {
  'use strict';

  var AUTH = '/camunda/api/admin/auth/user/default';

  /**
   * The session's CSRF token, fresh (a login changes it). The webapps send it in a header only on the
   * request that creates it; otherwise the app tells it (/layanan/token). A wrong token would end the session.
   */
  function token() {
    return global.fetch(AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.headers.get('X-XSRF-TOKEN') || global.fetch('/layanan/token', { credentials: 'same-origin' })
          .then(function (t) { return t.json(); }).then(function (d) { return d.token; });
      });
  }

  /** One call to /api; resolves to {status, data} whatever the status, rejects when the server is not reached. */
  function api(method, url, body) {
    var kirim = function (csrf) {
      var headers = { Accept: 'application/json' };
      if (csrf) { headers['X-XSRF-TOKEN'] = csrf; }
      if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
      return global.fetch(url, {
        method: method, credentials: 'same-origin', headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (r) {
        return r.text().then(function (teks) {
          var data = null;
          try { data = teks ? JSON.parse(teks) : null; } catch (e) { data = null; }
          return { status: r.status, data: data };
        });
      });
    };
    return method === 'GET' ? kirim(null) : token().then(kirim);
  }

  /**
   * The logged-in user ({status: 200, data}) or {status: 401}. The webapps' session is checked first:
   * /api answers 401 with an HTTP Basic challenge, which would make the browser ask for a password itself.
   */
  function saya() {
    return global.fetch(AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      return r.ok ? api('GET', '/api/layanan/saya') : { status: 401, data: null };
    });
  }

  /** Shows the login form in the element; calls selesai() once the webapps' session is open. */
  function formMasuk(wadah, selesai) {
    wadah.innerHTML = '<form class="kotak" id="form-masuk">'
      + '<p>Masuk dengan akun yang sama dengan Tasklist.</p>'
      + '<label for="pengguna">Nama pengguna</label><input id="pengguna" name="username" autocomplete="username" required>'
      + '<label for="sandi">Kata sandi</label><input id="sandi" name="password" type="password" autocomplete="current-password" required>'
      + '<p class="galat" id="galat-masuk" role="alert"></p>'
      + '<button type="submit" id="tombol-masuk">Masuk</button></form>';
    wadah.hidden = false;
    var form = wadah.querySelector('form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var galat = wadah.querySelector('#galat-masuk');
      galat.textContent = '';
      var isi = 'username=' + encodeURIComponent(form.username.value) + '&password=' + encodeURIComponent(form.password.value);
      token().then(function (csrf) {
        return global.fetch(AUTH + '/login/welcome', {
          method: 'POST', credentials: 'same-origin', body: isi,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrf || '', Accept: 'application/json' }
        });
      }).then(function (r) {
        if (r.ok) {
          wadah.hidden = true;
          wadah.innerHTML = '';
          selesai();
        } else {
          galat.textContent = 'Nama pengguna atau kata sandi salah.';
        }
      }, function () {
        galat.textContent = 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.';
      });
    });
  }

  function keluar() {
    token().then(function (csrf) {
      return global.fetch(AUTH + '/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrf || '' } });
    }).then(function () { global.location.reload(); }, function () { global.location.reload(); });
  }

  var BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
    'November', 'Desember'];

  /** "2026-08-28" or an instant → "28 Agustus 2026" (instants in WIB). */
  function tanggal(nilai) {
    if (!nilai) { return ''; }
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(nilai);
    if (m) { return parseInt(m[3], 10) + ' ' + BULAN[parseInt(m[2], 10) - 1] + ' ' + m[1]; }
    return new Date(nilai).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });
  }

  /** A table cell with its label (shown before the value on a phone). */
  function sel(label, isi) {
    var td = document.createElement('td');
    td.setAttribute('data-label', label);
    if (isi instanceof global.Node) {
      td.appendChild(isi);
    } else {
      td.textContent = isi || '—';
    }
    return td;
  }

  function baris(tbody, sels) {
    var tr = document.createElement('tr');
    sels.forEach(function (td) { tr.appendChild(td); });
    tbody.appendChild(tr);
    return tr;
  }

  function tautan(href, teks, kelas) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = teks;
    if (kelas) { a.className = kelas; }
    return a;
  }


  /**
   * Starts a portal page: "Memuat…", the login form when there is no session (then again), the
   * user's name in the header; then isi(saya) loads the page's own data (a promise). A failure shows
   * one message in Bahasa Indonesia.
   */
  function mulai(pesan, isi) {
    pesan.hidden = false;
    pesan.textContent = 'Memuat…';
    saya().then(function (r) {
      if (r.status === 401) {
        pesan.hidden = true;
        formMasuk(document.getElementById('masuk'), function () { mulai(pesan, isi); });
        return;
      }
      document.getElementById('nama-pengguna').textContent = r.data.nama;
      document.getElementById('pengguna-masuk').hidden = false;
      return isi(r.data);
    }).catch(function () {
      pesan.hidden = false;
      pesan.textContent = 'Data tidak dapat dimuat. Coba lagi sebentar lagi.';
    });
  }

  global.Layanan = { mulai: mulai, api: api, saya: saya, formMasuk: formMasuk, keluar: keluar, tanggal: tanggal, sel: sel, baris: baris, tautan: tautan };
})(window);
