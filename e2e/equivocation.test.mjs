// An equivocating validator pays for it, on real nodes: Alice's session keys run on two nodes
// of one `dev-fast` chain at once, so both author a block in her slots. A node that imports the
// other's block for a slot it saw a block of hers for already proves the equivocation (two
// headers she signed for one slot) with a key-ownership proof from `historical`, and submits the
// report; `pallet-offences` records the offence and `pallet-validators` slashes her bond to the
// reserve and reports the offence to reputation.

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
    // The second node holds Alice's keys too (`--alice`) and authors as she does.
    nodes.push(await startNode({
      name: 'alice-twin',
      args: [
        '--chain', 'dev-fast', '--alice', '--validator', '--force-authoring',
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

    // Watch the chain for the offence and the slash.
    const seen = { offence: null, slashed: null };
    const unsubscribe = await api.query.system.events((events) => {
      for (const { event } of events) {
        if (api.events.offences.Offence.is(event)) seen.offence = event;
        if (api.events.validators.Slashed.is(event)) seen.slashed = event;
      }
    });
    const deadline = Date.now() + 180_000;
    while (!(seen.offence && seen.slashed) && Date.now() < deadline) await sleep(1_000);
    unsubscribe();

    assert.ok(seen.offence, 'pallet-offences recorded the equivocation');
    assert.equal(seen.offence.data.kind.toHex(), api.createType('[u8; 16]', 'babe:equivocatio').toHex());
    assert.ok(seen.slashed, 'pallet-validators slashed the offender');
    assert.equal(seen.slashed.data.who.toString(), k.alice.address);
    const slashed = seen.slashed.data.amount.toBigInt();
    assert.ok(slashed > 0n, 'something was taken');
    // Her candidacy ended: what is left of her bond unbonds over longer than the report window
    // (a later session's equivocation, until the twin stops, is slashed again).
    assert.ok((await api.query.validators.candidates(k.alice.address)).isNone);
    const unbonding = (await api.query.validators.unbonding(k.alice.address)).unwrap();
    assert.ok(unbonding.amount.toBigInt() <= bondBefore - slashed);
  });
});
