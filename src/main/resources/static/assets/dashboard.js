// The dashboard's agency table: filters apply as one types and headers sort. Every row is in the page (the server
// hides those outside the filter of the URL, so the form also works without JavaScript); this makes it immediate.
(function () {
  'use strict';
  const table = document.getElementById('agency-table');
  const form = document.getElementById('agency-filters');
  if (!table || !form) {
    return;
  }
  document.documentElement.classList.add('js');

  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const category = document.getElementById('filter-category');
  const status = document.getElementById('filter-status');
  const search = document.getElementById('filter-q');
  const count = document.getElementById('agency-count');
  const empty = document.getElementById('agency-empty');
  const exports = [document.getElementById('export-csv'), document.getElementById('export-xlsx')];
  const countTemplate = count ? count.dataset.template : '';
  // most urgent first when sorting by status
  const statusOrder = ['overdue', 'returned', 'open', 'submitted', 'accepted', 'pending', 'cancelled'];

  function applyFilters() {
    const wantedCategory = category.value;
    const wantedStatus = status.value;
    const text = search.value.trim().toLowerCase();
    let shown = 0;
    rows.forEach((row) => {
      const visible = (!wantedCategory || row.dataset.category === wantedCategory)
        && (!wantedStatus || row.dataset.status === wantedStatus)
        && (!text || row.dataset.search.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    if (count) {
      count.textContent = countTemplate.replace('{shown}', String(shown));
    }
    if (empty) {
      empty.hidden = shown > 0;
    }
    const query = new URLSearchParams();
    if (wantedStatus) query.set('status', wantedStatus);
    if (wantedCategory) query.set('category', wantedCategory);
    if (text) query.set('q', search.value.trim());
    exports.forEach((link) => {
      if (link) {
        const url = new URL(link.href, window.location.href);
        url.search = query.toString();
        link.href = url.pathname + url.search;
      }
    });
    const page = new URL(window.location.href);
    ['status', 'category', 'q'].forEach((name) => page.searchParams.delete(name));
    query.forEach((value, name) => page.searchParams.set(name, value));
    window.history.replaceState(null, '', page.pathname + page.search + page.hash);
  }

  [category, status].forEach((select) => select.addEventListener('change', applyFilters));
  search.addEventListener('input', applyFilters);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });

  function sortKey(row, key) {
    switch (key) {
      case 'name': return row.dataset.name;
      case 'category': return Number(row.dataset.order);
      case 'status': return statusOrder.indexOf(row.dataset.status);
      case 'due': return row.dataset.due || '9999';
      case 'late': return Number(row.dataset.late);
      case 'returns': return Number(row.dataset.returns);
      default: return '';
    }
  }

  const collator = new Intl.Collator('th');
  table.querySelectorAll('th button[data-sort]').forEach((button) => {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      const ascending = button.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th button[data-sort]').forEach((other) => other.removeAttribute('aria-sort'));
      button.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = rows.slice().sort((a, b) => {
        const x = sortKey(a, key);
        const y = sortKey(b, key);
        const order = typeof x === 'number' ? x - y : collator.compare(x, y);
        return (ascending ? order : -order) || Number(a.dataset.order) - Number(b.dataset.order);
      });
      sorted.forEach((row) => body.appendChild(row));
    });
  });
}());
