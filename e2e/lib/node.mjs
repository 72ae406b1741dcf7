// Starts and stops real `atelier-node` processes for the end-to-end tests.
//
// The binary is $ATELIER_NODE, or target/release/atelier-node under $CARGO_TARGET_DIR (the same
// default as scripts/test.sh). Each node gets free ports, so tests never collide with a dev chain
// already running on 9944.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { compactAddLength, hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';

// A setup or teardown hook (starting or stopping nodes) that takes longer than this fails instead
// of hanging the run; each test has its own limit, scripts/test.sh's --test-timeout.
export const HOOK_TIMEOUT_MS = 300_000;

/// One ATL (12 decimals).
export const UNIT = 10n ** 12n;

/// A millionth of an ATL.
export const MICRO = 10n ** 6n;

/// One aUSD, the stablecoin (6 decimals).
export const DOLLAR = 10n ** 6n;

/// The upgrade-test wasm (the runtime one spec_version higher) that scripts/test.sh builds with
/// `cargo build --workspace --features atelier-runtime-upgrade-test-wasm/build`.
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
    child, basePath, args, name, rpcPort, prometheusPort, p2pPort, exited,
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

/// A suite's teardown: disconnects `api` if there is one, then stops `nodes` (skipping any that
/// never started) together.
export async function stopNodes(nodes, api) {
  await api?.disconnect();
  await Promise.all(nodes.filter(Boolean).map((node) => stopNode(node)));
}

/// A running node (`startNode`'s options) and a polkadot.js client connected to it, as
/// `{ node, api }`. On `dev-fast` it checks first that the chain has the 2-second slots the
/// suites count on, as the node reads them (`BabeApi_configuration`) and as the metadata says.
/// If anything fails, the node is stopped before the error is thrown.
export async function startConnected(options) {
  const node = await startNode(options);
  let api;
  try {
    api = await connect(node);
    if (options?.args?.includes('dev-fast')) {
      const reply = await rpc(node, 'state_call', ['BabeApi_configuration', '0x']);
      // BabeConfiguration's first two fields: the slot duration and the epoch length.
      const [slot, epoch] = api.createType('(u64, u64)', hexToU8a(reply.result).subarray(0, 16));
      assert.equal(slot.toNumber(), 2_000, 'the slot the node reads');
      assert.equal(epoch.toNumber(), 20, 'the epoch the node reads');
      assert.equal(api.consts.babe.expectedBlockTime.toNumber(), 2_000, 'the slot the metadata shows');
      assert.equal(api.consts.babe.epochDuration.toNumber(), 20, 'the epoch the metadata shows');
    }
    return { node, api };
  } catch (error) {
    await api?.disconnect();
    await stopNode(node);
    throw error;
  }
}

/// Running validators of `chain`, one for each of `names` (`alice` runs with `--alice`), each
/// with a random node key; the first is the others' bootnode. Each is pushed to `nodes` as it
/// starts (so that a suite's teardown stops them even if its setup times out), which resolves
/// with them in the order of `names`; if one fails to start, those already running are stopped.
export async function startValidators({ chain, names, nodes = [] }) {
  try {
    let bootnode;
    for (const name of names) {
      const args = [
        '--chain', chain, `--${name}`, '--validator',
        '--node-key', randomBytes(32).toString('hex'),
      ];
      if (bootnode) args.push('--bootnodes', bootnode);
      const node = await startNode({ args, name });
      nodes.push(node);
      if (!bootnode) {
        const peerId = (await rpc(node, 'system_localPeerId')).result;
        bootnode = `/ip4/127.0.0.1/tcp/${node.p2pPort}/p2p/${peerId}`;
      }
    }
  } catch (error) {
    await stopNodes(nodes);
    throw error;
  }
  return nodes;
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

/// Resolves once the chain has finalized block `number` (or a later one), asking every
/// `pollMs`.
export async function waitForFinalized(api, number, timeoutMs = 120_000, pollMs = 1000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const head = await api.rpc.chain.getFinalizedHead();
    const header = await api.rpc.chain.getHeader(head);
    if (header.number.toNumber() >= number) return header.number.toNumber();
    await sleep(pollMs);
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

/// Signs and submits `tx`, resolving with its block's hash and events once its status reaches
/// `stage` (`InBlock` or `Finalized`). Rejects with `section.Name` if it fails, or with the
/// pool's verdict if it is refused.
function submitUntil(api, tx, signer, stage) {
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
      } else if (status[`is${stage}`]) {
        unsubscribe();
        resolve({ blockHash: status[`as${stage}`], events });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsubscribe = u; }, reject);
  }));
}

/// Signs and submits `tx`, resolving with the events of its block once that block is finalized.
/// Rejects if the pool refuses it or the extrinsic fails (with the decoded module error).
export function submitFinalized(api, tx, signer) {
  return submitUntil(api, tx, signer, 'Finalized');
}

