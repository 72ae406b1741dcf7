// End to end: spot checks on three real nodes. Each GPU worker runs its own node and its own
// reference inference service: Ferdie and Eve honestly, Dave with a service that answers half its
// jobs with noise (`--lie-rate 0.5`). Studios submit jobs; the workers' off-chain workers serve
// them and settle their receipts; two blocks after each settlement the chain draws jobs to check
// with BABE's VRF output, and the drawn checker's off-chain worker re-runs the job through its own
// service, commits to its answer and reveals it. Over the run the liar is caught and slashed
// (as a worker whose receipt was wrong, or as a checker whose answer was), the honest workers
// never, and the share of jobs checked matches the rate within a binomial bound.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, MICRO, UNIT, connect, devAccounts, devKeyring, registerEarningModel, rpc, sleep,
  startInference, startNode, stopInference, stopNodes, submitInBlock,
} from './lib/node.mjs';

/// The job sizes the reference service serves.
const SIZES = { minUnits: 48, maxUnits: 100_000 };
/// Jobs in the run, from two studios (each may queue 16).
const JOBS = 30;
/// The base chance of a check set for the run: a worker without a reputation tier (all three)
/// is checked twice as often.
const RATE = 250_000_000n; // 25%, in parts per billion
const EFFECTIVE_RATE = 0.5;

