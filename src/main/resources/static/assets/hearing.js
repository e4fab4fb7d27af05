// The public hearing page with JavaScript: a character counter, and the comment and report forms sent to the JSON
// API so errors show beside the fields without reloading. Without JavaScript the same forms post to the page.
(function () {
  'use strict';

  var form = document.getElementById('hearing-form');
  var text = document.getElementById('text');
  var counter = document.getElementById('text-counter');

  function count() {
    if (!text || !counter) { return; }
    var length = text.value.trim().length;
    counter.textContent = length.toLocaleString('th-TH') + ' / 2,000';
    counter.classList.toggle('is-over', length > 2000 || (length > 0 && length < 10));
  }

  function showErrors(errors, general) {
    var fields = ['itemId', 'text', 'sector', 'name', 'district', 'email', 'consent'];
    fields.forEach(function (name) {
      var slot = document.getElementById('err-' + name);
      if (!slot) { return; }
      slot.textContent = errors[name] || '';
      var box = slot.closest('.field');
      if (box) { box.classList.toggle('field--error', Boolean(errors[name])); }
    });
    var top = document.getElementById('form-error');
    if (!top) {
      top = document.createElement('div');
      top.id = 'form-error';
      top.className = 'alert alert--error';
      top.setAttribute('role', 'alert');
      form.parentNode.insertBefore(top, form);
    }
    top.textContent = general || '';
    top.hidden = !general;
    var first = fields.filter(function (name) { return errors[name]; })[0];
    if (first && document.getElementById(first)) {
      document.getElementById(first).focus();
    } else if (general) {
      top.scrollIntoView({ block: 'center' });
    }
  }

  function send(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, json: json };
      });
    });
  }

  if (text) {
    text.addEventListener('input', count);
    count();
  }

  if (form && window.fetch) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var body = {};
      ['itemId', 'text', 'sector', 'name', 'district', 'email', 'website'].forEach(function (name) {
        body[name] = data.get(name) || '';
      });
      body.consent = document.getElementById('consent').checked;
      var button = document.getElementById('submit-comment');
      button.disabled = true;
      send(form.getAttribute('data-api'), body).then(function (result) {
        if (result.status === 201) {
          var id = result.json.commentId;
          window.location.assign(window.location.pathname + '?posted=' + encodeURIComponent(id) + '#c-' + id);
          return;
        }
        button.disabled = false;
        if (result.status === 400 && result.json.errors) {
          showErrors(result.json.errors, '');
        } else {
          showErrors({}, result.json.detail || ('HTTP ' + result.status));
        }
      }).catch(function () {
        // the network failed: let the browser post the form itself
        button.disabled = false;
        form.submit();
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.report__form'), function (report) {
    if (!window.fetch) { return; }
    report.addEventListener('submit', function (event) {
      event.preventDefault();
      var reason = report.querySelector('select[name="reason"]').value;
      send(report.getAttribute('data-api'), { reason: reason }).then(function (result) {
        if (result.status !== 202) { report.submit(); return; }
        var note = document.createElement('p');
        note.className = 'muted small';
        note.textContent = result.json.message;
        report.closest('details').replaceWith(note);
      }).catch(function () { report.submit(); });
    });
  });
}());
