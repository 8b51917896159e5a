// MeritFlow's Tasklist configuration; replaces the webjar's own scripts/config.js (same path on the
// classpath, the application's resources come first). docs/webapps.md explains each setting.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'MeritFlow'
  },
  // Bahasa Indonesia first (locales/id.json), English as the fallback for a key that id.json lacks
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'en'
  },
  // /meritflow/webapp.js (served by the app): Indonesian by default whatever the browser's language; agency names for tenant ids
  customScripts: ['../../../meritflow/webapp'],
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