describe('spot checks: a lying worker is caught by the others, on three nodes', () => {
  const nodes = [];
  const services = [];
  let api;
  let k;
  const workers = {};

  /// The `atel` key's proof of possession for `address` on this chain.
  function keyProof(pair, address) {
    const payload = u8aConcat(
      compactAddLength(stringToU8a('atelier/compute-market/worker-key/v1')),
      api.genesisHash.toU8a(),
      decodeAddress(address),
    );
    return u8aToHex(pair.sign(payload));
  }

  before(async () => {
    k = await devAccounts(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']);
    const plan = [
      { name: 'ferdie', account: k.ferdie, lieRate: 0 },
      { name: 'eve', account: k.eve, lieRate: 0 },
      { name: 'dave', account: k.dave, lieRate: 0.5 },
    ];
    let bootnode;
    for (const { name, account, lieRate } of plan) {
      const service = await startInference({ args: lieRate ? ['--lie-rate', String(lieRate)] : [] });
      services.push(service);
      const args = [
        '--offchain-worker', 'always', '--inference-endpoint', service.url, '--worker-account', account.address,
        '--node-key', randomBytes(32).toString('hex'),
      ];
      // The first node is the dev chain's validator; the others follow it as peers.
      const node = await startNode({
        name,
        args: bootnode ? ['--chain', 'dev-fast', '--bootnodes', bootnode, ...args] : [...DEV_FAST, ...args],
      });
      nodes.push(node);
      if (!bootnode) {
        const peerId = (await rpc(node, 'system_localPeerId')).result;
        bootnode = `/ip4/127.0.0.1/tcp/${node.p2pPort}/p2p/${peerId}`;
      }
      const uri = `//${name}//atel`;
      const pair = devKeyring().addFromUri(uri);
      workers[name] = { account, node, service, pair, uri, public: u8aToHex(pair.publicKey) };
    }
    api = await connect(nodes[0]);
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes(nodes, api);
    await Promise.all(services.map(stopInference));
  }, { timeout: HOOK_TIMEOUT_MS });

  test('three workers, each on its own node, register; checks are set to a rate the run can see', async () => {
    // The peers follow the chain.
    for (const node of nodes.slice(1)) {
      const deadline = Date.now() + 60_000;
      let peers = 0;
      while (Date.now() < deadline && peers < 1) {
        peers = (await rpc(node, 'system_health')).result.peers;
        if (peers < 1) await sleep(500);
      }
      assert.ok(peers >= 1, `${node.name} has a peer; log: ${node.logPath}`);
    }
    const { model } = await registerEarningModel(api, k.charlie, { name: 'spot-check portraits' });
    assert.equal(model, 0);
    await submitInBlock(api, api.tx.sudo.sudo(api.tx.governance.setParameter({
      Compute: { SpotChecks: [null, {
        rate: RATE, maxRate: 1_000_000_000n, slashFactor: 25, window: 20, share: 50_000_000n,
      }] },
    })), k.alice);
    const stake = 1_000n * UNIT;
    for (const { account, node, pair, uri, public: key } of Object.values(workers)) {
      // Each worker's key goes into its own node's keystore.
      const inserted = await rpc(node, 'author_insertKey', ['atel', uri, key]);
      assert.equal(inserted.error, undefined, JSON.stringify(inserted.error));
      await submitInBlock(
        api, api.tx.computeMarket.registerWorker(stake, 10_000, 'Cpu', SIZES, key, keyProof(pair, account.address)),
        account,
      );
    }
    const active = await api.query.computeMarket.activeWorkers('Cpu');
    assert.deepEqual(active.map(String).sort(), Object.values(workers).map((w) => w.account.address).sort());
  });

  test('over a run of jobs the liar is caught and slashed, the honest workers never', async () => {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const submissions = [];
    for (let i = 0; i < JOBS; i += 1) {
      const input = blake2AsHex(`a portrait, take ${i}`);
      submissions.push(api.tx.computeMarket.submitJob(0, 'Cpu', 200, 2n * MICRO, 0, input, head + 80, 'Required'));
    }
    const half = JOBS / 2;
    await Promise.all([
      submitInBlock(api, api.tx.utility.batchAll(submissions.slice(0, half)), k.bob),
      submitInBlock(api, api.tx.utility.batchAll(submissions.slice(half)), k.alice),
    ]);

    // Every finalized block's compute-market events, until every job has settled and every
    // draw and check has ended.
    const seen = [];
    let settled = 0;
    let openCheckStatus;
    const unsubscribe = await api.rpc.chain.subscribeFinalizedHeads(async (header) => {
      const events = await (await api.at(header.hash)).query.system.events();
      for (const { event } of events) {
        if (event.section !== 'computeMarket') continue;
        seen.push({ block: header.number.toNumber(), method: event.method, data: event.data });
        if (event.method === 'JobSettled') settled += 1;
      }
    });
    const deadline = Date.now() + 300_000;
    for (;;) {
      // The state the events seen so far lead to: the finalized head's.
      const finalizedHash = await api.rpc.chain.getFinalizedHead();
      const finalized = await api.at(finalizedHash);
      const [checks, sampling] = await Promise.all([
        finalized.query.computeMarket.checks.entries(), finalized.query.computeMarket.sampling.entries(),
      ]);
      if (!openCheckStatus && checks.length > 0) {
        // A studio sees the check over JSON-RPC while it is open.
        const job = checks[0][0].args[0].toNumber();
        openCheckStatus = (await rpc(nodes[0], 'computeMarket_jobStatus', [job, finalizedHash.toHex()])).result;
      }
      if (settled >= JOBS && checks.length === 0 && sampling.length === 0) break;
      assert.ok(Date.now() < deadline, `the run did not end: ${settled} settled, ${checks.length} checks open; logs: ${nodes.map((n) => n.logPath).join(' ')}`);
      await sleep(1_000);
    }
    unsubscribe();
    const counts = {};
    for (const e of seen) counts[e.method] = (counts[e.method] ?? 0) + 1;
    console.log(`ℹ events: ${JSON.stringify(counts)}`);

    const of = (method) => seen.filter((e) => e.method === method);
    const dave = workers.dave.account.address;
    const honest = [workers.ferdie.account.address, workers.eve.account.address];
    const failed = of('CheckFailed').map((e) => ({ wrong: e.data.wrong.toString(), receipt: e.data.receiptWrong.isTrue }));
    assert.ok(failed.some((f) => f.wrong === dave), `the liar was caught: ${JSON.stringify(failed)}`);
    assert.ok(failed.every((f) => f.wrong === dave), `only the liar was proved wrong: ${JSON.stringify(failed)}`);
    const missed = of('CheckerMissed').map((e) => e.data.checker.toString());
    assert.deepEqual(missed.filter((who) => honest.includes(who)), [], 'the honest checkers answered in time');

    // Slashed: the liar's stake is below what it registered; the honest stakes are whole.
    const stakeOf = async (who) => (await api.query.computeMarket.workers(who)).unwrap().stake.toBigInt();
    assert.ok(await stakeOf(dave) < 1_000n * UNIT, 'the liar lost stake');
    for (const who of honest) assert.equal(await stakeOf(who), 1_000n * UNIT);

    // Its record, over JSON-RPC.
    const record = (await rpc(nodes[0], 'computeMarket_workerChecks', [dave])).result;
    assert.equal(record.failed, failed.length);
    assert.ok(record.lastFailed !== null);
    for (const who of honest) {
      assert.equal((await rpc(nodes[0], 'computeMarket_workerChecks', [who])).result.failed, 0);
    }
    const bad = await rpc(nodes[0], 'computeMarket_workerChecks', ['not an address']);
    assert.equal(bad.error.code, -32602);

    // The check a studio saw while it was open.
    assert.ok(openCheckStatus?.check, `a job showed its open check: ${JSON.stringify(openCheckStatus)}`);
    assert.ok(['drawing', 'commit', 'reveal'].includes(openCheckStatus.check.stage));

    // The share of the honest workers' jobs that was drawn for a check matches the rate (a
    // worker without a tier: twice the base) within three standard deviations of the binomial.
    let drawn = 0;
    let checked = 0;
    for (const e of of('SampleDrawn')) {
      if (!honest.includes(e.data.worker.toString())) continue;
      drawn += e.data.jobs.toNumber();
      checked += e.data.checked.toNumber();
    }
    const sigma = Math.sqrt(drawn * EFFECTIVE_RATE * (1 - EFFECTIVE_RATE));
    console.log(`ℹ honest workers: ${checked} of ${drawn} jobs checked (rate ${EFFECTIVE_RATE}); liar proved wrong ${failed.length} times`);
    assert.ok(drawn >= 10, `the honest workers served most jobs: ${drawn}`);
    assert.ok(Math.abs(checked - drawn * EFFECTIVE_RATE) <= 3 * sigma + 1, `${checked} of ${drawn} checked`);
  });
});
