// Progressive enhancement only: every page works without this script.
// 1. A form is sent once: its submit button is disabled after the first click.
// 2. The message box shows how many characters are left.
// 3. A table's cells carry their column's name, shown when the table is stacked as cards on a phone.
// 4. The current section is scrolled into view in the phone's sideways menu.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
  for (const button of form.querySelectorAll('button[type="submit"]')) button.setAttribute('disabled', '');
});

for (const area of document.querySelectorAll('textarea[maxlength]')) {
  const max = Number(area.getAttribute('maxlength'));
  const counter = document.createElement('p');
  counter.className = 'hint';
  counter.setAttribute('aria-live', 'polite');
  const update = () => {
    counter.textContent = `${area.value.length} / ${max}`;
  };
  area.insertAdjacentElement('afterend', counter);
  area.addEventListener('input', update);
  update();
}

// 3. A file input with `data-fills` reads a chosen CSV file into that text box (the form sends text).
for (const input of document.querySelectorAll('input[type="file"][data-fills]')) {
  input.addEventListener('change', async () => {
    const area = document.getElementById(input.getAttribute('data-fills') ?? '');
    const file = input.files?.[0];
    if (!area || area.tagName !== 'TEXTAREA' || !file) return;
    area.value = await file.text();
  });
}
for (const table of document.querySelectorAll('.table-wrap table')) {
  const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, i) => {
      if (names[i] && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', names[i]);
    });
  }
  // Two columns fit a phone as they are; wider tables become cards there (dashboard.css).
  if (names.length >= 3) table.closest('.table-wrap').setAttribute('data-cards', '');
}

document.querySelector('.nav [aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
