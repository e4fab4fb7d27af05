// Dates as a Thai office reads them, in every Camunda webapp:
// - B.E. years (พ.ศ. = A.D. + 543) in every date shown with the Thai locale's own formats (L, LL, LLL, LLLL and
//   their short forms, which Camunda's camDate filter and Moment's calendar() use). Dates written in an explicit
//   format (YYYY-MM-DD… for the engine REST API, the date pickers) keep their A.D. year, so nothing sent to the
//   engine changes.
// - Angular's own date filter (Tasklist's history shows the year with it) and the date pickers (uib-datepicker): Thai
//   month and day names, and B.E. years in the two display-only formats "yyyy" and "MMMM yyyy" (never in formats
//   that make values, such as "yyyy-MM-dd'T'HH:mm:ss").
// - "now" is the engine's clock (GET /api/clock, the rehearsal clock in the demo), so "อีก 3 วัน" counts from the day
//   the engine is on, not from the computer's clock. It is asked once the person is signed in, and again every
//   few minutes; the webapps' relative times are then redrawn.
import { moment } from './moment.js';

const BUDDHIST_ERA_OFFSET = 543;
const THAI = 'th';
// Moment's own pattern for locale tokens in a format string ([...] is literal text)
const LOCALE_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const FULL_YEAR = /(\[[^\]]*\])|YYYY/g;
const CLOCK_REFRESH_MS = 5 * 60 * 1000;
const DISPLAY_ONLY_YEAR_FORMATS = ['yyyy', 'MMMM yyyy'];

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const clockUrl = new URL('../../../api/clock', import.meta.url).pathname;
const engineName = (window.location.pathname.match(/\/app\/[\w-]+\/([\w-]+)\//) || [])[1] || 'default';

let engineOffsetMs = 0;

/** The Thai locale's format with every full year written as the B.E. year of this moment (a literal). */
function buddhistFormat(date, format) {
  const localeData = date.localeData();
  const year = `[${date.year() + BUDDHIST_ERA_OFFSET}]`;
  return format.replace(LOCALE_TOKENS, (match, literal, escaped, token) => {
    if (literal || escaped) {
      return match;
    }
    return localeData.longDateFormat(token)
      .replace(FULL_YEAR, (part, bracketed) => (bracketed ? part : year));
  });
}

function installBuddhistYears() {
  const format = moment.fn.format;
  moment.fn.format = function thaiFormat(input) {
    if (typeof input !== 'string' || this.locale() !== THAI || !this.isValid()) {
      return format.call(this, input);
    }
    return format.call(this, buddhistFormat(this, input));
  };
}

/** Asks the engine's time; true when the offset to this computer's clock changed by more than a second. */
async function syncWithEngine() {
  try {
    const sent = Date.now();
    const response = await fetch(clockUrl, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' }
    });
    if (!response.ok) {
      return false;
    }
    const { epochMillis } = await response.json();
    const received = Date.now();
    const offset = epochMillis - Math.round((sent + received) / 2);
    const changed = Math.abs(offset - engineOffsetMs) > 1000;
    engineOffsetMs = offset;
    return changed;
  } catch (error) {
    console.warn(`thai-workspace: engine clock not read (${error})`);
    return false;
  }
}

/** Whether the webapps' session has a signed-in user (asking /api/clock without one would pop up a login box). */
async function signedIn() {
  try {
    const response = await fetch(`${appRoot}/api/admin/auth/user/${engineName}`, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' }
    });
    return response.ok;
  } catch (error) {
    return false;
  }
}

function thaiYearsInAngularDates(angular) {
  angular.module('cam.commons').config(['$provide', ($provide) => {
    $provide.decorator('dateFilter', ['$delegate', ($delegate) => {
      const thaiDateFilter = (date, format, timezone) => {
        if (moment.locale() === THAI && DISPLAY_ONLY_YEAR_FORMATS.includes(format) && timezone === undefined
          && date !== null && date !== undefined && date !== '') {
          const when = moment(date);
          if (when.isValid()) {
            return $delegate(date, format.replace('yyyy', `'${when.year() + BUDDHIST_ERA_OFFSET}'`), timezone);
          }
        }
        return $delegate(date, format, timezone);
      };
      // the language is known only once the translations are loaded: evaluate on every digest
      thaiDateFilter.$stateful = true;
      return thaiDateFilter;
    }]);
  }]);
}

/** Angular's month and day names (date filter, date pickers) from the Thai locale of Moment, while Thai is on. */
function thaiNamesInAngularLocale(angular) {
  angular.module('cam.commons').run(['$rootScope', '$locale', ($rootScope, $locale) => {
    const formats = $locale.DATETIME_FORMATS;
    const english = { MONTH: formats.MONTH, SHORTMONTH: formats.SHORTMONTH, DAY: formats.DAY, SHORTDAY: formats.SHORTDAY };
    $rootScope.$on('$translateChangeSuccess', (event, change) => {
      if (change && change.language === THAI) {
        const thai = moment.localeData(THAI);
        Object.assign(formats, {
          MONTH: thai.months(), SHORTMONTH: thai.monthsShort(), DAY: thai.weekdays(), SHORTDAY: thai.weekdaysShort()
        });
      } else {
        Object.assign(formats, english);
      }
    });
  }]);
}

function followSignIns(angular) {
  // cam.commons is part of every webapp; its run block starts with the app
  angular.module('cam.commons').run(['$rootScope', '$interval', ($rootScope, $interval) => {
    const redraw = (changed) => {
      if (changed) {
        // angular-moment's am-time-ago redraws on this event (Tasklist's "due in …", "created … ago")
        $rootScope.$broadcast('amMoment:localeChanged');
        $rootScope.$applyAsync();
      }
    };
    let signedInAs = null;
    $rootScope.$watch('authentication', (authentication) => {
      const user = authentication && authentication.name ? authentication.name : null;
      if (user && user !== signedInAs) {
        syncWithEngine().then(redraw);
      }
      signedInAs = user;
    });
    $interval(() => {
      if ($rootScope.authentication) {
        syncWithEngine().then(redraw);
      }
    }, CLOCK_REFRESH_MS, 0, false);
  }]);
}

if (moment) {
  installBuddhistYears();
  moment.now = () => Date.now() + engineOffsetMs;
  if (window.angular) {
    thaiYearsInAngularDates(window.angular);
    thaiNamesInAngularLocale(window.angular);
    followSignIns(window.angular);
  }
  // already signed in (a reload): know the engine's time before the first date is drawn
  if (await signedIn()) {
    await syncWithEngine();
  }
}
