// End to end: attestation on a real dev node, driven by polkadot.js as creators, attestors and a
// challenger would. Charlie's model cannot earn until the two genesis attestors attest its
// dataset and he bonds it; then an output of it sells and its lineage accrues royalties; Ferdie
// challenges the dataset and the model stops at once (jobs, listings, claims);
// `attestation_status` over JSON-RPC says why at every step; Root (the sudo key on dev, the
// disputes track elsewhere) upholds the challenge, the attestors are slashed and Ferdie
// rewarded; anyone's `enforce` burns the model's bond and royalties, and the total issuance
// falls by exactly that.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, MICRO, UNIT, attestors, clearToEarn, devAccounts, eventData, registerModel, rpc,
  startConnected, stopNodes, submitInBlock as submit,
} from './lib/node.mjs';

describe('attestation: a model earns only once attested, is challenged, and stops', () => {
  let node;
  let api;
  let k;
  let dataset, model, output, challengeId, pot;

  const status = async (item) => {
    const reply = await rpc(node, 'attestation_status', [item]);
    assert.equal(reply.error, undefined, JSON.stringify(reply.error));
    return reply.result;
  };
  const issuance = async (at) => (await (await api.at(at)).query.balances.totalIssuance()).toBigInt();

  before(async () => {
    k = await devAccounts();
    ({ node, api } = await startConnected({ args: DEV_FAST }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('a model cannot earn until its dataset is attested to quorum and it is bonded', async () => {
    ({ dataset, model } = await registerModel(api, k.charlie, { name: 'letterpress scans' }));
    const { events } = await submit(api, api.tx.provenance.mintOutput(model, null, blake2AsHex('a broadside'), [], [], null, 100_000_000), k.eve);
    output = eventData(api, events, 'provenance', 'OutputMinted').output.toNumber();

    // Neither a job nor a listing: the dataset has no attestation and the model no bond.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const job = () => api.tx.computeMarket.submitJob(model, 'Cpu', 1000, 2n * MICRO, 0, blake2AsHex('input'), head + 100, 'Required');
    await assert.rejects(submit(api, job(), k.bob), /computeMarket.ModelNotMonetizable/);
    await assert.rejects(submit(api, api.tx.royalties.list(output, 'Native', 100n * UNIT), k.eve), /royalties.NotMonetizable/);
    let s = await status({ kind: 'model', id: model });
    assert.equal(s.cleared, false);
    assert.deepEqual(
      s.reasons,
      [{ reason: 'noModelBond', model }, { reason: 'lacksQuorum', dataset, attestations: 0, quorum: 2 }],
    );

    // A non-attestor's attestation is refused; one attestor is short of the quorum of two.
    const expires = head + 30 * 14_400;
    await assert.rejects(
      submit(api, api.tx.attestation.attest(dataset, 7, blake2AsHex('my word'), expires), k.dave),
      /attestation.NotAttestor/,
    );
    await submit(api, api.tx.attestation.attest(dataset, 2, blake2AsHex('licence audit'), expires), attestors()[0]);
    s = await status({ kind: 'dataset', id: dataset });
    assert.deepEqual(s.uses.find((u) => u.use === 'generativeTraining'), { use: 'generativeTraining', attestations: 1, cleared: false });

    // The second attestor attests and Charlie bonds: the model may earn.
    await clearToEarn(api, dataset, model, k.charlie);
    s = await status({ kind: 'model', id: model });
    assert.equal(s.cleared, true, JSON.stringify(s));
    assert.deepEqual(s.reasons, []);
    assert.equal((await api.query.attestation.models(model)).bond.unwrap().amount.toBigInt(), 100n * UNIT);
  });

  test('it earns: a job is admitted, and a sale of its output pays its lineage', async () => {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const job = api.tx.computeMarket.submitJob(model, 'Cpu', 1000, 2n * MICRO, 0, blake2AsHex('input'), head + 100, 'Required');
    eventData(api, (await submit(api, job, k.bob)).events, 'computeMarket', 'JobSubmitted');

    let { events } = await submit(api, api.tx.royalties.list(output, 'Native', 100n * UNIT), k.eve);
    const listing = eventData(api, events, 'royalties', 'Listed').listing.toNumber();
    ({ events } = await submit(api, api.tx.royalties.buy(output, listing, 'Native', 100n * UNIT), k.bob));
    assert.ok(eventData(api, events, 'royalties', 'Sold').royalties.toBigInt() > 0n);
    pot = (await api.query.royalties.pots(model, 'Native')).total.toBigInt();
    // Eve's 10% creator share and the model's 10% (Charlie, and Charlie again as the dataset's
    // contributor) accrued under the model.
    assert.equal(pot, 20n * UNIT);
  });

  test('a challenge stops the model, its sales and its royalty claims at once', async () => {
    const { events } = await submit(
      api,
      api.tx.attestation.challenge({ Dataset: dataset }, 'Major', blake2AsHex('scraped without consent')),
      k.ferdie,
    );
    const challenged = eventData(api, events, 'attestation', 'Challenged');
    challengeId = challenged.id.toNumber();

    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const job = api.tx.computeMarket.submitJob(model, 'Cpu', 1000, 2n * MICRO, 0, blake2AsHex('input'), head + 100, 'Required');
    await assert.rejects(submit(api, job, k.bob), /computeMarket.ModelNotMonetizable/);
    await assert.rejects(submit(api, api.tx.royalties.list(output, 'Native', 200n * UNIT), k.bob), /royalties.NotMonetizable/);
    await assert.rejects(
      submit(api, api.tx.royalties.claim(k.charlie.address, 'Native', model), k.charlie),
      /royalties.ClaimFrozen/,
    );
    const s = await status({ kind: 'model', id: model });
    assert.equal(s.cleared, false);
    assert.deepEqual(s.reasons, [{
      reason: 'challengeOpen', target: { kind: 'dataset', id: dataset }, until: challenged.deadline.toNumber(),
    }]);
  });

  test('upheld: the attestors are slashed, the challenger rewarded, bond and royalties burned exactly', async () => {
    // Only the deciding origin decides.
    await assert.rejects(submit(api, api.tx.attestation.uphold(challengeId, 'Major'), k.ferdie), /BadOrigin/);
    const ferdieBefore = (await api.query.system.account(k.ferdie.address)).data;
    const { events } = await submit(api, api.tx.sudo.sudo(api.tx.attestation.uphold(challengeId, 'Major')), k.alice);
    assert.ok(eventData(api, events, 'sudo', 'Sudid').sudoResult.isOk);
    const upheld = eventData(api, events, 'attestation', 'Upheld');
    // Each attestor loses half of its 1 000 ATL; Ferdie gets a fifth of it and his 200 ATL
    // bond back.
    assert.equal(upheld.slashed.toBigInt(), 1_000n * UNIT);
    assert.equal(upheld.reward.toBigInt(), 200n * UNIT);
    for (const attestor of attestors()) {
      assert.equal((await api.query.attestation.attestors(attestor.address)).unwrap().bond.toBigInt(), 500n * UNIT);
    }
    const ferdieAfter = (await api.query.system.account(k.ferdie.address)).data;
    assert.equal(ferdieAfter.free.toBigInt() - ferdieBefore.free.toBigInt(), 400n * UNIT);
    assert.equal(ferdieBefore.reserved.toBigInt() - ferdieAfter.reserved.toBigInt(), 200n * UNIT);

    // Anyone enforces the burn: the total issuance falls by the bond, the royalties and the fee.
    const { blockHash, events: burnEvents } = await submit(api, api.tx.attestation.enforce(model), k.dave);
    assert.equal(eventData(api, burnEvents, 'attestation', 'ModelBondBurned').amount.toBigInt(), 100n * UNIT);
    assert.equal(eventData(api, burnEvents, 'attestation', 'RoyaltiesBurned').amount.toBigInt(), pot);
    const fee = eventData(api, burnEvents, 'transactionPayment', 'TransactionFeePaid').actualFee.toBigInt();
    const parent = (await api.rpc.chain.getHeader(blockHash)).parentHash;
    assert.equal(await issuance(parent) - await issuance(blockHash), 100n * UNIT + pot + fee);

    // The burned royalties are gone for good, and the model stays barred.
    await assert.rejects(
      submit(api, api.tx.royalties.claim(k.charlie.address, 'Native', model), k.charlie),
      /royalties.AccrualBurned/,
    );
    const s = await status({ kind: 'model', id: model });
    assert.equal(s.cleared, false);
    // No bond left; the dataset's false attestations are gone; the violation stands.
    assert.deepEqual(s.reasons.map((r) => r.reason), ['noModelBond', 'lacksQuorum', 'violation']);
  });
});
