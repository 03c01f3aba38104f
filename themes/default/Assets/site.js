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
  // A maintenance window's state follows the clock, not the build. A card whose state changed leaves the section
  // headed with its old state for the section of its new one, or leaves the page where there is none (the home page
  // lists no completed windows): a heading never stands over a card that says otherwise.
  const sections = {};
  d.querySelectorAll('section[data-mstate]').forEach(s => { sections[s.dataset.mstate] = s; });
  d.querySelectorAll('[data-from]').forEach(e => {
    const from = Date.parse(e.dataset.from), until = Date.parse(e.dataset.until), state = now < from ? 0 : now < until ? 1 : 2;
    e.textContent = e.dataset.states.split('|')[state];
    const card = e.closest('.card'), home = card && card.closest('section[data-mstate]');
    if (!home || +home.dataset.mstate === state) return;
    const target = sections[state];
    if (target) target.insertBefore(card, target.querySelector(':scope > .more')); else card.remove();
  });
  Object.values(sections).forEach(s => { s.hidden = !s.querySelector(':scope > .card, :scope > .more'); });
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
