// Tasklist of planning-cycle (replaces the webjar's scripts/config.js, so everything Tasklist needs is here).
// Thai for a browser whose first language is Thai and for one whose language has no translation; English and
// German browsers keep Camunda's own files. The Thai workspace script: fresh translations, B.E. dates on the
// engine's clock, Camunda Forms' messages in Thai (see docs/thai-workspace.md).
export default {
  locales: {
    availableLocales: ['th', 'en', 'de'],
    fallbackLocale: 'th'
  },
  customScripts: ['../thai-workspace/workspace'],

  // Camunda's default shortcuts (a config.js replaces the whole default configuration)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'รับงานที่เลือกอยู่ / claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'ไปที่ตัวกรองแรกในรายการ / set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'ไปที่งานแรกในรายการ / sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'ไปที่ช่องแรกของแบบฟอร์มงาน / sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'เปิดหน้าต่างเริ่มกระบวนงาน / opens the start process modal dialog'
    }
  }
};
