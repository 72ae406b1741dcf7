// Starts and stops real `atelier-node` processes for the end-to-end tests.
//
// The binary is $ATELIER_NODE, or target/release/atelier-node under $CARGO_TARGET_DIR (the same
// default as scripts/test.sh). Each node gets free ports, so tests never collide with a dev chain
// already running on 9944.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsHex, encodeAddress } from '@polkadot/util-crypto';

// A setup or teardown hook (starting or stopping nodes) that takes longer than this fails instead
// of hanging the run; each test has its own limit, scripts/test.sh's --test-timeout.
export const HOOK_TIMEOUT_MS = 300_000;

/// The upgrade-test wasm (the runtime one spec_version higher) that scripts/test.sh builds with
/// `cargo build -p atelier-runtime-upgrade-test-wasm --features build`.
export function upgradeTestWasm() {
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/atelier/target');
  const path = join(target, 'release', 'wbuild', 'atelier-runtime', 'atelier_runtime_upgraded.compact.compressed.wasm');
  if (!existsSync(path)) throw new Error(`the upgrade-test wasm is not at ${path}: build it first`);
  return readFileSync(path);
}

export function nodeBinary() {
  if (process.env.ATELIER_NODE) return process.env.ATELIER_NODE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/atelier/target');
  const path = join(target, 'release', 'atelier-node');
  if (!existsSync(path)) throw new Error(`atelier-node not found at ${path}: build it first`);
  return path;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function tempBasePath(prefix = 'atelier-e2e-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/// The flags of a dev node on the `dev-fast` chain: the dev chain with 2-second slots (the
/// runtime's `dev_fast` preset), so a suite that waits for blocks waits a third as long. The
/// suites that test what a user runs (the dev node, the README's journey, the local network, a
/// launch) keep the 6-second chains.
export const DEV_FAST = ['--dev', '--chain', 'dev-fast'];

/// A running node. `args` are extra CLI flags; the log goes to <basePath>/node.log.
export async function startNode({ basePath, args = ['--dev'], name = 'node' } = {}) {
  basePath ??= tempBasePath();
  const rpcPort = await freePort();
  const prometheusPort = await freePort();
  const p2pPort = await freePort();
  const log = createWriteStream(join(basePath, `${name}.log`), { flags: 'a' });
  const child = spawn(
    nodeBinary(),
    [
      ...args,
      '--base-path', basePath,
      '--rpc-port', String(rpcPort),
      '--prometheus-port', String(prometheusPort),
      '--port', String(p2pPort),
      '--no-telemetry',
      '--no-mdns',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const node = {
    child, basePath, rpcPort, prometheusPort, p2pPort, exited,
    rpcUrl: `http://127.0.0.1:${rpcPort}`,
    wsUrl: `ws://127.0.0.1:${rpcPort}`,
    logPath: join(basePath, `${name}.log`),
  };
  await waitForRpc(node);
  return node;
}

/// Stops a node with SIGINT (a clean shutdown that flushes the database) and waits for it.
export async function stopNode(node, timeoutMs = 60_000) {
  if (node.child.exitCode !== null) return node.exited;
  node.child.kill('SIGINT');
  const timer = setTimeout(() => node.child.kill('SIGKILL'), timeoutMs);
  const result = await node.exited;
  clearTimeout(timer);
  return result;
}

/// A raw JSON-RPC call over HTTP; returns the parsed response object (result or error).
export async function rpc(node, method, params = []) {
  const response = await fetch(node.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return response.json();
}

async function waitForRpc(node, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null) {
      await sleep(200);
      const tail = readFileSync(node.logPath, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`atelier-node exited early (code ${node.child.exitCode}):\n${tail}`);
    }
    try {
      const response = await rpc(node, 'system_health');
      if (response.result) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`atelier-node RPC did not come up within ${timeoutMs} ms; see ${node.logPath}`);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function connect(node) {
  return ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true, throwOnConnect: true });
}

/// Resolves once the chain has finalized block `number` (or a later one).
export async function waitForFinalized(api, number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const head = await api.rpc.chain.getFinalizedHead();
    const header = await api.rpc.chain.getHeader(head);
    if (header.number.toNumber() >= number) return header.number.toNumber();
    await sleep(1000);
  }
  throw new Error(`block ${number} was not finalized within ${timeoutMs} ms`);
}

// One transaction at a time per signer: polkadot.js takes the nonce from the node when it
// signs, so two transactions of one account signed before either reaches the pool would get the
// same nonce. Tests that run concurrently in one suite (and share accounts) wait their turn here.
const signerQueues = new Map();

function oneAtATime(signer, run) {
  const previous = signerQueues.get(signer.address) ?? Promise.resolve();
  const next = previous.then(run);
  signerQueues.set(signer.address, next.catch(() => {}));
  return next;
}

/// Signs and submits `tx`, resolving with the events of its block once that block is finalized.
/// Rejects if the pool refuses it or the extrinsic fails (with the decoded module error).
export function submitFinalized(api, tx, signer) {
  return oneAtATime(signer, () => new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsubscribe();
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          reject(new Error(`${section}.${name}`));
        } else {
          reject(new Error(dispatchError.toString()));
        }
        return;
      }
      if (status.isFinalized) {
        unsubscribe();
        resolve({ blockHash: status.asFinalized, events });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsubscribe = u; }, reject);
  }));
}

