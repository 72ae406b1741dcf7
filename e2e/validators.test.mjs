// Proof-of-Creation on a real network: four validators (Alice, Bob, Charlie, Dave) and a fifth
// node, Eve's, on a `local-fast` chain (2-second slots, 40-second sessions). Eve's node makes its
// session keys (`author_rotateKeysWithOwner`), she registers them (`session.setKeys`) and
// becomes a candidate with a bond. Her reputation is above the weakest validator's (the chain
// spec names her a founder with a larger seed than theirs), and the set has four seats (set by
// Alice's sudo key, which this spec adds), so at the next session boundary the election seats
// her in place of the weakest: from the session after, her node authors blocks and the
// validator she outranked authors none.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';

import {
  HOOK_TIMEOUT_MS, UNIT, connect, devAccounts, nodeBinary, rpc, sleep, startNode, startValidators,
  stopNodes, submitInBlock as submit, tempBasePath,
} from './lib/node.mjs';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];
/// Eve's founding seed: above the 2 500 each genesis validator holds.
const EVE_SEED = 3_000;

/// The authors of the next `count` blocks after `from`, as polkadot.js reads them (the BABE
/// pre-digest's authority index in the session's validators).
async function authorsOf(api, count) {
  const authors = [];
  let last = (await api.rpc.chain.getHeader()).number.toNumber();
  const deadline = Date.now() + count * 10_000;
  while (authors.length < count && Date.now() < deadline) {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    for (let n = last + 1; n <= head && authors.length < count; n += 1) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const header = await api.derive.chain.getHeader(hash);
      authors.push(header.author.toString());
    }
    last = head;
    await sleep(1_000);
  }
  return authors;
}

/// Waits until the active set (`session.validators`) satisfies `check`; returns it.
async function waitForSet(api, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const set = (await api.query.session.validators()).map((v) => v.toString());
    if (check(set)) return set;
    await sleep(2_000);
  }
  throw new Error(`the validator set did not change as expected within ${timeoutMs} ms`);
}

describe('validators elected by reputation: a fifth node joins the set', () => {
  const nodes = [];
  const dir = tempBasePath('atelier-validators-');
  let k;
  let api;
  let eveNode;
  let registeredAt;

  before(async () => {
    await cryptoWaitReady();
    k = await devAccounts(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve']);
    // The `local-fast` chain, with Eve named a founder whose seed exceeds each validator's.
    const spec = JSON.parse(execFileSync(nodeBinary(), ['build-spec', '--chain', 'local-fast'], {
      maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    }).toString());
    const patch = spec.genesis.runtimeGenesis.patch;
    patch.reputation.founders.push([k.eve.address, EVE_SEED]);
    patch.reputation.seedHorizon = 2 * patch.reputation.founders.reduce((sum, [, seed]) => sum + seed, 0);
    patch.sudo = { key: k.alice.address };
    const specPath = join(dir, 'local-fast-eve.json');
    writeFileSync(specPath, JSON.stringify(spec));

    await startValidators({ chain: specPath, names: VALIDATORS, nodes });
    const peerId = (await rpc(nodes[0], 'system_localPeerId')).result;
    // Eve's node: a validator with an empty keystore (no `--eve`: it makes its own keys).
    eveNode = await startNode({
      name: 'eve',
      args: [
        '--chain', specPath, '--validator', '--unsafe-force-node-key-generation',
        '--bootnodes', `/ip4/127.0.0.1/tcp/${nodes[0].p2pPort}/p2p/${peerId}`,
      ],
    });
    nodes.push(eveNode);
    api = await connect(nodes[0]);
    // Four seats: a fifth candidate must outrank a validator to take its seat.
    await submit(api, api.tx.sudo.sudo(api.tx.governance.setParameter({
      Validators: {
        Election: [null, { seats: 4, minValidators: 3, maxSeatChanges: 1, minBond: 10_000n * UNIT, minTier: 0 }],
      },
    })), k.alice);
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes(nodes, api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('the genesis set authors; a candidate registers her node\'s keys and a bond', async () => {
    const genesisSet = (await api.query.session.validators()).map((v) => v.toString());
    assert.deepEqual([...genesisSet].sort(), VALIDATORS.map((n) => k[n].address).sort());

    // Her node makes the keys and proves she owns them.
    const owner = u8aToHex(decodeAddress(k.eve.address));
    const reply = await rpc(eveNode, 'author_rotateKeysWithOwner', [owner]);
    assert.equal(reply.error, undefined, JSON.stringify(reply.error));
    const { keys, proof } = reply.result;
    assert.equal((await rpc(eveNode, 'author_hasSessionKeys', [keys])).result, true);

    // Without keys on chain, candidacy is refused.
    await assert.rejects(
      submit(api, api.tx.validators.registerCandidate(20_000n * UNIT), k.eve),
      /validators\.NoSessionKeys/,
    );
    // Keys with a proof made for another account are refused.
    await assert.rejects(
      submit(api, api.tx.session.setKeys(keys, proof), k.bob),
      /session\.InvalidProof/,
    );
    await submit(api, api.tx.session.setKeys(keys, proof), k.eve);
    const { blockHash, events } = await submit(api, api.tx.validators.registerCandidate(20_000n * UNIT), k.eve);
    assert.ok(events.some(({ event }) => api.events.validators.CandidateRegistered.is(event)));
    registeredAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  });

  test('at the next session boundary she is elected, her node authors, and the weakest stops', async (t) => {
    // Ties in reputation (the four validators' seeds are equal) and bond fall to the account:
    // the highest account id is the weakest.
    const weakest = VALIDATORS.map((n) => k[n].address)
      .sort((a, b) => Buffer.compare(Buffer.from(decodeAddress(a)), Buffer.from(decodeAddress(b))))
      .pop();

    // Elected at one boundary, active from the next: two sessions of 40 s at most, and a margin.
    const set = await waitForSet(api, (s) => s.includes(k.eve.address), 180_000);
    assert.equal(set.length, 4);
    assert.ok(!set.includes(weakest), `${weakest} left the set: ${set}`);

    const authors = await authorsOf(api, 30);
    assert.ok(authors.includes(k.eve.address), `Eve's node authored in ${authors.length} blocks`);
    assert.ok(!authors.includes(weakest), 'the validator she outranked authored nothing');

    // The handover, block by block: elected at a boundary, in the set from the next, her first
    // block (the figure in docs/build.md).
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    let electedAt;
    let activeFrom;
    let firstBlock;
    for (let n = registeredAt; n <= head && firstBlock === undefined; n += 1) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const at = await api.at(hash);
      if (electedAt === undefined) {
        const events = await at.query.system.events();
        if (events.some(({ event }) => api.events.validators.NewSet.is(event)
          && event.data.entered.some((who) => who.toString() === k.eve.address))) electedAt = n;
      } else if (activeFrom === undefined) {
        if ((await at.query.session.validators()).some((v) => v.toString() === k.eve.address)) activeFrom = n;
      }
      if (activeFrom !== undefined && (await api.derive.chain.getHeader(hash)).author?.toString() === k.eve.address) {
        firstBlock = n;
      }
    }
    assert.ok(electedAt && activeFrom && firstBlock, `elected #${electedAt}, active #${activeFrom}, first block #${firstBlock}`);
    t.diagnostic(`handover: registered #${registeredAt}, elected #${electedAt}, in the set from #${activeFrom}, `
      + `her first block #${firstBlock} (${activeFrom - electedAt} blocks to enact, ${firstBlock - activeFrom} more to author)`);

    // Finality goes on across the handover.
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(best - finalized < 20, `finality keeps up: best ${best}, finalized ${finalized}`);
  });
});
