// The dashboard: renders what the control API answers and acts through it. Plain script, no build.
'use strict';

const E = '/__emulator';
const PAGE_SIZE = 25;

// Keys are shown by their last 4 characters only, as everywhere the emulator shows them.
function mask(key) {
  if (key == null) return '';
  return key.length <= 4 ? '****' : '****' + key.slice(-4);
}

function time(ms) {
  return ms == null ? '' : new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = String(text);
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach(cell => {
    const td = document.createElement('td');
    if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell == null ? '' : String(cell);
    tr.appendChild(td);
  });
  return tr;
}

function link(href, text) {
  return el('a', text, { href });
}

function progressBar(value) {
  return el('progress', null, { max: '100', value: String(value), 'aria-label': value + '%' });
}

function query(form) {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, name) => { if (String(value).trim() !== '') params.set(name, String(value).trim()); });
  return params;
}

function show(message, ok) {
  const result = document.getElementById('result');
  result.textContent = message;
  result.className = 'result ' + (ok ? 'ok' : 'error');
}

/** Calls the control API; an error answer is shown as the emulator worded it, and thrown. */
async function api(method, path, body, type) {
  const init = { method, credentials: 'same-origin', headers: {} };
  if (body != null) { init.body = body; init.headers['Content-Type'] = type || 'application/json'; }
  const response = await fetch(E + path, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!response.ok) {
    const message = json && json.error ? json.error.message : text;
    const failure = new Error(response.status + ': ' + message);
    failure.status = response.status;
    throw failure;
  }
  return json;
}

/** An action: its answer or its error goes to the result line. */
async function act(label, method, path, body, type) {
  try {
    const answer = await api(method, path, body, type);
    show(label + ': ' + (answer == null ? 'done' : JSON.stringify(answer)), true);
    return answer;
  } catch (e) {
    show(label + ' refused: ' + e.message, false);
    return null;
  }
}

// ---- home: views by hash ----

let jobsPage = 0;

async function loadJobs() {
  const params = query(document.getElementById('job-filters'));
  params.set('limit', String((jobsPage + 1) * PAGE_SIZE + 1));
  const list = await api('GET', '/jobs?' + params);
  const page = list.data.slice(jobsPage * PAGE_SIZE, (jobsPage + 1) * PAGE_SIZE);
  const body = document.querySelector('#jobs tbody');
  body.replaceChildren(...page.map(job => {
    const tr = row([link('/__emulator/ui/jobs/' + encodeURIComponent(job.id), job.id), job.profile, job.model,
      job.width + 'x' + job.height, job.seconds, job.status, progressBar(job.progress), mask(job.key),
      job.test_id, time(job.created_at), time(job.completed_at)]);
    tr.dataset.jobId = job.id;
    tr.dataset.status = job.status;
    return tr;
  }));
  document.getElementById('jobs-page').textContent = 'page ' + (jobsPage + 1);
  document.getElementById('jobs-prev').disabled = jobsPage === 0;
  document.getElementById('jobs-next').disabled = list.data.length <= (jobsPage + 1) * PAGE_SIZE;
  return page;
}

function clockTarget() {
  const test = document.querySelector('#clock-form [name=test_id]').value.trim();
  return test ? 'test_id=' + encodeURIComponent(test) : '';
}

async function loadClock() {
  const target = clockTarget();
  document.getElementById('clock-state').textContent =
    JSON.stringify(await api('GET', '/clock' + (target ? '?' + target : '')), null, 2);
}

async function loadScenarios() {
  const [list, fixtures] = await Promise.all([api('GET', '/scenarios'), api('GET', '/fixtures')]);
  const named = list.runtime.map(s => ['runtime', s]).concat(list.files.map(s => ['file', s]));
  const counts = await Promise.all(named.map(([, s]) =>
    api('POST', '/journal/count', JSON.stringify({ scenario: s.name })).then(c => c.count)));
  document.querySelector('#scenarios tbody').replaceChildren(...named.map(([source, s], i) => {
    const remove = source === 'runtime' ? el('button', 'Delete', { type: 'button' }) : '';
    if (remove) {
      remove.addEventListener('click', async () => {
        await act('delete scenario ' + s.name, 'DELETE', '/scenarios/' + encodeURIComponent(s.name));
        loadScenarios();
      });
    }
    const spec = el('code', JSON.stringify(s));
    const tr = row([s.name, source, counts[i], spec, remove]);
    tr.cells[3].className = 'wrap';
    return tr;
  }));
  document.getElementById('fixtures').textContent = JSON.stringify(fixtures, null, 2);
}

function journalRow(entry) {
  return row([link('/__emulator/ui/journal/' + entry.id, entry.id), time(entry.time), entry.method,
    entry.path + (entry.query ? '?' + entry.query : ''), entry.profile, mask(entry.key), entry.status,
    entry.duration_ms.toFixed(1) + ' ms', entry.scenario]);
}

