// Serves the built app (dist/) and forwards /inference/* to a worker's inference service, so the
// page fetches outputs from its own origin (no CORS, and the service's bearer token, if any,
// stays on the server: ATELIER_INFERENCE_TOKEN).
//
//   node serve.mjs [--host 127.0.0.1] [--port 8000] [--inference http://127.0.0.1:8090]
//
// Prints `Atelier Studio on http://host:port/` once it listens. Node.js only, no packages.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const host = option('host', '127.0.0.1');
const port = Number(option('port', '8000'));
const inference = option('inference', 'http://127.0.0.1:8090').replace(/\/$/, '');
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), option('dist', 'dist'));
const token = process.env.ATELIER_INFERENCE_TOKEN;

if (!existsSync(join(root, 'index.html'))) {
  console.error(`no built app in ${root}: run \`npm run build\` in app/ first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.wasm': 'application/wasm',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/inference/')) {
    // Only the service's read-only routes: its answers and its outputs.
    const path = url.pathname.slice('/inference'.length);
    if (req.method !== 'GET' || !/^\/v1\/(jobs\/\d+|outputs\/(0x)?[0-9a-f]{64}\.png|sizes)$/.test(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const upstream = await fetch(`${inference}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`the inference service at ${inference} did not answer: ${error.message}`);
    }
    return;
  }
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  const { port: bound } = server.address();
  console.log(`Atelier Studio on http://${host}:${bound}/ (inference service: ${inference})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
