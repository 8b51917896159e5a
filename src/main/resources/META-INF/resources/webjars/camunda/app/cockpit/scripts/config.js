// MeritFlow's Cockpit configuration; replaces the webjar's own scripts/config.js (same path on the
// classpath, the application's resources come first). docs/webapps.md explains each setting.
import { locales } from '/meritflow/bahasa.js';

export default {
  // Bahasa Indonesia, or English where the user chose it (/meritflow/bahasa.js)
  locales: locales(),
  // /meritflow/webapp.js (served by the app): the language link in the footer;
  // /meritflow/pantauan/plugin.js: the supervisors' Pantauan (dashboard, header link, #/pantauan)
  customScripts: ['../../../meritflow/webapp', '../../../meritflow/pantauan/plugin']
};
