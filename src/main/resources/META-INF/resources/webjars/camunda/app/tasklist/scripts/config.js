// MeritFlow's Tasklist configuration; replaces the webjar's own scripts/config.js (same path on the
// classpath, the application's resources come first). docs/webapps.md explains each setting.
import { locales } from '/meritflow/bahasa.js';

export default {
  app: {
    name: 'Tasklist',
    vendor: 'MeritFlow'
  },
  // Bahasa Indonesia, or English where the user chose it (/meritflow/bahasa.js)
  locales: locales(),
  // /meritflow/webapp.js (served by the app): the language link in the footer; agency names for tenant ids.
  // /formulir/formulir.js: what MeritFlow's embedded forms share (window.MeritFlowFormulir), loaded
  // here so that it is there before any form's script runs
  customScripts: ['../../../meritflow/webapp', '../../../formulir/formulir'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil alih tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke isian pertama formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog mulai proses'
    }
  }
};