let journalFilter = new URLSearchParams();

async function loadJournal() {
  journalFilter = query(document.getElementById('journal-filters'));
  const params = new URLSearchParams(journalFilter);
  params.set('limit', '100');
  const list = await api('GET', '/journal?' + params);
  document.querySelector('#journal tbody').replaceChildren(...list.data.map(journalRow));
}

/** The live entry passes the filter the table shows (the same criteria the server applies). */
function journalShows(entry) {
  for (const [name, value] of journalFilter) {
    if (name === 'path_regex') { if (!new RegExp('^(?:' + value + ')$').test(entry.path)) return false; }
    else if (name === 'method') { if (entry.method.toLowerCase() !== value.toLowerCase()) return false; }
    else if (String(entry[name]) !== value) return false;
  }
  return true;
}

function deliveryRow(d) {
  return row([d.id, time(d.time), d.event, d.job_id, d.url, d.attempt, d.status, d.outcome, time(d.next_attempt_at),
    d.error]);
}

async function loadDeliveries() {
  const list = await api('GET', '/webhooks/deliveries?limit=100');
  document.querySelector('#deliveries tbody').replaceChildren(...list.data.map(deliveryRow));
}

const LOADERS = { jobs: loadJobs, clock: loadClock, scenarios: loadScenarios, journal: loadJournal,
  webhooks: loadDeliveries };

function currentView() {
  const view = location.hash.slice(1);
  return LOADERS[view] ? view : 'jobs';
}

async function showView() {
  const view = currentView();
  document.querySelectorAll('[data-view]').forEach(section => { section.hidden = section.dataset.view !== view; });
  try { await LOADERS[view](); } catch (e) { show(view + ': ' + e.message, false); }
}

// Jobs do not tick: their state is derived from timelines, so the table is re-read while any job
// is under way, and when the event stream reports a request (which may have made or changed one).
let jobsReload = null;
function reloadJobsSoon() {
  if (currentView() !== 'jobs' || jobsReload) return;
  jobsReload = setTimeout(() => { jobsReload = null; loadJobs().catch(e => show('jobs: ' + e.message, false)); }, 100);
}

function pollJobs() {
  const running = document.querySelector('#jobs tbody tr[data-status=queued], #jobs tbody tr[data-status=in_progress]');
  if (running && !document.hidden) reloadJobsSoon();
}

function listen() {
  const live = document.getElementById('live');
  const source = new EventSource('/__emulator/ui/events');
  source.onopen = () => { live.textContent = 'live'; };
  source.onerror = () => { live.textContent = 'reconnecting…'; };
  source.addEventListener('journal', event => {
    const entry = JSON.parse(event.data);
    reloadJobsSoon();
    if (currentView() === 'journal' && journalShows(entry)) {
      const body = document.querySelector('#journal tbody');
      body.insertBefore(journalRow(entry), body.firstChild);
      while (body.rows.length > 100) body.deleteRow(body.rows.length - 1);
    }
  });
  // More came than the stream sends at once: the list is read again instead.
  source.addEventListener('gap', () => {
    reloadJobsSoon();
    if (currentView() === 'journal' || currentView() === 'webhooks') showView();
  });
  source.addEventListener('delivery', event => {
    if (currentView() !== 'webhooks') return;
    const body = document.querySelector('#deliveries tbody');
    body.insertBefore(deliveryRow(JSON.parse(event.data)), body.firstChild);
  });
}

function home() {
  window.addEventListener('hashchange', showView);
  document.getElementById('job-filters').addEventListener('submit', e => { e.preventDefault(); jobsPage = 0; showView(); });
  document.getElementById('jobs-prev').addEventListener('click', () => { jobsPage = Math.max(0, jobsPage - 1); loadJobs(); });
  document.getElementById('jobs-next').addEventListener('click', () => { jobsPage += 1; loadJobs(); });
  document.getElementById('journal-filters').addEventListener('submit', e => { e.preventDefault(); showView(); });
  document.querySelectorAll('[data-clock]').forEach(button => button.addEventListener('click', async () => {
    const verb = button.dataset.clock;
    const params = new URLSearchParams(clockTarget());
    if (verb === 'advance') params.set('by', document.querySelector('#clock-form [name=by]').value.trim());
    const answer = await act('clock ' + verb, 'POST', '/clock/' + verb + (params.toString() ? '?' + params : ''));
    if (answer) document.getElementById('clock-state').textContent = JSON.stringify(answer, null, 2);
  }));
  document.getElementById('reset-all').addEventListener('click', () => {
    const target = clockTarget();
    act('reset', 'POST', '/reset' + (target ? '?' + target : ''));
  });
  document.getElementById('scenario-form').addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    const test = form.elements.test_id.value.trim();
    const answer = await act('add scenario', 'POST', '/scenarios' + (test ? '?test_id=' + encodeURIComponent(test) : ''),
      form.elements.yaml.value, 'application/yaml');
    if (answer) loadScenarios();
  });
  setInterval(pollJobs, 1000);
  listen();
  showView();
}

