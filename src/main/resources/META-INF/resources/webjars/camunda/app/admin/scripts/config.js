// Admin of planning-cycle (replaces the webjar's scripts/config.js, whose settings are all commented out).
// Thai for a browser whose first language is Thai and for one whose language has no translation; English and
// German browsers keep Camunda's own files. The Thai workspace script: fresh translations, B.E. dates on the
// engine's clock (see docs/thai-workspace.md).
export default {
  locales: {
    availableLocales: ['th', 'en', 'de'],
    fallbackLocale: 'th'
  },
  customScripts: ['../thai-workspace/workspace']
};
