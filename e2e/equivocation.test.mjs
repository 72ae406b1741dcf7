// An equivocating validator pays for it, on real nodes: Alice's session keys run on two nodes
// of one `dev-fast` chain at once, so both author a block in her slots. A node that imports the
// other's block for a slot it saw a block of hers for already proves the equivocation (two
// sealed headers she signed for one slot: the node's equivocation reporter, node/src/
// equivocation.rs) with a key-ownership proof from `historical`, and submits the report;
// `pallet-offences` records the offence and `pallet-validators` slashes her bond to the reserve
// and reports the offence to reputation.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, connect, devAccounts, rpc, sleep, startConnected, startNode, stopNodes,
} from './lib/node.mjs';

describe('equivocation: one validator\'s keys on two nodes is reported and slashed on chain', () => {
  const nodes = [];
  let api;
  let k;

  before(async () => {
    k = await devAccounts(['Alice']);
    const first = await startConnected({ args: DEV_FAST });
    nodes.push(first.node);
    api = first.api;
    const peerId = (await rpc(first.node, 'system_localPeerId')).result;
    // The second node holds Alice's keys too (`--alice`) and authors as she does. It does not
    // vote on finality: two GRANDPA voters with one key would sign conflicting votes, and the
    // first node's voter stops on the justifications that result (finality equivocations are
    // reported through the same offences pallet; this suite proves BABE's).
    nodes.push(await startNode({
      name: 'alice-twin',
      args: [
        '--chain', 'dev-fast', '--alice', '--validator', '--force-authoring', '--no-grandpa',
        '--unsafe-force-node-key-generation',
        '--bootnodes', `/ip4/127.0.0.1/tcp/${first.node.p2pPort}/p2p/${peerId}`,
      ],
    }));
    await connect(nodes[1]).then((twin) => twin.disconnect());
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes(nodes, api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('the report lands, and her bond is slashed to the reserve', async () => {
    const bondBefore = (await api.query.validators.candidates(k.alice.address)).unwrap().bond.toBigInt();

    // Until the twin stops, the two nodes build competing forks: judge the finalized chain.
    // Her candidacy ends with the first slash; then the twin is stopped.
    const deadline = Date.now() + 180_000;
    let finalized;
    for (;;) {
      finalized = await api.rpc.chain.getFinalizedHead();
      if ((await (await api.at(finalized)).query.validators.candidates(k.alice.address)).isNone) break;
      assert.ok(Date.now() < deadline, 'no slash was finalized within 3 minutes');
      await sleep(1_000);
    }
    nodes[1].child.kill('SIGTERM');
    await nodes[1].exited;

    // The finalized chain holds the offence and the slash.
    let offence;
    let slashed;
    const last = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
    for (let n = 1; n <= last && !(offence && slashed); n += 1) {
      const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
      for (const { event } of events) {
        if (api.events.offences.Offence.is(event)) offence ??= event;
        if (api.events.validators.Slashed.is(event)) slashed ??= event;
      }
    }
    assert.ok(offence, 'pallet-offences recorded the equivocation');
    assert.equal(Buffer.from(offence.data.kind.toU8a()).toString(), 'babe:equivocatio');
    assert.ok(slashed, 'pallet-validators slashed the offender');
    assert.equal(slashed.data.who.toString(), k.alice.address);
    const amount = slashed.data.amount.toBigInt();
    assert.equal(amount, bondBefore / 10n, 'a tenth of her bond (the default equivocation slash)');
    // What is left of her bond unbonds over longer than the report window (less, if the twin
    // equivocated in a later session too before it stopped: each session's is slashed).
    const unbonding = (await (await api.at(finalized)).query.validators.unbonding(k.alice.address)).unwrap();
    assert.ok(unbonding.amount.toBigInt() <= bondBefore - amount);
    assert.ok(unbonding.unlockAt.toNumber() > (await api.query.session.currentIndex()).toNumber() + 168);
  });
});