// ---- a job's page ----

async function loadJob(id) {
  const detail = await api('GET', '/jobs/' + encodeURIComponent(id) + '/details');
  const job = detail.job;
  document.getElementById('job-title').textContent = 'Job ' + job.id;
  document.getElementById('job-status').textContent = job.status;
  document.getElementById('job-progress').value = job.progress;
  document.getElementById('job-percent').textContent = job.progress + '%';
  document.getElementById('job-model').textContent = job.profile + ' / ' + job.model + ', ' + job.width + 'x'
    + job.height + ', ' + job.seconds + ' s';
  document.getElementById('job-owner').textContent = mask(job.key) + ' / ' + (job.test_id || '(none)');
  document.getElementById('job-times').textContent = time(job.created_at) + ' / ' + (time(job.completed_at) || '–');
  document.getElementById('job-error').textContent = job.error ? job.error.code + ': ' + job.error.message : 'none';
  const timeline = Object.assign({}, detail.timeline, { starts_at_iso: time(detail.timeline.starts_at),
    ends_at_iso: time(detail.timeline.ends_at), expires_at: time(detail.expires_at) });
  document.getElementById('job-timeline').textContent = JSON.stringify(timeline, null, 2);
  document.getElementById('job-spec').textContent = JSON.stringify({ spec: detail.spec, origin: detail.origin,
    prompt: job.prompt, scenario: job.scenario }, null, 2);
  document.getElementById('job-details').textContent = JSON.stringify(detail.details, null, 2);
  return job;
}

function jobPage() {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const content = E + '/jobs/' + encodeURIComponent(id) + '/content?variant=';
  const video = document.getElementById('job-video');
  let mediaShown = false;
  const refresh = async () => {
    try {
      const job = await loadJob(id);
      if (!mediaShown) {
        mediaShown = true;
        video.src = content + 'video';
        document.getElementById('job-thumbnail').src = content + 'thumbnail';
        document.getElementById('job-spritesheet').src = content + 'spritesheet';
      }
      return job;
    } catch (e) {
      show(e.message, false);
      return null;
    }
  };
  document.querySelectorAll('[data-action]').forEach(button => button.addEventListener('click', async () => {
    const form = document.getElementById('job-actions');
    const action = button.dataset.action;
    const path = '/jobs/' + encodeURIComponent(id);
    if (action === 'delete') {
      if (await act('delete', 'DELETE', path)) location.href = '/__emulator/ui#jobs';
      return;
    }
    const params = new URLSearchParams();
    if (action === 'fail') { params.set('code', form.elements.code.value); params.set('message', form.elements.message.value); }
    if (action === 'progress') params.set('value', form.elements.value.value);
    await act(action, 'POST', path + '/' + action + (params.toString() ? '?' + params : ''));
    refresh();
  }));
  refresh();
  setInterval(async () => {
    const status = document.getElementById('job-status').textContent;
    if (!document.hidden && (status === 'queued' || status === 'in_progress')) refresh();
  }, 1000);
}

// ---- a journal entry's page ----

async function entryPage() {
  const id = location.pathname.split('/').pop();
  try {
    const entry = await api('GET', '/journal/' + encodeURIComponent(id));
    document.getElementById('entry-title').textContent = 'Request ' + entry.id + ': ' + entry.method + ' ' + entry.path;
    const summary = document.getElementById('entry-summary');
    [['Time', time(entry.time)], ['Query', entry.query], ['Profile', entry.profile], ['Key', mask(entry.key)],
      ['Test id', entry.test_id], ['Status', entry.status], ['Duration', entry.duration_ms + ' ms'],
      ['Scenario', entry.scenario]].forEach(([name, value]) => {
      summary.appendChild(el('dt', name));
      summary.appendChild(el('dd', value == null ? '–' : value));
    });
    const request = entry.request || { headers: [], body: null, body_bytes: 0, body_truncated: false };
    document.querySelector('#entry-headers tbody').replaceChildren(...request.headers.map(h => row([h.name, h.value])));
    document.getElementById('entry-body-title').textContent = 'Body (' + request.body_bytes + ' bytes'
      + (request.body_truncated ? ', truncated' : '') + (request.body == null && request.body_bytes > 0 ? ', not kept' : '') + ')';
    document.getElementById('entry-body').textContent = request.body == null ? '' : request.body;
  } catch (e) {
    show(e.message, false);
  }
}

// One HTML page for all three: the path says which part to show.
document.addEventListener('DOMContentLoaded', () => {
  const page = /\/ui\/jobs\/[^/]+$/.test(location.pathname) ? 'job'
    : /\/ui\/journal\/[^/]+$/.test(location.pathname) ? 'entry' : 'home';
  document.querySelector('[data-page=' + page + ']').hidden = false;
  ({ home, job: jobPage, entry: entryPage })[page]();
});
