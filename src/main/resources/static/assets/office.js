// The office's administration pages: every change goes through the JSON API (/api/holidays, /api/agencies) with
// the webapps' CSRF token; a refusal is shown with each problem the API named, a success reloads the page with a
// short note of what happened (and how many open tasks got a new due date).
(function () {
  'use strict';

  var token = (document.querySelector('meta[name="xsrf-token"]') || {}).content || '';

  function api(method, url, body) {
    var headers = { Accept: 'application/json', 'X-XSRF-TOKEN': token };
    var payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, body: payload, credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = { detail: text }; }
          return { ok: response.ok, status: response.status, json: json, headers: response.headers };
        });
      });
  }

  /** Shows the API's refusal: its detail, then each problem; {@code label} names a field of a field-error map. */
  function showProblems(result, label) {
    var box = document.getElementById('problems');
    var list = document.getElementById('problems-list');
    var json = result.json || {};
    document.getElementById('problems-title').textContent = json.detail || json.title
      || ('เกิดข้อผิดพลาด (error ' + result.status + ')');
    list.textContent = '';
    var errors = json.errors;
    if (errors && !Array.isArray(errors)) {
      errors = Object.keys(errors).map(function (field) {
        return (label ? label(field) + ': ' : '') + errors[field];
      });
    }
    (errors || []).forEach(function (message) {
      var item = document.createElement('li');
      item.textContent = message;
      list.appendChild(item);
    });
    box.hidden = false;
    box.scrollIntoView({ block: 'center' });
  }

  function done(message, params) {
    var url = new URL(window.location.href);
    Object.keys(params || {}).forEach(function (key) { url.searchParams.set(key, params[key]); });
    url.searchParams.set('done', message);
    window.location.assign(url.toString());
  }

  function movedNote(count) {
    return count > 0 ? ' — กำหนดส่งของงานที่ยังเปิดอยู่ ' + count + ' งานเปลี่ยนตามวันหยุด (' + count
      + ' open task(s) got a new due date)' : '';
  }

  function showFlash() {
    var url = new URL(window.location.href);
    var message = url.searchParams.get('done');
    if (!message) { return; }
    var flash = document.getElementById('flash');
    flash.textContent = message;
    flash.hidden = false;
    url.searchParams.delete('done');
    window.history.replaceState(null, '', url.toString());
  }

  function holidays(page) {
    var year = page.dataset.year;
    var form = document.getElementById('holiday-form');
    var reset = document.getElementById('holiday-form-reset');
    var title = document.getElementById('holiday-form-title');
    var addTitle = title ? title.textContent : '';

    function rowOf(element) { return element.closest('tr'); }

    page.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-action]');
      if (!button) { return; }
      var row = rowOf(button);
      var action = button.dataset.action;
      if (action === 'edit') {
        form.date.value = row.dataset.date;
        form.date.readOnly = true;
        form.nameTh.value = row.dataset.nameTh;
        form.nameEn.value = row.dataset.nameEn;
        form.source.value = row.dataset.source;
        form.substitution.checked = row.dataset.substitution === 'true';
        form.assumed.checked = row.dataset.assumed === 'true' && row.dataset.source !== '';
        title.textContent = 'แก้ไขวันหยุด ' + row.querySelector('strong').textContent + ' (edit)';
        reset.hidden = false;
        form.nameTh.focus();
      } else if (action === 'move') {
        var move = row.querySelector('.move-form');
        move.hidden = false;
        move.to.value = row.dataset.date;
        move.to.focus();
      } else if (action === 'cancel-move') {
        row.querySelector('.move-form').hidden = true;
      } else if (action === 'remove') {
        var name = row.querySelector('strong').textContent + ' ' + row.dataset.nameTh;
        if (!window.confirm('ลบวันหยุด ' + name + ' ? (remove this holiday?)')) { return; }
        api('DELETE', '/api/holidays/' + row.dataset.date).then(function (result) {
          if (!result.ok) { showProblems(result); return; }
          var moved = Number(result.headers.get('X-Tasks-Moved') || 0);
          done('ลบวันหยุด ' + name + ' แล้ว (removed)' + movedNote(moved));
        });
      }
    });

    page.addEventListener('submit', function (event) {
      var move = event.target.closest('.move-form');
      if (!move) { return; }
      event.preventDefault();
      var row = rowOf(move);
      api('POST', '/api/holidays/' + row.dataset.date + '/move', { to: move.to.value }).then(function (result) {
        if (!result.ok) { showProblems(result); return; }
        done('ย้าย' + row.dataset.nameTh + ' ไปวันที่ ' + result.json.dateTh + ' แล้ว (moved to ' + result.json.date
          + ')' + movedNote(result.json.tasksMoved), { year: result.json.date.substring(0, 4) });
      });
    });

    if (form) {
      reset.addEventListener('click', function () {
        form.reset();
        form.date.readOnly = false;
        title.textContent = addTitle;
        reset.hidden = true;
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!form.date.value) {
          showProblems({ status: 400, json: { detail: 'กรุณาระบุวันที่ (a date is required)' } });
          return;
        }
        var body = {
          nameTh: form.nameTh.value, nameEn: form.nameEn.value, source: form.source.value,
          substitution: form.substitution.checked, assumed: form.assumed.checked
        };
        api('PUT', '/api/holidays/' + form.date.value, body).then(function (result) {
          if (!result.ok) { showProblems(result); return; }
          done('บันทึกวันหยุด ' + result.json.dateTh + ' ' + result.json.nameTh + ' แล้ว (saved)'
            + movedNote(result.json.tasksMoved), { year: result.json.date.substring(0, 4) });
        });
      });
    }

    var importForm = document.getElementById('import-form');
    if (importForm) {
      importForm.addEventListener('submit', function (event) {
        event.preventDefault();
        var data = new FormData();
        data.append('file', importForm.file.files[0]);
        api('POST', '/api/holidays/import?year=' + year, data).then(function (result) {
          if (!result.ok) { showProblems(result); return; }
          var r = result.json;
          done('นำเข้าวันหยุดปี ' + (r.year + 543) + ' แล้ว: เพิ่ม ' + r.added + ' แก้ไข ' + r.changed + ' ลบ '
            + r.removed + ' คงเดิม ' + r.unchanged + ' (imported: ' + r.added + ' added, ' + r.changed
            + ' changed, ' + r.removed + ' removed, ' + r.unchanged + ' unchanged)' + movedNote(r.tasksMoved));
        });
      });
    }
  }

  function agencies(page) {
    var form = document.getElementById('agency-form');
    var rows = Array.prototype.slice.call(page.querySelectorAll('#agency-table tbody tr'));
    var search = document.getElementById('agency-search');
    var category = document.getElementById('agency-category');
    var showRetired = document.getElementById('agency-show-retired');
    var count = document.getElementById('agency-count');

    function filter() {
      var text = search.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var visible = (!text || row.dataset.search.toLowerCase().indexOf(text) >= 0)
          && (!category.value || row.dataset.category === category.value)
          && (showRetired.checked || row.dataset.active === 'true');
        row.hidden = !visible;
        shown += visible ? 1 : 0;
      });
      count.textContent = 'แสดง ' + shown + ' จาก ' + rows.length + ' หน่วยงาน (showing ' + shown + ' of '
        + rows.length + ')';
    }
    [search, category, showRetired].forEach(function (input) { input.addEventListener('input', filter); });
    filter();

    function agencyOf(element) { return JSON.parse(element.closest('tr').dataset.json); }

    page.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-action]');
      if (!button) { return; }
      var action = button.dataset.action;
      if (action === 'edit') {
        fill(agencyOf(button));
      } else if (action === 'retire' || action === 'reactivate') {
        var agency = agencyOf(button);
        var retire = action === 'retire';
        if (retire && !window.confirm('เลิกใช้ ' + agency.nameTh + ' ? รอบที่เริ่มแล้วยังทำงานต่อได้ รอบใหม่จะไม่เชิญหน่วยงานนี้'
            + ' (retire: running cycles go on, new cycles will not invite it)')) { return; }
        api('PUT', '/api/agencies/' + agency.id, { active: !retire }).then(function (result) {
          if (!result.ok) { showProblems(result); return; }
          done((retire ? 'เลิกใช้ ' : 'ใช้งานอีกครั้ง: ') + agency.nameTh + ' แล้ว (' + (retire ? 'retired' : 'active again')
            + ')');
        });
      } else if (action === 'remove-contact') {
        button.closest('.contact-row').remove();
        updateAddContact();
      }
    });

    if (!form) { return; }
    var contactRows = document.getElementById('contact-rows');
    var template = document.getElementById('contact-template');
    var addContact = document.getElementById('add-contact');
    var reset = document.getElementById('agency-form-reset');
    var title = document.getElementById('agency-form-title');
    var addTitle = title.textContent;
    var max = Number(page.dataset.maxContacts);
    var editing = null;

    function updateAddContact() { addContact.hidden = contactRows.children.length >= max; }

    function contactRow(contact) {
      var row = template.content.firstElementChild.cloneNode(true);
      ['name', 'position', 'email', 'phone'].forEach(function (part) {
        row.querySelector('[data-part="' + part + '"]').value = (contact && contact[part]) || '';
      });
      contactRows.appendChild(row);
      updateAddContact();
      return row;
    }

    function fill(agency) {
      editing = agency.id;
      form.id.value = agency.id;
      form.id.readOnly = true;
      form.nameTh.value = agency.nameTh;
      form.nameEn.value = agency.nameEn;
      form.category.value = agency.category;
      form.email.value = agency.email;
      contactRows.textContent = '';
      agency.contacts.forEach(contactRow);
      updateAddContact();
      title.textContent = 'แก้ไขหน่วยงาน ' + agency.nameTh + ' (edit)';
      reset.hidden = false;
      document.getElementById('agency-form-card').open = true;
      document.getElementById('agency-form-card').scrollIntoView({ block: 'start' });
      form.nameTh.focus();
    }

    addContact.addEventListener('click', function () { contactRow(null).querySelector('input').focus(); });
    reset.addEventListener('click', function () {
      editing = null;
      form.reset();
      form.id.readOnly = false;
      contactRows.textContent = '';
      updateAddContact();
      title.textContent = addTitle;
      reset.hidden = true;
    });
    updateAddContact();

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      form.querySelectorAll('.is-invalid').forEach(function (input) { input.classList.remove('is-invalid'); });
      var contacts = Array.prototype.map.call(contactRows.children, function (row) {
        var contact = {};
        ['name', 'position', 'email', 'phone'].forEach(function (part) {
          contact[part] = row.querySelector('[data-part="' + part + '"]').value;
        });
        return contact;
      });
      var body = { id: form.id.value.trim(), nameTh: form.nameTh.value, nameEn: form.nameEn.value,
        category: form.category.value, email: form.email.value, contacts: contacts };
      var request = editing ? api('PUT', '/api/agencies/' + editing, body) : api('POST', '/api/agencies', body);
      request.then(function (result) {
        if (!result.ok) {
          markInvalid(result.json && result.json.errors);
          showProblems(result, fieldLabel);
          return;
        }
        done('บันทึก ' + result.json.nameTh + ' แล้ว (saved ' + result.json.id + ')');
      });
    });

    /** The form's own label of a field ({@code contacts[2].email}: the second contact's email). */
    function fieldLabel(field) {
      var contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
      var input = contact ? (contactRows.children[Number(contact[1]) - 1] || document)
        .querySelector('[data-part="' + contact[2] + '"]') : form.querySelector('[name="' + field + '"]');
      var text = input && input.closest('label') ? input.closest('label').querySelector('span').textContent : field;
      return contact ? 'ผู้ประสานงานคนที่ ' + contact[1] + ' ' + text : text;
    }

    function markInvalid(errors) {
      if (!errors || Array.isArray(errors)) { return; }
      Object.keys(errors).forEach(function (field) {
        var contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
        var input = contact ? (contactRows.children[Number(contact[1]) - 1] || document)
          .querySelector('[data-part="' + contact[2] + '"]') : form.querySelector('[name="' + field + '"]');
        if (input) { input.classList.add('is-invalid'); }
      });
    }

    var importForm = document.getElementById('agency-import-form');
    importForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData();
      data.append('file', importForm.file.files[0]);
      api('POST', '/api/agencies/import', data).then(function (result) {
        if (!result.ok) { showProblems(result); return; }
        var r = result.json;
        done('นำเข้าแล้ว: เพิ่ม ' + r.added + ' แก้ไข ' + r.changed + ' คงเดิม ' + r.unchanged + ' หน่วยงาน (imported: '
          + r.added + ' added, ' + r.changed + ' changed, ' + r.unchanged + ' unchanged)');
      });
    });
  }

  function cycleStart(page) {
    var form = document.getElementById('cycle-form');
    var allow = document.getElementById('allow-missing');
    var timer = null;
    var shown = ['title', 'cycleId', 'fiscalYear', 'planPeriod'];
    var dates = ['proposalsDue', 'hearingDate', 'committeeDate', 'submissionDeadline'];

    function values() {
      var given = {};
      Array.prototype.forEach.call(form.elements, function (input) {
        if (!input.name) { return; }
        if (input.type === 'checkbox') {
          if (input.checked) { given[input.name] = true; }
        } else if (input.value.trim()) {
          given[input.name] = input.value.trim();
        }
      });
      return given;
    }

    function text(id, value) { document.getElementById('preview-' + id).textContent = value == null ? '–' : value; }

    function refresh() {
      var query = new URLSearchParams();
      var given = values();
      Object.keys(given).forEach(function (name) { query.set(name, given[name]); });
      api('GET', '/api/cycles/defaults?' + query.toString()).then(function (result) {
        if (!result.ok) { showProblems(result); return; }
        var p = result.json;
        shown.forEach(function (id) { text(id, p[id]); });
        dates.forEach(function (id) {
          var date = p.dates[id];
          text(id, date ? date.dateTh + ' (' + date.date + ')' : null);
          var input = form.elements[id];
          input.placeholder = date ? date.date : '';
        });
        ['fiscalYear', 'planPeriod', 'cycleId'].forEach(function (id) {
          form.elements[id].placeholder = p[id] == null ? '' : String(p[id]);
        });
        text('agencies', p.agencyCount + ' หน่วยงาน (agencies)');
        var missing = document.getElementById('preview-holidays');
        missing.hidden = p.yearsWithoutHolidays.length === 0;
        allow.hidden = missing.hidden;
        missing.textContent = missing.hidden ? '' : 'ยังไม่มีวันหยุดราชการของปี พ.ศ. '
          + p.yearsWithoutHolidays.map(function (y) { return y.yearBe; }).join(', ')
          + ': เพิ่มวันหยุดที่หน้าวันหยุดราชการ หรือยืนยันเริ่มรอบโดยนับเฉพาะเสาร์-อาทิตย์ (no holidays recorded for '
          + p.yearsWithoutHolidays.map(function (y) { return y.year; }).join(', ') + ')';
        var errors = document.getElementById('preview-errors');
        errors.textContent = '';
        Object.keys(p.errors).forEach(function (field) {
          var item = document.createElement('li');
          item.dataset.field = field;
          item.textContent = p.errors[field];
          errors.appendChild(item);
        });
        page.dataset.previewed = query.toString();
      });
    }

    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
    refresh();

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('POST', '/api/cycles', values()).then(function (result) {
        if (!result.ok) { showProblems(result); return; }
        window.location.assign('/dashboard?cycle=' + encodeURIComponent(result.json.cycleId));
      });
    });
  }

  document.documentElement.classList.add('js');
  showFlash();
  var holidayPage = document.getElementById('holiday-page');
  if (holidayPage) { holidays(holidayPage); }
  var agencyPage = document.getElementById('agency-page');
  if (agencyPage) { agencies(agencyPage); }
  var cycleStartPage = document.getElementById('cycle-start-page');
  if (cycleStartPage) { cycleStart(cycleStartPage); }
  window.planningOffice = { api: api, showProblems: showProblems, done: done };
})();