export function inferenceBinary() {
  if (process.env.ATELIER_INFERENCE) return process.env.ATELIER_INFERENCE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/atelier/target');
  const path = join(target, 'release', 'atelier-inference');
  if (!existsSync(path)) throw new Error(`atelier-inference not found at ${path}: build it first`);
  return path;
}

export function oracleBinary() {
  if (process.env.ATELIER_ORACLE) return process.env.ATELIER_ORACLE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/atelier/target');
  const path = join(target, 'release', 'atelier-oracle');
  if (!existsSync(path)) throw new Error(`atelier-oracle not found at ${path}: build it first`);
  return path;
}

/// Starts the reference inference service on a free port, with extra flags `args` (such as
/// `--lie-rate 0.5`); resolves once /health answers.
export async function startInference({ outDir, args = [] } = {}) {
  outDir ??= tempBasePath('atelier-inference-');
  const port = await freePort();
  const logPath = join(outDir, 'inference.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(inferenceBinary(), ['--listen', `127.0.0.1:${port}`, '--out-dir', outDir, ...args], {
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
  return submitUntil(api, tx, signer, 'InBlock');
}

/// The data of the first `section.method` event among `events`; fails the test if there is none.
export function eventData(api, events, section, method) {
  const found = events.find(({ event }) => api.events[section][method].is(event));
  assert.ok(found, `${section}.${method} emitted; the events were ${events.map(({ event }) => `${event.section}.${event.method} ${JSON.stringify(event.data.toHuman())}`).join(', ')}`);
  return found.event.data;
}

/// What a receipt carries for the output of `job` whose hash is `hash` (0x-hex): the commitment
/// blake2_256(SCALE(("atelier/output/v1", job as u64, hash))), as 0x-hex.
export function outputCommitment(job, hash) {
  const id = new Uint8Array(8);
  new DataView(id.buffer).setBigUint64(0, BigInt(job), true);
  return blake2AsHex(u8aConcat(compactAddLength(stringToU8a('atelier/output/v1')), id, hexToU8a(hash)));
}

/// A pallet's account: `modl` + its 8-byte pallet id, zero-padded to 32 bytes, as SS58.
export const palletAccount = (id) => encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(id), new Uint8Array(20)), 42);

/// The reserve's account (`PalletId(*b"atl/resv")`), where every fee share arrives.
export const RESERVE = palletAccount('atl/resv');

/// Blocks in a day: the runtime's periods are stated in blocks of 6 seconds (on the 2-second
/// test chains a day's blocks pass in 8 hours).
export const DAY_BLOCKS = 14_400;

/// A keyring as the chain's wallets use: sr25519 pairs, generic Substrate addresses (SS58 42).
export function devKeyring() {
  return new Keyring({ type: 'sr25519', ss58Format: 42 });
}

/// The dev accounts `names` (`Alice` is `//Alice`) as an object keyed by lowercase name
/// (`{ alice, bob, ... }`), once the crypto is ready.
export async function devAccounts(names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
  await cryptoWaitReady();
  const keyring = devKeyring();
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/// The test presets' genesis attestors (`//Alice//stash`, `//Bob//stash`): two, the quorum.
export function attestors() {
  const keyring = devKeyring();
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

/// A licence allowing every use: training, generative training and inference.
export const OPEN_LICENCE = { training: 'Allowed', generativeTraining: 'Allowed', inference: 'Allowed' };

/// `datasetOwner` registers a dataset (the hash of `name`, the open licence, `contributors`);
/// `owner` registers a model trained on it alone (the hash of `weights`, the royalty `split`).
/// Resolves with both ids, `{ dataset, model }`. Neither is attested or bonded: the model cannot
/// earn yet.
export async function registerModel(api, owner, {
  name,
  contributors = [[owner.address, 1]],
  datasetOwner = owner,
  weights = 'weights',
  split = { datasets: 200_000_000, baseModel: 0 },
}) {
  let { events } = await submitInBlock(
    api, api.tx.provenance.registerDataset(blake2AsHex(name), OPEN_LICENCE, contributors), datasetOwner,
  );
  const dataset = eventData(api, events, 'provenance', 'DatasetRegistered').dataset.toNumber();
  ({ events } = await submitInBlock(
    api, api.tx.provenance.registerModel(null, [dataset], [], blake2AsHex(weights), split), owner,
  ));
  const model = eventData(api, events, 'provenance', 'ModelRegistered').model.toNumber();
  return { dataset, model };
}

/// `registerModel`, then the genesis attestors attest the dataset and `owner` bonds the model
/// (`clearToEarn`): a model that may earn. Resolves with `{ dataset, model }`.
export async function registerEarningModel(api, owner, options) {
  const { dataset, model } = await registerModel(api, owner, options);
  await clearToEarn(api, dataset, model, owner);
  return { dataset, model };
}
