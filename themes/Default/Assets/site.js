// Progressive enhancement only: every fact is in the HTML already. Labels come from data-* attributes
// written by the theme in the page's language.
(() => {
  const d = document, b = d.body, lang = b.dataset.locale || d.documentElement.lang, now = Date.now();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && b.dataset.tz && zone !== b.dataset.tz) {
    const f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    d.querySelectorAll('time.t').forEach(t => { t.title = t.textContent; t.textContent = f.format(new Date(t.dateTime)); });
    const note = d.getElementById('tz');
    if (note) note.textContent = note.dataset.local.replace('{0}', zone);
  }
  // A maintenance window's state follows the clock, not the build.
  d.querySelectorAll('[data-from]').forEach(e => {
    const from = Date.parse(e.dataset.from), until = Date.parse(e.dataset.until);
    e.textContent = e.dataset.states.split('|')[now < from ? 0 : now < until ? 1 : 2];
  });
  const built = d.getElementById('built');
  if (built) {
    const minutes = Math.max(0, Math.round((now - Date.parse(built.querySelector('time').dateTime)) / 6e4));
    const r = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    const ago = minutes < 90 ? r.format(-minutes, 'minute') : minutes < 2880 ? r.format(-Math.round(minutes / 60), 'hour') : r.format(-Math.round(minutes / 1440), 'day');
    built.append(' ' + built.dataset.ago.replace('{0}', ago));
    const stale = d.getElementById('stale');
    if (stale && b.dataset.staleAfter && minutes > +b.dataset.staleAfter) stale.hidden = false;
  }
  // While an incident is active, keep an open page current.
  if (b.dataset.refresh) setTimeout(() => location.reload(), b.dataset.refresh * 1e3);
})();
