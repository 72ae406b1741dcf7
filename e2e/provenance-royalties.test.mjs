// End to end: provenance and royalties on a real dev node, driven by polkadot.js as creators
// would. Dave registers a dataset; Charlie registers a model trained on it; Eve mints an output
// and Ferdie a remix of it; Ferdie sells the remix to Bob for ATL and Eve sells her output to
// Alice for aUSD. Every recipient accrues exactly what `royalties_preview` promised, the reserve
// is paid directly, claims pay out, and `pallet-nfts` cannot move the items around the royalties.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import {
  DEV_FAST, DOLLAR, HOOK_TIMEOUT_MS, RESERVE, UNIT, devAccounts, eventData, registerEarningModel, rpc, startConnected,
  stopNodes, submitInBlock as submit,
} from './lib/node.mjs';

const USD = 1;

describe('provenance and royalties: mint a lineage, sell it, pay everyone, on a real node', () => {
  let node;
  let api;
  let k;
  let model, parent, remix;

  before(async () => {
    k = await devAccounts();
    ({ node, api } = await startConnected({ args: DEV_FAST }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('a dataset, a model trained on it, an output and a remix are minted as NFTs', async () => {
    // Dave's dataset; 40% of Charlie's licensing share to it (Dave 3/4, Bob 1/4), the rest his.
    // The genesis attestors attest the dataset and Charlie bonds the model: it may earn.
    let dataset;
    ({ dataset, model } = await registerEarningModel(api, k.charlie, {
      name: 'bauhaus posters, 1919-1933',
      contributors: [[k.dave.address, 3], [k.bob.address, 1]],
      datasetOwner: k.dave,
      weights: 'weights v1',
      split: { datasets: 400_000_000, baseModel: 0 },
    }));
    // The owner's part is named by model (it goes to the model's shareholders if it issues
    // shares); the dataset's contributors by account.
    const licensees = (await api.query.provenance.models(model)).unwrap().licensees.map(([who, share]) =>
      [who.isOwner ? `owner of ${who.asOwner.toNumber()}` : who.asAccount.toString(), share.toNumber()]);
    assert.deepEqual(licensees, [[`owner of ${model}`, 600_000_000], [k.dave.address, 300_000_000], [k.bob.address, 100_000_000]]);

    let { events } = await submit(
      api,
      api.tx.provenance.mintOutput(model, null, blake2AsHex('poster 1'), [blake2AsHex('a poster')], [], null, 100_000_000),
      k.eve,
    );
    parent = eventData(api, events, 'provenance', 'OutputMinted').output.toNumber();
    ({ events } = await submit(
      api,
      api.tx.provenance.mintOutput(model, null, blake2AsHex('poster 2'), [], [parent], blake2AsHex('c2pa manifest'), 50_000_000),
      k.ferdie,
    ));
    remix = eventData(api, events, 'provenance', 'OutputMinted').output.toNumber();

    // Wallets read the item's owner and attributes from pallet-nfts.
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    const item = (await api.query.nfts.item(outputs, remix)).unwrap();
    assert.equal(item.owner.toString(), k.ferdie.address);

    // The lineage over JSON-RPC: the model and the parent at depth 1, the dataset at 2.
    const lineage = await rpc(node, 'provenance_lineage', [{ kind: 'output', id: remix }, 4]);
    assert.equal(lineage.error, undefined, JSON.stringify(lineage.error));
    assert.deepEqual(
      lineage.result.ancestors.map((a) => [a.item.kind, a.item.id, a.depth]),
      [['model', model, 1], ['output', parent, 1], ['dataset', dataset, 2]],
    );
    assert.equal(lineage.result.ancestors[1].owner, k.eve.address);
    assert.equal((await rpc(node, 'provenance_lineage', [{ kind: 'output', id: 999 }, 4])).result, null);
    assert.equal((await rpc(node, 'provenance_lineage', [{ kind: 'song', id: 1 }, 4])).error.code, -32602);
  });

  test('pallet-nfts refuses to move a provenance NFT', async () => {
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    await assert.rejects(submit(api, api.tx.nfts.transfer(outputs, remix, k.bob.address), k.ferdie), /nfts\.ItemLocked/);
    await assert.rejects(submit(api, api.tx.nfts.burn(outputs, remix), k.ferdie), /nfts\.ItemLocked/);
  });

  test('a sale in ATL pays the seller, the reserve and everyone upstream exactly as previewed', async () => {
    const price = 1_000n * UNIT;
    const preview = await rpc(node, 'royalties_preview', [remix, price.toString()]);
    assert.equal(preview.error, undefined, JSON.stringify(preview.error));
    const payouts = Object.fromEntries(preview.result.payouts.map((p) => [p.account, BigInt(p.amount)]));
    const total = Object.values(payouts).reduce((a, b) => a + b, 0n);
    assert.equal(BigInt(preview.result.sellerProceeds) + BigInt(preview.result.reserve) + total, price);
    // Ferdie 5% + model 10% + parents 10% + reserve 2% = 27%: proceeds 73%.
    assert.equal(BigInt(preview.result.sellerProceeds), 730n * UNIT);
    assert.equal(payouts[k.ferdie.address], 50n * UNIT);
    assert.equal((await rpc(node, 'royalties_preview', [remix, '0'])).error.code, -32602);
    assert.equal((await rpc(node, 'royalties_preview', [remix, 'lots'])).error.code, -32602);
    assert.equal((await rpc(node, 'royalties_preview', [999, '10'])).result, null);

    const listed = await submit(api, api.tx.royalties.list(remix, 'Native', price), k.ferdie);
    const listing = eventData(api, listed.events, 'royalties', 'Listed').listing;
    const free = async (who, at) => (await (await api.at(at)).query.system.account(who)).data.free.toBigInt();
    const { blockHash, events } = await submit(api, api.tx.royalties.buy(remix, listing, 'Native', price), k.bob);
    const sold = eventData(api, events, 'royalties', 'Sold');
    assert.equal(sold.royalties.toBigInt(), 270n * UNIT);
    const parentHash = (await api.rpc.chain.getHeader(blockHash)).parentHash;

    // Ferdie paid no fee in that block; the reserve only received the sale's share.
    assert.equal(await free(k.ferdie.address, blockHash) - await free(k.ferdie.address, parentHash), 730n * UNIT);
    assert.equal(await free(RESERVE, blockHash) - await free(RESERVE, parentHash), BigInt(preview.result.reserve));
    for (const [who, amount] of Object.entries(payouts)) {
      const accrued = await (await api.at(blockHash)).query.royalties.accrued(who, 'Native', model);
      assert.equal(accrued.amount.toBigInt(), amount, `${who} accrued its preview`);
    }
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    assert.equal((await api.query.nfts.item(outputs, remix)).unwrap().owner.toString(), k.bob.address);

    // Dave claims what accrued to him (no one else may claim it for him).
    const claim = await submit(api, api.tx.royalties.claim(k.dave.address, 'Native', model), k.dave);
    const claimed = eventData(api, claim.events, 'royalties', 'Claimed');
    assert.equal(claimed.amount.toBigInt(), payouts[k.dave.address]);
    const fee = eventData(api, claim.events, 'transactionPayment', 'TransactionFeePaid').actualFee.toBigInt();
    const before = await free(k.dave.address, (await api.rpc.chain.getHeader(claim.blockHash)).parentHash);
    assert.equal(await free(k.dave.address, claim.blockHash) - before, payouts[k.dave.address] - fee);
  });

  test('a sale in the stablecoin splits in the stablecoin', async () => {
    const price = 200n * DOLLAR;
    const preview = await rpc(node, 'royalties_preview', [parent, price.toString()]);
    const listed = await submit(api, api.tx.royalties.list(parent, { Asset: USD }, price), k.eve);
    const listing = eventData(api, listed.events, 'royalties', 'Listed').listing;
    const usd = async (who, at) => {
      const account = await (await api.at(at)).query.assets.account(USD, who);
      return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
    };
    const { blockHash } = await submit(api, api.tx.royalties.buy(parent, listing, { Asset: USD }, price), k.alice);
    const parentHash = (await api.rpc.chain.getHeader(blockHash)).parentHash;
    assert.equal(await usd(k.alice.address, parentHash) - await usd(k.alice.address, blockHash), price);
    assert.equal(await usd(k.eve.address, blockHash) - await usd(k.eve.address, parentHash), BigInt(preview.result.sellerProceeds));
    assert.equal(await usd(RESERVE, blockHash) - await usd(RESERVE, parentHash), BigInt(preview.result.reserve));
    for (const p of preview.result.payouts) {
      const accrued = await (await api.at(blockHash)).query.royalties.accrued(p.account, { Asset: USD }, model);
      assert.equal(accrued.amount.toBigInt(), BigInt(p.amount));
    }
  });

  test('attack: a listing switched to the stablecoin under a pending buy fails the buy', async () => {
    // Alice owns `parent` now. She lists at 5 ATL, Charlie's buy is built against that listing,
    // then she relists at 4 aUSD (a smaller number: 6 decimals against 12).
    const first = await submit(api, api.tx.royalties.list(parent, 'Native', 5n * UNIT), k.alice);
    const seen = eventData(api, first.events, 'royalties', 'Listed').listing;
    await submit(api, api.tx.royalties.list(parent, { Asset: USD }, 4n * DOLLAR), k.alice);
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    await assert.rejects(
      submit(api, api.tx.royalties.buy(parent, seen, 'Native', 5n * UNIT), k.charlie),
      /royalties\.ListingChanged/,
    );
    assert.equal((await api.query.nfts.item(outputs, parent)).unwrap().owner.toString(), k.alice.address);
    await submit(api, api.tx.royalties.unlist(parent), k.alice);
  });

  test('attack: an external sale moves nothing until the buyer accepts, and pays the minimum royalty', async () => {
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    const owner = async () => (await api.query.nfts.item(outputs, parent)).unwrap().owner.toString();
    // Alice declares a price of 1 planck to Charlie: nothing moves yet.
    await submit(api, api.tx.royalties.recordExternalSale(parent, k.charlie.address, 'Native', 1), k.alice);
    assert.equal(await owner(), k.alice.address);
    await assert.rejects(
      submit(api, api.tx.royalties.acceptExternalSale(parent, 'Native', 1), k.bob),
      /royalties\.NotBuyer/,
    );
    const { blockHash, events } = await submit(api, api.tx.royalties.acceptExternalSale(parent, 'Native', 1), k.charlie);
    const sold = eventData(api, events, 'royalties', 'Sold');
    // Every share of a 1-planck price rounds to zero: the minimum royalty (1 ATL) goes to the reserve.
    assert.equal(sold.royalties.toBigInt(), UNIT);
    const parentHash = (await api.rpc.chain.getHeader(blockHash)).parentHash;
    const reserve = async (at) => (await (await api.at(at)).query.system.account(RESERVE)).data.free.toBigInt();
    assert.equal(await reserve(blockHash) - await reserve(parentHash), UNIT);
    assert.equal(await owner(), k.charlie.address);
  });
});
