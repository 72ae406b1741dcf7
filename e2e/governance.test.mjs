// End to end: governance on the four-validator `local-fast` chain (the `local` network with every
// referendum track's periods divided by 1 200; no sudo key), driven by polkadot.js. The genesis
// names a founding electorate (Alice, Bob, Charlie, Dave and the two founding attestors, 2 500
// points of seed each); an attacker selling outputs back and forth between its own accounts
// (issue 25, attack 1) earns no vote. Alice proposes raising the compute market's fee floor on
// the economic parameters track (a preimage, a submission, the decision deposit); the founders
// vote with their weights, read their standing over JSON-RPC, and the referendum confirms and is
// enacted: the compute market's base fee follows the new floor. Then the root track authorizes a
// runtime upgrade (a second wasm, one spec_version higher, built by
// `runtime/upgrade-test-wasm`), anyone applies it, and the four validators go on with it.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import {
  HOOK_TIMEOUT_MS, MICRO, UNIT, connect, devAccounts, eventData, registerEarningModel, rpc, sleep, startValidators,
  stopNodes, submitFinalized, submitInBlock as submit, upgradeTestWasm, waitForFinalized,
} from './lib/node.mjs';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];
const SEED = 2_500;

async function voter(node, who) {
  const answer = await rpc(node, 'governance_voter', [who]);
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  return answer.result;
}

/// Polls `check` once a second until it returns a truthy value, at most `timeoutMs`.
async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await sleep(1000);
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

