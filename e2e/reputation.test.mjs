// End to end: reputation on a real dev node, driven by polkadot.js. Bob stakes ATL and reads his
// score over JSON-RPC; his stake counts nothing without creation, so the high-compute class
// refuses his job. He creates (a model's output he mints and sells): the sale credits him by
// what it paid the reserve, 20 ATL a point, and the points mature for four weeks before they
// count (the runtime tests take the chain past that); his soulbound item cannot be moved.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, MICRO, UNIT, devAccounts, eventData, registerEarningModel, rpc, startConnected, stopNodes,
  submitInBlock as submit,
} from './lib/node.mjs';

async function reputationOf(node, who) {
  const answer = await rpc(node, 'reputation_of', [who]);
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  return answer.result;
}

describe('reputation: stake, create, reach a tier, use the high-compute class, on a real node', () => {
  let node;
  let api;
  let k;
  let model;

  before(async () => {
    k = await devAccounts(['Bob', 'Charlie', 'Eve']);
    ({ node, api } = await startConnected({ args: DEV_FAST }));
    // Charlie's model, on his dataset; the genesis attestors attest the dataset and Charlie bonds
    // the model: it may earn.
    ({ model } = await registerEarningModel(api, k.charlie, { name: 'type specimens' }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });


  test('a stake alone counts for nothing, and the high-compute class refuses its owner', async () => {
    const { events } = await submit(api, api.tx.reputation.stake(1_000n * UNIT), k.bob);
    const item = eventData(api, events, 'reputation', 'ItemMinted').item.toNumber();
    const rep = await reputationOf(node, k.bob.address);
    assert.equal(rep.staked, (1_000n * UNIT).toString());
    assert.equal(rep.item, item);
    assert.deepEqual([rep.score, rep.tier, rep.creation, rep.countedStakePoints], [0, 0, 0, 0]);
    assert.equal(rep.nextTierAt, 100);
    assert.equal(rep.nextTierNeeds, 100);

    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await assert.rejects(
      submit(api, api.tx.computeMarket.submitJob(model, 'DatacenterGpu', 1_000, MICRO, 0, blake2AsHex('input'), now + 100, 'Required'), k.bob),
      /computeMarket\.TierTooLow/,
    );
    // Bad input gets a JSON-RPC error object.
    assert.equal((await rpc(node, 'reputation_of', ['not an address'])).error.code, -32602);
  });

  test('creation is credited by what left his control, and matures before it counts', async () => {
    // Bob mints an output of Charlie's model and sells it to Eve for 10 000 ATL: the sale pays
    // the reserve 2%, 200 ATL, 10 points.
    let { events } = await submit(api, api.tx.provenance.mintOutput(model, null, blake2AsHex('poster'), [], [], null, 100_000_000), k.bob);
    const output = eventData(api, events, 'provenance', 'OutputMinted').output.toNumber();
    await submit(api, api.tx.royalties.list(output, 'Native', 10_000n * UNIT), k.bob);
    const listing = (await api.query.royalties.listings(output)).unwrap().id.toNumber();
    ({ events } = await submit(api, api.tx.royalties.buy(output, listing, 'Native', 10_000n * UNIT), k.eve));
    const credited = eventData(api, events, 'reputation', 'Credited');
    assert.equal(credited.who.toString(), k.bob.address);
    assert.equal(credited.points.toNumber(), 10);

    const rep = await reputationOf(node, k.bob.address);
    assert.deepEqual([rep.maturing, rep.creation, rep.score, rep.tier], [10, 0, 0, 0]);

    // Wallets and explorers read the item's attributes from pallet-nfts.
    const collection = (await api.query.reputation.reputationCollection()).unwrap();
    const attribute = async (key) => {
      const value = await api.query.nfts.attribute(collection, rep.item, 'Pallet', key);
      return Buffer.from(value.unwrap()[0].toU8a(true)).toString();
    };
    assert.equal(await attribute('tier'), '0');
    assert.equal(await attribute('score'), '0');
  });

  test('the item cannot be moved or burnt', async () => {
    const collection = (await api.query.reputation.reputationCollection()).unwrap();
    const { item } = await reputationOf(node, k.bob.address);
    await assert.rejects(submit(api, api.tx.nfts.transfer(collection, item, k.eve.address), k.bob), /nfts\.ItemLocked/);
    await assert.rejects(submit(api, api.tx.nfts.burn(collection, item), k.bob), /nfts\.ItemLocked/);
  });

  test('until it has matured, the high-compute class still refuses the job', async () => {
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await assert.rejects(
      submit(api, api.tx.computeMarket.submitJob(model, 'DatacenterGpu', 1_000, MICRO, 0, blake2AsHex('input'), now + 100, 'Required'), k.bob),
      /computeMarket\.TierTooLow/,
    );
  });
});
