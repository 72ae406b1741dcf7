// End to end: the compute market on a real dev node whose off-chain worker serves jobs through
// the reference inference service. A studio (Bob) submits a job with polkadot.js; the worker's
// off-chain worker (Ferdie's `atel` key in the node's keystore) renders it and submits the
// receipt in a batch signed by the key, with no manual step; the worker, the model's owner and the reserve are paid
// and the burn shows in total issuance.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, MICRO, OPEN_LICENCE, RESERVE, UNIT, clearToEarn, devAccounts, devKeyring, eventData, outputCommitment, rpc, sleep,
  startConnected, startInference, stopInference, stopNodes, submitFinalized, submitInBlock,
} from './lib/node.mjs';

const MODEL = 0;
/// The job sizes the reference service serves (`GET /v1/sizes`): a 64² design (48 units) and up.
const SIZES = { minUnits: 48, maxUnits: 100_000 };
describe('compute market: job to receipt to settlement, on a real node', () => {
  let node;
  let service;
  let api;
  let alice, bob, charlie, ferdie;
  let atelPublic;
  let atelPair;

  /// The `atel` key's proof of possession for `address` on this chain: its signature of
  /// SCALE(("atelier/compute-market/worker-key/v1", genesis hash, account)).
  function keyProof(pair, address) {
    const payload = u8aConcat(
      compactAddLength(stringToU8a('atelier/compute-market/worker-key/v1')),
      api.genesisHash.toU8a(),
      decodeAddress(address),
    );
    return u8aToHex(pair.sign(payload));
  }

  before(async () => {
    ({ alice, bob, charlie, ferdie } = await devAccounts(['Alice', 'Bob', 'Charlie', 'Ferdie']));
    atelPair = devKeyring().addFromUri('//Ferdie//atel');
    atelPublic = u8aToHex(atelPair.publicKey);
    service = await startInference();
    ({ node, api } = await startConnected({
      args: [
        ...DEV_FAST, '--offchain-worker', 'always', '--inference-endpoint', service.url,
        '--worker-account', ferdie.address,
      ],
    }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
    if (service) await stopInference(service);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('a worker puts its atel key in the node keystore and registers with a stake', async () => {
    const inserted = await rpc(node, 'author_insertKey', ['atel', '//Ferdie//atel', atelPublic]);
    assert.equal(inserted.error, undefined, JSON.stringify(inserted.error));
    const hasKey = await rpc(node, 'author_hasKey', [atelPublic, 'atel']);
    assert.equal(hasKey.result, true);

    // Charlie registers a dataset and a model on it (model 0): he is its sole licensee.
    await submitFinalized(
      api, api.tx.provenance.registerDataset(blake2AsHex('teapots'), OPEN_LICENCE, [[charlie.address, 1]]), charlie,
    );
    await submitFinalized(
      api,
      api.tx.provenance.registerModel(null, [0], [], blake2AsHex('weights'), { datasets: 200_000_000, baseModel: 0 }),
      charlie,
    );
    // The genesis attestors attest the dataset and Charlie bonds the model: it may earn.
    await clearToEarn(api, 0, 0, charlie);

    // Bob cannot take Ferdie's key: a proof made for Ferdie's account does not serve his.
    const stake = 1_000n * UNIT;
    await assert.rejects(
      submitFinalized(api, api.tx.computeMarket.registerWorker(stake, 100_000, 'Cpu', SIZES, atelPublic, keyProof(atelPair, ferdie.address)), bob),
      /BadKeyProof/,
    );
    const { events } = await submitFinalized(
      api,
      api.tx.computeMarket.registerWorker(stake, 100_000, 'Cpu', SIZES, atelPublic, keyProof(atelPair, ferdie.address)),
      ferdie,
    );
    assert.ok(events.some(({ event }) => api.events.computeMarket.WorkerRegistered.is(event)));
    const held = await api.query.balances.holds(ferdie.address);
    assert.equal(held[0].amount.toBigInt(), stake);
    assert.equal(held[0].id.toJSON().computeMarket, 'WorkerStake');
  });

  test('studios get a quote over JSON-RPC, and bad parameters get error objects', async () => {
    const quote = await rpc(node, 'computeMarket_quote', [MODEL, 'Cpu', 5000]);
    assert.equal(quote.error, undefined, JSON.stringify(quote.error));
    assert.equal(quote.result.modelAvailable, true);
    assert.equal(BigInt(quote.result.baseFeePerUnit), MICRO);
    assert.equal(BigInt(quote.result.estimatedCost), 5000n * MICRO);
    assert.equal((await rpc(node, 'computeMarket_quote', [99, 'Cpu', 10])).result.modelAvailable, false);

    const zero = await rpc(node, 'computeMarket_quote', [MODEL, 'Cpu', 0]);
    assert.equal(zero.error.code, -32602);
    const badClass = await rpc(node, 'computeMarket_quote', [MODEL, 'Tpu', 10]);
    assert.equal(badClass.error.code, -32602);
    assert.equal((await rpc(node, 'computeMarket_jobStatus', [12345])).result, null);
  });

  test('a submitted job is served by the off-chain worker and settles, paying every share', async () => {
    const free = async (who, at) =>
      (await (at ? await api.at(at) : api).query.system.account(who)).data.free.toBigInt();

    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const input = blake2AsHex('a teapot in the style of a Bauhaus poster');
    const job = api.tx.computeMarket.submitJob(
      MODEL, 'Cpu', 5000, 2n * MICRO, 1n * MICRO, input, head + 60, 'Required',
    );
    const { events } = await submitFinalized(api, job, bob);
    const submitted = events.find(({ event }) => api.events.computeMarket.JobSubmitted.is(event));
    assert.ok(submitted, 'JobSubmitted');
    const jobId = submitted.event.data.job.toNumber();
    // The most the job may cost, and the lapse fee held while it waits (returned on admission).
    const lapseFee = api.consts.computeMarket.pendingLapseFee.toBigInt();
    assert.equal(submitted.event.data.escrow.toBigInt(), 5000n * 3n * MICRO + lapseFee);

    // Watch finalized blocks for the settlement; nobody touches the chain meanwhile.
    let settledIn;
    const unsubscribe = await api.rpc.chain.subscribeFinalizedHeads(async (header) => {
      const events = await (await api.at(header.hash)).query.system.events();
      const settled = events.find(({ event }) =>
        api.events.computeMarket.JobSettled.is(event) && event.data.job.toNumber() === jobId);
      if (settled && !settledIn) {
        settledIn = { hash: header.hash, parent: header.parentHash, event: settled.event, phase: settled.phase };
      }
    });
    const deadline = Date.now() + 120_000;
    while (!settledIn && Date.now() < deadline) await sleep(500);
    unsubscribe();
    assert.ok(settledIn, `job ${jobId} did not settle; node log: ${node.logPath}`);

    const { hash, parent, event, phase } = settledIn;
    const { worker, outputHash, unitsUsed, charged, toWorker, toLicensees, toReserve, burnt } = event.data;
    // Ferdie is the class's only worker: nobody could check it, so it is paid at once.
    // The off-chain worker settled it through a batch: one unsigned `submitReceipts` signed
    // once by the atel key, followed by the batch's payments (`ReceiptsSettled`).
    const block = await api.rpc.chain.getBlock(hash);
    const extrinsic = block.block.extrinsics[phase.asApplyExtrinsic.toNumber()];
    assert.equal(`${extrinsic.method.section}.${extrinsic.method.method}`, 'computeMarket.submitReceipts');
    assert.ok(!extrinsic.isSigned, 'the batch is a bare transaction');
    assert.ok(extrinsic.method.args[0].some((receipt) => receipt.job.toNumber() === jobId));
    const batchEvents = (await (await api.at(hash)).query.system.events())
      .filter(({ phase: p }) => p.isApplyExtrinsic && p.asApplyExtrinsic.eq(phase.asApplyExtrinsic));
    const batch = batchEvents.find(({ event: e }) => api.events.computeMarket.ReceiptsSettled.is(e));
    assert.ok(batch, 'ReceiptsSettled');
    assert.equal(batch.event.data.worker.toString(), ferdie.address);
    assert.equal(worker.toString(), ferdie.address);
    // The reference service rendered a 512×512 design: 512·512·3 samples·4 octaves / 1024.
    assert.equal(unitsUsed.toNumber(), 3072);
    const units = 3072n;
    assert.equal(charged.toBigInt(), units * (MICRO + MICRO));
    const base = units * MICRO;
    assert.equal(toWorker.toBigInt(), (base * 70n) / 100n + units * MICRO);
    assert.equal(toLicensees.toBigInt(), (base * 15n) / 100n);
    // The reserve's 10%, less the 5% that pays spot checkers (kept in the settlement account).
    assert.equal(toReserve.toBigInt(), (base * 5n) / 100n);
    assert.equal(event.data.toVerification.toBigInt(), (base * 5n) / 100n);
    assert.equal(burnt.toBigInt(), (base * 5n) / 100n);

    // Balances, block over block: the receipt is unsigned, so it pays no fee and nothing else
    // moves these accounts in that block.
    assert.equal(await free(ferdie.address, hash) - await free(ferdie.address, parent), toWorker.toBigInt());
    assert.equal(await free(charlie.address, hash) - await free(charlie.address, parent), toLicensees.toBigInt());
    assert.equal(await free(RESERVE, hash) - await free(RESERVE, parent), toReserve.toBigInt());
    const issuance = async (at) => (await (await api.at(at)).query.balances.totalIssuance()).toBigInt();
    assert.equal(await issuance(parent) - await issuance(hash), burnt.toBigInt());
    const account = async (at) => (await (await api.at(at)).query.system.account(bob.address)).data;
    const [before, after] = [await account(parent), await account(hash)];
    // The whole escrow leaves the hold; the charge leaves the account.
    assert.equal(before.reserved.toBigInt() - after.reserved.toBigInt(), 5000n * 2n * MICRO);
    assert.equal(
      before.free.toBigInt() + before.reserved.toBigInt() - after.free.toBigInt() - after.reserved.toBigInt(),
      charged.toBigInt(),
    );

    // The receipt commits to the output: the worker's service gives the requester the output's
    // hash, which opens the commitment, and the file on its disk hashes to it.
    const answer = await (await fetch(`${service.url}/v1/jobs/${jobId}`)).json();
    assert.equal(outputCommitment(jobId, answer.output_hash), outputHash.toHex());
    assert.notEqual(answer.output_hash, outputHash.toHex(), 'the receipt does not carry the hash itself');
    const file = join(service.outDir, `${answer.output_hash.slice(2)}.png`);
    assert.ok(existsSync(file), `${file} exists`);
    assert.equal(blake2AsHex(readFileSync(file)), answer.output_hash);

    const status = await rpc(node, 'computeMarket_jobStatus', [jobId]);
    assert.equal(status.result.status, 'settled');
    assert.equal(status.result.outputHash, outputHash.toHex());
    assert.equal(status.result.worker, ferdie.address);
  });

  test('attack: a compute proxy cannot spend its principal\'s money on a job its own worker serves', async () => {
    // Charlie gives Ferdie (a worker) a Compute proxy, the hot key a GPU worker uses, and a
    // NonTransfer one. Through either, a job for Charlie with a tip of half his balance, in
    // the class Ferdie serves, is refused (issue 25, attack 2): submitting a job is Any's.
    for (const proxyType of ['Compute', 'NonTransfer']) {
      await submitInBlock(api, api.tx.proxy.addProxy(ferdie.address, proxyType, 0), charlie);
    }
    const before = (await api.query.system.account(charlie.address)).data;
    const balance = before.free.toBigInt();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const drain = api.tx.computeMarket.submitJob(
      MODEL, 'Cpu', 1, 2n * MICRO, balance / 2n, blake2AsHex('drain'), head + 60, 'Required',
    );
    for (const proxyType of ['Compute', 'NonTransfer']) {
      const { events } = await submitInBlock(api, api.tx.proxy.proxy(charlie.address, proxyType, drain), ferdie);
      const executed = events.find(({ event }) => api.events.proxy.ProxyExecuted.is(event));
      assert.ok(executed, 'ProxyExecuted');
      const result = executed.event.data.result;
      assert.ok(result.isErr, `${proxyType}: the job was refused`);
      assert.equal(api.registry.findMetaError(result.asErr.asModule).name, 'CallFiltered');
    }
    // Nothing of Charlie's moved: Ferdie paid the transactions' fees.
    const after = (await api.query.system.account(charlie.address)).data;
    assert.equal(after.free.toBigInt(), balance);
    assert.equal(after.reserved.toBigInt(), before.reserved.toBigInt());
    // The worker's own business still passes the Compute filter (the call itself may fail on
    // its own terms: Charlie has no worker record to pause).
    const { events } = await submitInBlock(api, api.tx.proxy.proxy(charlie.address, 'Compute', api.tx.computeMarket.pauseWorker()), ferdie);
    const result = events.find(({ event }) => api.events.proxy.ProxyExecuted.is(event)).event.data.result;
    assert.ok(result.isOk || api.registry.findMetaError(result.asErr.asModule).name !== 'CallFiltered');
  });

  test('attack: a job below the service\'s smallest design is refused on chain, and slashes no one', async () => {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const tiny = () => api.tx.computeMarket.submitJob(
      MODEL, 'Cpu', 1, 2n * MICRO, 0, blake2AsHex('one unit'), head + 60, 'Required',
    );
    // Ferdie declared the service's sizes: a 1-unit job finds no worker and is refused at once.
    await assert.rejects(submitInBlock(api, tiny(), bob), /NoWorkerServesSize/);

    // A worker that declares every size is given it; its node asks the service, which answers
    // 422 (below its smallest design), and the node refuses the job on chain, signed by the key.
    await submitInBlock(api, api.tx.computeMarket.setJobSizes({ minUnits: 1, maxUnits: 100_000 }), ferdie);
    const worker = async () => (await api.query.computeMarket.workers(ferdie.address)).unwrap();
    const stake = (await worker()).stake.toBigInt();
    const reservedBefore = (await api.query.system.account(bob.address)).data.reserved.toBigInt();
    const { events } = await submitInBlock(api, tiny(), bob);
    const jobId = events.find(({ event }) => api.events.computeMarket.JobSubmitted.is(event)).event.data.job.toNumber();

    let refused;
    const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
      const events = await (await api.at(header.hash)).query.system.events();
      const found = events.find(({ event }) =>
        api.events.computeMarket.JobRefused.is(event) && event.data.job.toNumber() === jobId);
      if (found && !refused) refused = found.event.data;
    });
    const deadline = Date.now() + 120_000;
    while (!refused && Date.now() < deadline) await sleep(500);
    unsubscribe();
    assert.ok(refused, `job ${jobId} was not refused; node log: ${node.logPath}`);
    assert.equal(refused.worker.toString(), ferdie.address);
    assert.deepEqual(refused.reason.toJSON(), { tooSmall: { minUnits: 48 } });

    // The requester has its escrow back; the worker keeps its stake, stays active, and its
    // sizes start at the service's smallest again: the next 1-unit job finds no worker.
    assert.equal((await api.query.system.account(bob.address)).data.reserved.toBigInt(), reservedBefore);
    const after = await worker();
    assert.equal(after.stake.toBigInt(), stake);
    assert.ok(after.status.isActive);
    assert.equal(after.jobSizes.minUnits.toNumber(), 48);
    assert.equal(after.refusals.refused.toNumber(), 1);
    await assert.rejects(submitInBlock(api, tiny(), bob), /NoWorkerServesSize/);
  });

  test('a worker whose service cannot promise deterministic answers declares it, serves only jobs that waive verification, and the quote says so', async () => {
    const offer = async (units) => (await rpc(node, 'computeMarket_quote', [MODEL, 'Cpu', units])).result.verification;
    // Ferdie's service is deterministic and serves 48 units and up; nobody serves 5 units.
    assert.deepEqual(await offer(5_000), {
      deterministicWorkers: 1, nondeterministicWorkers: 0, spotChecked: false, checkRatePerBillion: 50_000_000,
    });
    // Dave registers a service of small jobs whose answers vary from run to run: he registers,
    // pauses, declares and resumes in one batch, before any job can be admitted to him.
    const { dave } = await devAccounts(['Dave']);
    const davePair = devKeyring().addFromUri('//Dave//atel');
    const { events } = await submitInBlock(api, api.tx.utility.batchAll([
      api.tx.computeMarket.registerWorker(1_000n * UNIT, 100, 'Cpu', { minUnits: 1, maxUnits: 10 },
        u8aToHex(davePair.publicKey), keyProof(davePair, dave.address)),
      api.tx.computeMarket.pauseWorker(),
      api.tx.computeMarket.setAnswers('Nondeterministic'),
      api.tx.computeMarket.resumeWorker(),
    ]), dave);
    const set = events.find(({ event }) => api.events.computeMarket.AnswersSet.is(event));
    assert.equal(set.event.data.answers.toString(), 'Nondeterministic');
    assert.deepEqual(await offer(5), {
      deterministicWorkers: 0, nondeterministicWorkers: 1, spotChecked: false, checkRatePerBillion: 50_000_000,
    });

    // A job that requires verification is refused at once, by name; one that waives it is
    // admitted to Dave in the next block.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const small = (verification) => api.tx.computeMarket.submitJob(
      MODEL, 'Cpu', 5, 2n * MICRO, 0, blake2AsHex('a sketch, any sketch'), head + 60, verification,
    );
    await assert.rejects(submitInBlock(api, small('Required'), bob), /NoVerifiableWorker/);
    const submitted = (await submitInBlock(api, small('Waived'), bob)).events
      .find(({ event }) => api.events.computeMarket.JobSubmitted.is(event)).event.data;
    assert.equal(submitted.verification.toString(), 'Waived');
    const jobId = submitted.job.toNumber();
    let status;
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      status = (await rpc(node, 'computeMarket_jobStatus', [jobId])).result;
      if (status?.status === 'assigned') break;
      await sleep(500);
    }
    assert.equal(status?.status, 'assigned', JSON.stringify(status));
    assert.equal(status.worker, dave.address);
  });

  test('model shares: a job\'s licensing fee and a sale\'s royalty reach three holders pro rata', async () => {
    const USD = 1;
    const { dave, eve } = await devAccounts(['Dave', 'Eve']);
    const SUPPLY = 1_000_000n;
    // Charlie issues the shares of model 0 and offers half in the stablecoin; Dave buys 30%,
    // Eve 20%.
    await submitInBlock(api, api.tx.modelShares.issue(MODEL, SUPPLY), charlie);
    await submitInBlock(api, api.tx.modelShares.offer(MODEL, 500_000, { Asset: USD }, 10), charlie);
    const usd = async (who) => {
      const account = await api.query.assets.account(USD, who);
      return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
    };
    const charlieUsd = await usd(charlie.address);
    // A buyer cannot pay less than the offer's price.
    await assert.rejects(
      submitInBlock(api, api.tx.modelShares.buy(MODEL, charlie.address, 100_000, { Asset: USD }, 9), dave),
      /modelShares\.PriceAboveMax/,
    );
    for (const [buyer, amount] of [[dave, 300_000n], [eve, 200_000n]]) {
      const { events } = await submitInBlock(
        api, api.tx.modelShares.buy(MODEL, charlie.address, amount, { Asset: USD }, 10), buyer,
      );
      const bought = eventData(api, events, 'modelShares', 'Bought');
      assert.equal(bought.cost.toBigInt(), amount * 10n);
    }
    assert.equal(await usd(charlie.address) - charlieUsd, 5_000_000n);

    // A job for the model: the owner's part (80%) of its licensees' 15% goes to the pool.
    const credited = [];
    const unsubscribe = await api.rpc.chain.subscribeFinalizedHeads(async (header) => {
      const events = await (await api.at(header.hash)).query.system.events();
      for (const { event } of events) {
        if (api.events.modelShares.IncomeCredited.is(event) && !credited.some((c) => c.hash === header.hash.toHex())) {
          credited.push({ hash: header.hash.toHex(), amount: event.data.amount.toBigInt() });
        }
      }
    });
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    await submitFinalized(
      api,
      api.tx.computeMarket.submitJob(MODEL, 'Cpu', 5000, 2n * MICRO, 0, blake2AsHex('a teapot, shared'), head + 60, 'Required'),
      bob,
    );
    const deadline = Date.now() + 120_000;
    while (credited.length === 0 && Date.now() < deadline) await sleep(500);
    assert.ok(credited.length > 0, `the job's licensing fee reached the pool; node log: ${node.logPath}`);
    const fee = credited[0].amount;
    // 3 072 units at the floor: 15% of the base fee, 80% of it the owner's part.
    assert.equal(fee, 3072n * MICRO * 15n / 100n * 80n / 100n);

    // Bob mints an output of the model and sells it to Alice: the owner's part of the model's
    // 10% goes to the pool in the same block as the sale.
    const minted = await submitInBlock(
      api, api.tx.provenance.mintOutput(MODEL, null, blake2AsHex('a shared poster'), [], [], null, 50_000_000), bob,
    );
    const output = eventData(api, minted.events, 'provenance', 'OutputMinted').output.toNumber();
    const price = 1_000n * UNIT;
    const preview = await rpc(node, 'royalties_preview', [output, price.toString()]);
    const toShareholders = preview.result.payouts.find((p) => p.shareholdersOf === MODEL);
    assert.equal(BigInt(toShareholders.amount), price / 10n * 80n / 100n);
    const listed = await submitInBlock(api, api.tx.royalties.list(output, 'Native', price), bob);
    const listing = eventData(api, listed.events, 'royalties', 'Listed').listing;
    const sale = await submitInBlock(api, api.tx.royalties.buy(output, listing, 'Native', price), alice);
    const royalty = eventData(api, sale.events, 'modelShares', 'IncomeCredited').amount.toBigInt();
    assert.equal(royalty, BigInt(toShareholders.amount));
    unsubscribe();

    // Each holder may claim exactly its part of both, over JSON-RPC; the pool shows the income.
    const total = fee + royalty;
    const shares = await rpc(node, 'model_shares', [MODEL]);
    assert.equal(shares.error, undefined, JSON.stringify(shares.error));
    assert.equal(shares.result.holders, 3);
    assert.equal(BigInt(shares.result.pools.find((p) => p.asset === 'native').income), total);
    for (const [who, held] of [[charlie, 500_000n], [dave, 300_000n], [eve, 200_000n]]) {
      const holdings = await rpc(node, 'shares_of', [who.address]);
      const holding = holdings.result.find((h) => h.model === MODEL);
      assert.equal(BigInt(holding.shares), held);
      const claimable = BigInt(holding.claimable.find((c) => c.asset === 'native').amount);
      assert.equal(claimable, total * held / SUPPLY, `${who.address} may claim its part`);
      const claim = await submitInBlock(api, api.tx.modelShares.claim(MODEL, who.address), who);
      const claimed = eventData(api, claim.events, 'modelShares', 'Claimed');
      assert.equal(claimed.amount.toBigInt(), claimable);
    }
    assert.equal((await rpc(node, 'shares_of', ['not an address'])).error.code, -32602);
    assert.equal((await rpc(node, 'model_shares', [99])).result, null);
  });
});
