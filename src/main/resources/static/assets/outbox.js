// /outbox: "send again" on a FAILED email posts to the API with the session's CSRF token, then shows the new status.
document.querySelectorAll('button.send-again').forEach((button) => {
  button.addEventListener('click', async () => {
    button.disabled = true;
    const token = document.getElementById('outbox-table').dataset.csrfToken;
    const headers = token ? { 'X-XSRF-TOKEN': token } : {};
    let message;
    try {
      const response = await fetch('/api/outbox/' + encodeURIComponent(button.dataset.id) + '/send-again',
        { method: 'POST', headers, credentials: 'same-origin' });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const problem = await response.json().catch(() => ({}));
      message = problem.detail || (response.status + ' ' + response.statusText);
    } catch (e) {
      message = String(e);
    }
    let result = button.parentElement.querySelector('.send-again-result');
    if (!result) {
      result = document.createElement('span');
      result.className = 'send-again-result';
      button.after(result);
    }
    result.textContent = message;
    button.disabled = false;
  });
});
