// Serves the built app (dist/) and forwards /inference/* to a worker's inference service, so the
// page fetches outputs from its own origin (no CORS).
//
//   node serve.mjs [--host 127.0.0.1] [--port 8000] [--inference http://127.0.0.1:8090]
//                  [--node http://127.0.0.1:9944]
//
// The forwarder answers only GET of /v1/jobs/<id>, /v1/outputs/<hash>.png and /v1/sizes, as JSON
// or PNG whatever the service says, never following a redirect, within 30 seconds and 8 MiB.
// A service's bearer token (ATELIER_INFERENCE_TOKEN) protects a job's answer from the spot
// checkers who must re-run the job rather than copy it: the forwarder sends it for
// /v1/jobs/<id> only once the node (--node, in sync) has closed the job, so that it can no longer
// be checked, and for an output only by a hash it has answered for such a job.
//
// Prints `Atelier Studio on http://host:port/` once it listens. Node.js only, no packages.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const host = option('host', '127.0.0.1');
const port = Number(option('port', '8000'));
const inference = option('inference', 'http://127.0.0.1:8090').replace(/\/$/, '');
const nodeRpc = option('node', 'http://127.0.0.1:9944').replace(/^ws/, 'http');
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), option('dist', 'dist'));
const token = process.env.ATELIER_INFERENCE_TOKEN;
const MAX_BODY = 8 * 1024 * 1024;
/// Output hashes answered for jobs without an open check: the only outputs fetched with the token.
const released = new Set();

if (!existsSync(join(root, 'index.html'))) {
  console.error(`no built app in ${root}: run \`npm run build\` in app/ first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.wasm': 'application/wasm',
};

/// The storage key of `ComputeMarket::NextJobId` (twox128 of the pallet's and the item's names);
/// e2e/studio.test.mjs checks it against the chain's metadata.
const NEXT_JOB_ID_KEY = '0xb02879368940a40c73d2e19eef002b2989d2615a6c039ab69295c7ae0d7359fd';

async function nodeCall(method, params) {
  const response = await fetch(nodeRpc, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  const { result, error } = await response.json();
  if (error) throw new Error(error.message);
  return result;
}

/// Whether `job` can no longer be spot-checked: the node, in sync, knows the job existed (its id
/// is below the next one) and has closed it (`computeMarket_jobStatus` is null: settled and past
/// its challenge period, or expired or refused). A settled job with no check open yet is not
/// enough: a check is drawn blocks after settlement, and a requester may ask for one until the
/// challenge period ends.
async function checkClosed(job) {
  const [status, next, health] = await Promise.all([
    nodeCall('computeMarket_jobStatus', [Number(job)]),
    nodeCall('state_getStorage', [NEXT_JOB_ID_KEY]),
    nodeCall('system_health', []),
  ]);
  if (status !== null || health.isSyncing || typeof next !== 'string') return false;
  const bytes = Buffer.from(next.slice(2), 'hex');
  return bytes.length === 8 && BigInt(job) < bytes.readBigUInt64LE(0);
}

async function forward(path, res) {
  const job = /^\/v1\/jobs\/(\d{1,15})$/.exec(path);
  const output = /^\/v1\/outputs\/((?:0x)?[0-9a-f]{64})\.png$/.exec(path);
  if (!job && !output && path !== '/v1/sizes') {
    res.writeHead(404).end();
    return;
  }
  let authorise = false;
  if (token && job) authorise = await checkClosed(job[1]);
  if (token && output) authorise = released.has(output[1].replace(/^0x/, ''));
  const upstream = await fetch(`${inference}${path}`, {
    headers: authorise ? { authorization: `Bearer ${token}` } : {},
    redirect: 'error',
    signal: AbortSignal.timeout(30_000),
  });
  if (Number(upstream.headers.get('content-length') ?? 0) > MAX_BODY) throw new Error('the answer is larger than 8 MiB');
  const body = Buffer.from(await upstream.arrayBuffer());
  if (body.length > MAX_BODY) throw new Error('the answer is larger than 8 MiB');
  if (upstream.ok && job && token) {
    try {
      const hash = JSON.parse(body.toString('utf8')).output_hash;
      if (/^0x[0-9a-f]{64}$/.test(hash) && released.size < 100_000) released.add(hash.slice(2));
    } catch {
      // Not an answer: nothing to release.
    }
  }
  // The type is the route's, whatever the service says, and the answer cannot run as a page.
  res.writeHead(upstream.status, {
    'content-type': output ? 'image/png' : 'application/json',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'no-store',
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/inference/')) {
      if (req.method !== 'GET') {
        res.writeHead(405).end();
        return;
      }
      try {
        await forward(url.pathname.slice('/inference'.length), res);
      } catch (error) {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`the inference service at ${inference} did not answer: ${error.message}`);
      }
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  } catch {
    // A malformed address (bad percent-encoding): refused, and the server goes on.
    if (!res.headersSent) res.writeHead(400);
    res.end();
  }
});

server.listen(port, host, () => {
  const { port: bound } = server.address();
  console.log(`Atelier Studio on http://${host}:${bound}/ (inference service: ${inference})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