export function inferenceBinary() {
  if (process.env.ATELIER_INFERENCE) return process.env.ATELIER_INFERENCE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/atelier/target');
  const path = join(target, 'release', 'atelier-inference');
  if (!existsSync(path)) throw new Error(`atelier-inference not found at ${path}: build it first`);
  return path;
}

/// Starts the reference inference service on a free port; resolves once /health answers.
export async function startInference({ outDir } = {}) {
  outDir ??= tempBasePath('atelier-inference-');
  const port = await freePort();
  const logPath = join(outDir, 'inference.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(inferenceBinary(), ['--listen', `127.0.0.1:${port}`, '--out-dir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const service = { child, exited, outDir, logPath, url: `http://127.0.0.1:${port}` };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`atelier-inference exited early; see ${logPath}`);
    try {
      if ((await fetch(`${service.url}/health`)).ok) return service;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`atelier-inference did not come up; see ${logPath}`);
}

export async function stopInference(service) {
  if (service.child.exitCode !== null) return service.exited;
  service.child.kill('SIGTERM');
  return service.exited;
}

/// Signs and submits `tx`, resolving with its block's hash and events once it is in a block.
/// Rejects with `section.Name` if it fails, or with the pool's verdict if it is refused.
export function submitInBlock(api, tx, signer) {
  return oneAtATime(signer, () => new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsubscribe();
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          reject(new Error(`${section}.${name}`));
        } else {
          reject(new Error(dispatchError.toString()));
        }
      } else if (status.isInBlock) {
        unsubscribe();
        resolve({ blockHash: status.asInBlock, events });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsubscribe = u; }, reject);
  }));
}

/// The data of the first `section.method` event among `events`; fails the test if there is none.
export function eventData(api, events, section, method) {
  const found = events.find(({ event }) => api.events[section][method].is(event));
  assert.ok(found, `${section}.${method} emitted; the events were ${events.map(({ event }) => `${event.section}.${event.method} ${JSON.stringify(event.data.toHuman())}`).join(', ')}`);
  return found.event.data;
}

/// A pallet's account: `modl` + its 8-byte pallet id, zero-padded to 32 bytes, as SS58.
export const palletAccount = (id) => encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(id), new Uint8Array(20)), 42);

/// The reserve's account (`PalletId(*b"atl/resv")`), where every fee share arrives.
export const RESERVE = palletAccount('atl/resv');

/// Blocks in a day (6-second blocks).
export const DAY_BLOCKS = 14_400;

/// The test presets' genesis attestors (`//Alice//stash`, `//Bob//stash`): two, the quorum.
export function attestors() {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return ['//Alice//stash', '//Bob//stash'].map((uri) => keyring.addFromUri(uri));
}

/// The genesis attestors attest `dataset` for every use (uses 7: training, generative training,
/// inference) for 30 days; then, unless `model` is null, `owner` bonds `model`. A model earns
/// only once every dataset up its lineage is attested and every model in it bonded.
export async function clearToEarn(api, dataset, model, owner) {
  const expires = (await api.rpc.chain.getHeader()).number.toNumber() + 30 * DAY_BLOCKS;
  for (const attestor of attestors()) {
    await submitInBlock(api, api.tx.attestation.attest(dataset, 7, blake2AsHex(`evidence for ${dataset}`), expires), attestor);
  }
  if (model !== null) await submitInBlock(api, api.tx.attestation.bondModel(model), owner);
}
