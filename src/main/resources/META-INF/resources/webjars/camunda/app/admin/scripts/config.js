// MeritFlow's Admin configuration; replaces the webjar's own scripts/config.js (same path on the
// classpath, the application's resources come first). docs/webapps.md explains each setting.
export default {
  // Bahasa Indonesia first (locales/id.json), English as the fallback for a key that id.json lacks
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'en'
  },
  // /meritflow/webapp.js (served by the app): Indonesian by default whatever the browser's language
  customScripts: ['../../../meritflow/webapp']
};
