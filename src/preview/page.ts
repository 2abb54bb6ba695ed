/**
 * The preview page: a grid of slide pictures per deck, a large view on click
 * (← → to move, Esc to close), a "rendering…" badge while LibreOffice draws,
 * and the build errors as an overlay until the next good build. It follows
 * the server's state over Server-Sent Events; no framework, no build step.
 */
export function previewPage(): string {
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>samling – forhåndsvisning</title>
<style>
  :root { --navy: #0B2F55; --mist: #E8EEF4; --text: #1F2A33; --accent: #E08A1E; --bad: #B5283A; }
  body { margin: 0; font: 15px/1.4 Arial, "Liberation Sans", sans-serif; color: var(--text); background: var(--mist); }
  header { background: var(--navy); color: #fff; padding: 10px 20px; display: flex; gap: 16px; align-items: baseline; }
  header h1 { font-size: 18px; margin: 0; }
  nav button { background: none; border: 1px solid #ffffff66; color: #fff; border-radius: 4px; padding: 3px 10px; margin-right: 6px; cursor: pointer; }
  nav button.on { background: #fff; color: var(--navy); }
  main { padding: 16px 20px; }
  .status { margin-bottom: 12px; min-height: 20px; }
  .badge { display: inline-block; padding: 2px 8px; border-radius: 10px; background: var(--accent); color: #fff; font-size: 13px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 14px; }
  .grid figure { margin: 0; background: #fff; box-shadow: 0 1px 3px #0003; cursor: zoom-in; }
  .grid img { width: 100%; display: block; aspect-ratio: 16 / 9; }
  .grid figcaption { font-size: 12px; padding: 3px 8px; color: #5B6770; }
  #large { position: fixed; inset: 0; background: #000d; display: none; align-items: center; justify-content: center; flex-direction: column; }
  #large.on { display: flex; }
  #large img { max-width: 94vw; max-height: 86vh; background: #fff; }
  #large p { color: #fff; }
  #overlay { position: fixed; left: 5vw; right: 5vw; top: 70px; background: #fff; border-top: 6px solid var(--bad); box-shadow: 0 4px 20px #0006; padding: 12px 18px; display: none; max-height: 75vh; overflow: auto; }
  #overlay.on { display: block; }
  #overlay pre { font: 13px/1.45 "Liberation Mono", monospace; white-space: pre-wrap; }
  .empty { color: #5B6770; }
</style></head>
<body>
<header><h1>samling</h1><nav id="decks"></nav></header>
<main><div class="status" id="status"></div><div class="grid" id="grid"></div></main>
<div id="large"><img alt=""><p></p></div>
<div id="overlay" role="alert"><strong>Byggefeil – den siste gode .pptx er beholdt</strong><pre></pre></div>
<script>
  let decks = [], current = null, shown = -1;
  const $ = (id) => document.getElementById(id);
  function pick(name) { current = name; render(); }
  function render() {
    if (!decks.some((d) => d.name === current)) current = decks[0] ? decks[0].name : null;
    $('decks').innerHTML = '';
    for (const d of decks) {
      const b = document.createElement('button');
      b.textContent = d.name; b.className = d.name === current ? 'on' : ''; b.onclick = () => pick(d.name);
      $('decks').appendChild(b);
    }
    const d = decks.find((x) => x.name === current);
    const status = $('status'), grid = $('grid');
    if (!d) { status.innerHTML = '<span class="empty">Ingen lysbildesett ennå.</span>'; grid.innerHTML = ''; return; }
    status.innerHTML = d.status === 'rendering' || d.status === 'building' ? '<span class="badge" id="busy">Tegner lysbildene …</span>'
      : d.status === 'no-renderer' ? '<span class="empty">' + d.message + '</span>' : '';
    $('overlay').classList.toggle('on', d.status === 'error');
    $('overlay').querySelector('pre').textContent = d.error || '';
    const want = Array.from({ length: d.slides }, (_, i) => '/png/' + encodeURIComponent(d.name) + '/' + (i + 1) + '.png?rev=' + d.rev);
    const imgs = grid.querySelectorAll('img');
    if (imgs.length !== want.length || [...imgs].some((img, i) => img.getAttribute('src') !== want[i])) {
      grid.innerHTML = '';
      want.forEach((src, i) => {
        const f = document.createElement('figure');
        f.innerHTML = '<img alt="Lysbilde ' + (i + 1) + '"><figcaption>' + (i + 1) + '</figcaption>';
        f.querySelector('img').setAttribute('src', src);
        f.onclick = () => open(i);
        grid.appendChild(f);
      });
    }
    if (shown >= 0) open(Math.min(shown, d.slides - 1));
  }
  function open(i) {
    const d = decks.find((x) => x.name === current);
    if (!d || i < 0 || i >= d.slides) return;
    shown = i;
    $('large').querySelector('img').src = '/png/' + encodeURIComponent(d.name) + '/' + (i + 1) + '.png?rev=' + d.rev;
    $('large').querySelector('p').textContent = (i + 1) + ' / ' + d.slides;
    $('large').classList.add('on');
  }
  function close() { shown = -1; $('large').classList.remove('on'); }
  $('large').onclick = close;
  document.onkeydown = (e) => {
    if (shown < 0) return;
    if (e.key === 'ArrowRight') open(shown + 1);
    if (e.key === 'ArrowLeft') open(shown - 1);
    if (e.key === 'Escape') close();
  };
  new EventSource('/events').onmessage = (e) => { decks = JSON.parse(e.data); render(); };
</script>
</body></html>`;
}
