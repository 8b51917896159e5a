/*
 * Shared helpers of MeritFlow's embedded forms in Tasklist (forms/mulai-*.html and the task forms
 * that reuse their lists, e.g. forms/perbaikan-usulan-mutasi.html).
 * The forms run inside Tasklist's AngularJS; they call MeritFlow's /api with the webapps' session
 * (and its CSRF token), never with an internal id typed by a person.
 * Every list is fetched server-side and filtered by the previous choice. Tasklist loads this file
 * before it starts (scripts/config.js, customScripts), so every form finds window.MeritFlowFormulir.
 */
(function (global) {
  'use strict';

  function pesanGalat(response) {
    var body = response && response.data;
    if (body && body.detail) {
      return body.detail;
    }
    if (response && response.status === 0) {
      return 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.';
    }
    return 'Permintaan gagal (' + (response ? response.status : '?') + '). Coba lagi.';
  }

  /** field errors of a problem+json answer, keyed by the top-level field name */
  function galatIsian(response) {
    var map = {};
    var errors = response && response.data && response.data.errors;
    (errors || []).forEach(function (e) {
      var key = String(e.field || '').split(/[.\[]/)[0] || '_';
      map[key] = map[key] ? map[key] + ' ' + e.message : e.message;
    });
    return map;
  }

  function acak() {
    var a = new Uint8Array(12);
    (global.crypto || global.msCrypto).getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /** The webapps' CSRF token (cookie XSRF-TOKEN), which /api requires on every write from a session. */
  function tokenCsrf() {
    var m = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(document.cookie);
    return m ? decodeURIComponent(m[1]) : null;
  }

  /**
   * One request to /api, with fetch rather than Tasklist's $http: Tasklist turns every failed $http
   * request into a "Kesalahan Komunikasi … muat ulang halaman" notification, while a refused
   * proposal is an answer the form shows next to its fields. Answers as $http's do ({status, data},
   * a failure rejects with the same shape, status 0 when the server was not reached), as a promise of
   * the app's own $q, so that the form's scope updates.
   */
  function minta(method, url, params, body, extraHeaders) {
    var $q = global.angular.element(document.documentElement).injector().get('$q');
    var query = Object.keys(params || {}).filter(function (k) { return params[k] !== null && params[k] !== undefined; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
    var headers = Object.assign({ Accept: 'application/json' }, extraHeaders || {});
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = tokenCsrf();
    }
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    var jawaban = global.fetch(url + (query ? '?' + query : ''), {
      method: method, headers: headers, body: body, credentials: 'same-origin'
    }).then(function (r) {
      return r.text().then(function (teks) {
        var data = teks;
        try {
          data = teks ? JSON.parse(teks) : null;
        } catch (e) {
          // not JSON: keep the text
        }
        var hasil = { status: r.status, data: data };
        if (!r.ok) {
          throw hasil;
        }
        return hasil;
      });
    }, function () {
      throw { status: 0, data: null };
    });
    return $q.when(jawaban);
  }

  /** The API the forms call (see {@link minta}). */
  function api() {
    function get(url, params) {
      return minta('GET', url, params).then(function (r) { return r.data; });
    }
    return {
      cariPegawai: function (teks) {
        return get('/api/pegawai', { cari: teks, size: 10 }).then(function (h) { return h.items || []; });
      },
      instansi: function () { return get('/api/instansi'); },
      unitKerja: function (instansiId) { return get('/api/unit-kerja', { instansiId: instansiId }); },
      jabatan: function (instansiId, unitKerjaId) {
        return get('/api/jabatan', { instansiId: instansiId, unitKerjaId: unitKerjaId });
      },
      /**
       * The promotion calendar with every open period: late in a year the open ones include next
       * year's (a TMT of 1 January opens in October), which the calendar lists under that year.
       */
      periodeKp: function () {
        return get('/api/kenaikan-pangkat/periode').then(function (k) {
          var dikenal = k.periode.map(function (p) { return p.kode; });
          var lain = k.terbuka.some(function (kode) { return dikenal.indexOf(kode) < 0; });
          return !lain ? k : get('/api/kenaikan-pangkat/periode', { tahun: k.tahun + 1 }).then(function (n) {
            k.periode = k.periode.concat(n.periode);
            return k;
          });
        });
      },
      post: function (url, body, headers) { return minta('POST', url, null, body, headers); }
    };
  }

  /**
   * Wires the employee search of a form: $scope.pegawai.cari (text), .hasil (rows), .dipilih (row).
   * The search waits for 2 characters and for the operator to pause typing.
   */
  function pencarianPegawai($scope, layanan, $timeout) {
    var tunda = null;
    $scope.pegawai = { cari: '', hasil: [], dipilih: null, memuat: false, pesan: '' };
    $scope.cariPegawai = function () {
      var teks = ($scope.pegawai.cari || '').trim();
      $scope.pegawai.dipilih = null;
      if (tunda) { $timeout.cancel(tunda); }
      if (teks.length < 2) {
        $scope.pegawai.hasil = [];
        $scope.pegawai.pesan = teks.length ? 'Ketik paling sedikit 2 huruf nama atau angka NIP.' : '';
        return;
      }
      tunda = $timeout(function () {
        $scope.pegawai.memuat = true;
        layanan.cariPegawai(teks).then(function (rows) {
          $scope.pegawai.hasil = rows;
          $scope.pegawai.pesan = rows.length ? '' : 'Tidak ada pegawai instansi Anda dengan nama atau NIP itu.';
        }, function (r) {
          $scope.pegawai.hasil = [];
          $scope.pegawai.pesan = pesanGalat(r);
        }).finally(function () { $scope.pegawai.memuat = false; });
      }, 300);
    };
    $scope.pilihPegawai = function (row) {
      $scope.pegawai.dipilih = row;
      $scope.pegawai.hasil = [];
      $scope.pegawai.cari = row.nama + ' \u2014 ' + row.nip;
    };
  }

  /**
   * Wires the target agency \u2192 unit \u2192 position selects of a form: $scope.usulan.instansiTujuanId,
   * .unitKerjaTujuanId, .jabatanTujuanId and the lists in $scope.daftar. Each list loads after the
   * previous choice and a new choice clears what depended on it. Returns isi(instansiId, unitKerjaId,
   * jabatanId), which chooses all three at once and loads their lists (a case being corrected); a
   * unit or position no longer in its list is left for the operator to choose again.
   */
  function pilihanTujuan($scope, layanan) {
    $scope.daftar = { instansi: [], unit: [], jabatan: [], pesan: '' };
    function gagal(r) { $scope.daftar.pesan = pesanGalat(r); }
    function muatUnit(instansiId) {
      return layanan.unitKerja(instansiId).then(function (rows) { $scope.daftar.unit = rows; return rows; }, gagal);
    }
    function muatJabatan(instansiId, unitKerjaId) {
      return layanan.jabatan(instansiId, unitKerjaId).then(function (rows) { $scope.daftar.jabatan = rows; return rows; }, gagal);
    }
    function ada(rows, id) {
      return (rows || []).some(function (r) { return r.id === id; });
    }
    layanan.instansi().then(function (rows) { $scope.daftar.instansi = rows; }, gagal);
    $scope.gantiInstansi = function () {
      $scope.usulan.unitKerjaTujuanId = null; $scope.usulan.jabatanTujuanId = null;
      $scope.daftar.unit = []; $scope.daftar.jabatan = [];
      if ($scope.usulan.instansiTujuanId) { muatUnit($scope.usulan.instansiTujuanId); }
    };
    $scope.gantiUnit = function () {
      $scope.usulan.jabatanTujuanId = null; $scope.daftar.jabatan = [];
      if ($scope.usulan.unitKerjaTujuanId) { muatJabatan($scope.usulan.instansiTujuanId, $scope.usulan.unitKerjaTujuanId); }
    };
    $scope.labelJabatan = function (j) {
      return j.nama + (j.lowong > 0 ? ' \u2014 lowong ' + j.lowong : ' \u2014 tidak lowong');
    };
    return function isi(instansiId, unitKerjaId, jabatanId) {
      $scope.usulan.instansiTujuanId = instansiId || null;
      $scope.gantiInstansi();
      if (!instansiId) { return; }
      muatUnit(instansiId).then(function (units) {
        if (!unitKerjaId || !ada(units, unitKerjaId)) { return; }
        $scope.usulan.unitKerjaTujuanId = unitKerjaId;
        muatJabatan(instansiId, unitKerjaId).then(function (jabatan) {
          if (jabatanId && ada(jabatan, jabatanId)) { $scope.usulan.jabatanTujuanId = jabatanId; }
        });
      });
    };
  }

  /** yyyy-mm-dd of a Date from an <input type="date">, or null. */
  function tanggalIso(d) {
    return d ? d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2) : null;
  }

  /** The Date of a yyyy-mm-dd text, for an <input type="date">; null when empty or unreadable. */
  function tanggalDari(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? new Date(+m[1], +m[2] - 1, +m[3]) : null;
  }

  /**
   * Values of process variables a task form fetched itself (camForm.variableManager.fetchVariable
   * on 'form-loaded', which must be registered in the form's own script: this file loads later);
   * null for a variable the case does not have.
   */
  function nilaiVariabel(camForm, names) {
    var vm = camForm.variableManager, values = {};
    names.forEach(function (n) { values[n] = vm.variable(n) ? vm.variableValue(n) : null; });
    return values;
  }

  /**
   * Sets a process variable from the form script, for a value no cam-variable-name input holds (a
   * choice from a list loaded later); call it on 'submit'. Creates the variable if the form has not
   * fetched it.
   */
  function tulisVariabel(camForm, name, value) {
    var vm = camForm.variableManager;
    if (vm.variable(name)) {
      vm.variableValue(name, value);
    } else {
      vm.createVariable({ name: name, type: 'String', value: value, isDirty: true });
    }
  }

  var BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
    'Oktober', 'November', 'Desember'];

  /** "22 Desember 2026" for "2026-12-22": a date as people read it; the text itself when unreadable. */
  function tanggalTeks(iso) {
    var d = tanggalDari(iso);
    return d ? d.getDate() + ' ' + BULAN[d.getMonth()] + ' ' + d.getFullYear() : (iso || '');
  }

  /**
   * Replaces Tasklist's own start (which would bypass the API's checks) by a call to MeritFlow's API:
   * on Tasklist's "Mulai" the form validates on the server, shows every field error, and only a
   * valid proposal becomes a case, whose number is then shown.
   */
  function kirimLewatApi(camForm, $scope, kirim) {
    $scope.status = { mengirim: false, galat: {}, pesan: '', kasus: null };
    camForm.on('submit', function (evt) {
      evt.submitPrevented = true;
      if ($scope.status.mengirim || $scope.status.kasus) {
        return;
      }
      $scope.status.mengirim = true;
      $scope.status.galat = {};
      $scope.status.pesan = '';
      kirim().then(function (kasus) {
        $scope.status.kasus = kasus;
      }, function (r) {
        $scope.status.galat = galatIsian(r);
        $scope.status.pesan = pesanGalat(r);
      }).finally(function () { $scope.status.mengirim = false; });
    });
  }

  /**
   * Uploads one file to a case's documents (POST /api/kasus/{kasusId}/dokumen, multipart "berkas" and
   * "jenis"). The browser sets the multipart boundary itself; the server recognises the type by content.
   */
  function unggahDokumen(kasusId, berkas, jenis) {
    var fd = new FormData();
    fd.append('jenis', jenis);
    fd.append('berkas', berkas, berkas.name);
    return minta('POST', '/api/kasus/' + encodeURIComponent(kasusId) + '/dokumen', null, fd).then(function (r) { return r.data; });
  }

  /** Why an upload was refused: the field messages (e.g. "Berkas harus PDF, JPEG atau PNG."), else the detail. */
  function pesanUnggah(response) {
    var errors = response && response.data && response.data.errors;
    if (errors && errors.length) {
      return errors.map(function (e) { return e.message; }).join(' ');
    }
    return pesanGalat(response);
  }

  /** The case's documents (no content), oldest first. */
  function daftarDokumen(kasusId) {
    return minta('GET', '/api/kasus/' + encodeURIComponent(kasusId) + '/dokumen').then(function (r) { return r.data; });
  }

  /** "1,2 MB", "340 KB": a size as people read it. */
  function ukuran(bytes) {
    if (bytes >= 1024 * 1024) {
      return (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB';
    }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  global.MeritFlowFormulir = {
    unggahDokumen: unggahDokumen,
    pesanUnggah: pesanUnggah,
    daftarDokumen: daftarDokumen,
    ukuran: ukuran,
    api: api,
    acak: acak,
    tanggalTeks: tanggalTeks,
    pencarianPegawai: pencarianPegawai,
    pilihanTujuan: pilihanTujuan,
    tanggalDari: tanggalDari,
    tanggalIso: tanggalIso,
    nilaiVariabel: nilaiVariabel,
    tulisVariabel: tulisVariabel,
    kirimLewatApi: kirimLewatApi,
    pesanGalat: pesanGalat
  };
})(window);
