// Fresh translations after an upgrade. Camunda keeps each app's translation file in localStorage ("camunda-web",
// key <app-root>/app/<app>/locales/_locales_data_<locale>_<Camunda version>) and draws the page from that copy,
// fetching the file only to store it for the next visit; the key changes with the Camunda version, not with our
// files. So a corrected Thai file would show one visit late. Before the app starts, each stored copy of this app
// is compared with the file the server has now (a conditional request: the server's files are sent with
// Cache-Control: no-cache) and dropped when it differs; Camunda then waits for the new file.
const STORE = 'camunda-web';

function readStore() {
  try {
    return JSON.parse(window.localStorage.getItem(STORE) || '{}');
  } catch (error) {
    return null;
  }
}

async function serverCopy(url) {
  try {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
    return response.ok ? JSON.stringify(await response.json()) : null;
  } catch (error) {
    return undefined; // offline or refused: keep what is stored
  }
}

export async function dropStaleTranslations(appRoot, app) {
  const store = readStore();
  if (!store) {
    return [];
  }
  const folder = `${appRoot}/app/${app}/locales/`;
  const prefix = `${folder}_locales_data_`;
  const dropped = [];
  for (const key of Object.keys(store).filter((candidate) => candidate.startsWith(prefix))) {
    const locale = key.slice(prefix.length).split('_')[0];
    const current = await serverCopy(`${folder}${locale}.json`);
    if (current !== undefined && current !== store[key]) {
      delete store[key];
      dropped.push(locale);
    }
  }
  if (dropped.length) {
    window.localStorage.setItem(STORE, JSON.stringify(store));
    console.info(`thai-workspace: ${app} translations ${dropped.join(', ')} changed on the server, stored copy dropped`);
  }
  return dropped;
}
