/*
 * The language of Camunda's webapps for this browser, imported by each app's scripts/config.js.
 * Bahasa Indonesia unless the user chose English with the footer link (/meritflow/webapp.js), kept in
 * localStorage as "meritflow-bahasa".
 *
 * The chosen language is also the fallback: Camunda loads the fallback's file too, and each file
 * redefines the date locale (month names, "3 hari yang lalu"), so with English as the fallback
 * whichever file arrived last decided the dates, and Tasklist printed "13 days ago" between
 * Indonesian labels. A missing Indonesian label cannot happen instead: WebappBahasaTest fails the
 * build when id.json lacks a label of Camunda's en.json.
 */
export const KUNCI_BAHASA = 'meritflow-bahasa';

export function bahasaDipilih() {
  try {
    return window.localStorage.getItem(KUNCI_BAHASA) === 'en' ? 'en' : 'id';
  } catch (e) {
    return 'id';
  }
}

export function locales() {
  const bahasa = bahasaDipilih();
  return { availableLocales: [bahasa], fallbackLocale: bahasa };
}