describe('governance on the local-fast chain (4 validators, no sudo)', () => {
  const nodes = [];
  let api;
  let k;
  let model;

  before(async () => {
    k = await devAccounts();
    await startValidators({ chain: 'local-fast', names: VALIDATORS, nodes });
    api = await connect(nodes[0]);
    // Charlie's model, on his dataset; the genesis attestors attest the dataset and Charlie bonds
    // the model: it may earn.
    ({ model } = await registerEarningModel(api, k.charlie, { name: 'letterforms' }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes(nodes, api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('no key rules the chain: there is no sudo key', async () => {
    assert.ok((await api.query.sudo.key()).isNone);
    assert.equal((await api.query.babe.authorities()).length, 4);
  });

  test('the founding electorate votes from genesis; selling to oneself buys no vote', async () => {
    const bob = await voter(nodes[0], k.bob.address);
    assert.equal(bob.weight, SEED);
    // Six founders' seeds, whole while the community's own score is zero.
    assert.equal(bob.electorate, 6 * SEED);
    assert.deepEqual(bob.open, []);
    // Attack 1: Eve mints outputs and sells them back and forth with Ferdie (her own second
    // account) as external sales, each paying the royalty stack, four times. The declared price
    // counts for nothing; only the reserve's share left her control (2% and the minimum
    // royalty), worth no point at 20 ATL a point; and any point would mature for four weeks
    // before it voted.
    const { events } = await submit(api, api.tx.provenance.mintOutput(model, null, blake2AsHex('loop'), [], [], null, 100_000_000), k.eve);
    const output = eventData(api, events, 'provenance', 'OutputMinted').output.toNumber();
    let [seller, buyer] = [k.eve, k.ferdie];
    for (let round = 0; round < 4; round += 1) {
      await submit(api, api.tx.royalties.recordExternalSale(output, buyer.address, 'Native', 100n * UNIT), seller);
      const { events: accepted } = await submit(api, api.tx.royalties.acceptExternalSale(output, 'Native', 100n * UNIT), buyer);
      assert.ok(!accepted.some(({ event }) => api.events.reputation.Credited.is(event)), 'no point for a sale to oneself');
      [seller, buyer] = [buyer, seller];
    }
    for (const who of [k.eve, k.ferdie]) {
      assert.equal((await voter(nodes[0], who.address)).weight, 0);
      const rep = (await rpc(nodes[0], 'reputation_of', [who.address])).result;
      assert.deepEqual([rep.score, rep.maturing], [0, 0]);
    }
    // Bad input is a JSON-RPC error object.
    assert.equal((await rpc(nodes[0], 'governance_voter', ['not an address'])).error.code, -32602);
  });

  // The two referenda run at once, each on its own track and clock (a signer's transactions
  // still go one at a time): the economic one is decided and enacted while the root one
  // prepares, and the upgrade comes after.
  describe('referenda on two tracks at once', { concurrency: true }, () => {
    test('an economic parameters referendum passes on reputation votes and is enacted', async () => {
      const floor = 5n * MICRO;
      const ceiling = UNIT;
      const proposal = api.tx.governance.setParameter({
        Compute: { BaseFeeBounds: [null, { floor, ceiling }] },
      });
      // The call polkadot.js encodes is the runtime's: Governance (26) set_parameter (3),
      // RuntimeParameters::Compute (1), BaseFeeBounds (1), Some, floor and ceiling as u128.
      const u128 = (v) => api.createType('u128', v).toU8a();
      assert.equal(
        proposal.method.toHex(),
        u8aToHex(u8aConcat([26, 3, 1, 1, 1], u128(floor), u128(ceiling))),
      );
      const bytes = proposal.method.toHex();
      const hash = blake2AsHex(bytes);
      const len = proposal.method.encodedLength;

      await submit(api, api.tx.preimage.notePreimage(bytes), k.alice);
      let { events } = await submit(
        api,
        api.tx.referenda.submit({ Governance: 'EconomicParameters' }, { Lookup: { hash, len } }, { After: 0 }),
        k.alice,
      );
      const submitted = eventData(api, events, 'referenda', 'Submitted');
      const index = submitted.index.toNumber();
      assert.equal(submitted.track.toNumber(), 2);
      await submit(api, api.tx.referenda.placeDecisionDeposit(index), k.alice);

      // Eve, the self-dealer, cannot vote; the founders vote with their weights.
      await assert.rejects(submit(api, api.tx.governance.vote(index, false), k.eve), /governance\.NoVoteWeight/);
      for (const founder of [k.alice, k.bob, k.charlie, k.dave]) {
        ({ events } = await submit(api, api.tx.governance.vote(index, true), founder));
        assert.equal(eventData(api, events, 'governance', 'Voted').weight.toNumber(), SEED);
      }
      const bob = await voter(nodes[0], k.bob.address);
      const poll = bob.open.find((p) => p.index === index);
      assert.ok(poll, 'the referendum is open to Bob');
      assert.deepEqual([poll.track, poll.voted, poll.votedWeight, poll.ayes], [2, 'aye', SEED, 4 * SEED]);

      // Prepare (1 block), confirm (12 blocks), enact (1 block) at a 1 200th of the real periods.
      await waitFor('the referendum was approved', async () => {
        const info = await api.query.referenda.referendumInfoFor(index);
        return info.isSome && info.unwrap().isApproved;
      }, 300_000);
      const fee = await waitFor('the base fee follows the new floor', async () => {
        const base = (await api.query.computeMarket.baseFee('Cpu')).toBigInt();
        return base >= floor ? base : 0n;
      }, 120_000);
      assert.equal(fee, floor);

      // The vote is over: anyone removes Bob's vote, which frees his lock.
      ({ events } = await submit(api, api.tx.governance.removeOtherVote(k.bob.address, index), k.eve));
      assert.equal(eventData(api, events, 'governance', 'VoteRemoved').weight.toNumber(), SEED);
    });

    test('a root referendum authorizes a runtime upgrade, anyone applies it, and the network runs it', async () => {
      const code = upgradeTestWasm();
      const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
      const proposal = api.tx.system.authorizeUpgrade(blake2AsHex(code));
      const bytes = proposal.method.toHex();
      await submit(api, api.tx.preimage.notePreimage(bytes), k.alice);
      let { events } = await submit(
        api,
        api.tx.referenda.submit({ system: 'Root' }, { Lookup: { hash: blake2AsHex(bytes), len: proposal.method.encodedLength } }, { After: 0 }),
        k.alice,
      );
      const submitted = eventData(api, events, 'referenda', 'Submitted');
      const index = submitted.index.toNumber();
      assert.equal(submitted.track.toNumber(), 0);
      await submit(api, api.tx.referenda.placeDecisionDeposit(index), k.alice);
      for (const founder of [k.alice, k.bob, k.charlie, k.dave]) {
        await submit(api, api.tx.governance.vote(index, true), founder);
      }
      // Root's periods at a 1 200th: 12 blocks to prepare, 12 to confirm, 12 before enactment.
      await waitFor('the upgrade was authorized', async () => (await api.query.system.authorizedUpgrade()).isSome, 600_000);
      // Nobody can apply other code under the authorization.
      await assert.rejects(submit(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code.subarray(0, code.length - 1))), k.eve));
      // polkadot.js 16.5 cannot decode the events of the block that applies the code: `api.at`
      // on it fails with "Unable to decode storage system.events" (it looks the events' type up
      // in another registry than the one it connected with), and the events a transaction's
      // status carries come back empty the same way, depending on when it swaps registries. So
      // the upgrade is proven by its effects: the authorization is spent, the new runtime reports
      // the new version, and `Executive` records it in `system.lastRuntimeUpgrade`.
      await submitFinalized(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), k.eve);
      assert.ok((await api.query.system.authorizedUpgrade()).isNone, 'the authorization is spent');
      const after = await waitFor('the new runtime runs', async () => {
        const version = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
        return version === before + 1 ? version : 0;
      }, 120_000);
      assert.equal(after, before + 1);
      assert.equal((await api.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber(), before + 1);
      // The four validators keep producing and finalizing blocks with the new runtime.
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      await waitForFinalized(api, head + 3, 180_000);
    });
  });
});
