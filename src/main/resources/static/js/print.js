// Buttons marked data-print open the browser's print dialog (no inline scripts on the app's pages).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
