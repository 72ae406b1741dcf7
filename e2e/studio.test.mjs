// End to end: Atelier Studio (app/) in headless Chromium (Debian's), driven by Playwright,
// against a real dev node whose off-chain worker serves jobs through the reference inference
// service, the app served by app/serve.mjs. A creator registers a dataset and a model and sees
// their lineage; a studio quotes, submits a job and sees it settle with its output; the creator
// mints the output and lists it, a second account buys it after the royalty preview, and the
// amounts the page shows equal the chain's events; a vote is cast, shown and removed; the
// reserve page shows the chain's reserve. Screenshots of every page (laptop and phone) are saved
// in e2e/artifacts/studio/ ($ATELIER_ARTIFACTS overrides).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { chromium } from 'playwright-core';

import {
  DEV_FAST, DOLLAR, HOOK_TIMEOUT_MS, UNIT, clearToEarn, devAccounts, devKeyring, freePort, rpc, sleep, startConnected,
  startInference, stopInference, stopNodes, submitInBlock,
} from './lib/node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const appDir = resolve(here, '..', 'app');
const artifacts = process.env.ATELIER_ARTIFACTS ? join(process.env.ATELIER_ARTIFACTS, 'studio') : join(here, 'artifacts', 'studio');
/// Debian's Chromium (scripts/setup.sh installs it); a browser that downloads itself cannot here.
const CHROMIUM = process.env.ATELIER_CHROMIUM || '/usr/bin/chromium';
const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/// Starts app/serve.mjs on a free port, forwarding /inference to `inference`; resolves with its
/// address once it listens.
async function startStudio(inference, nodeRpc, token) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(appDir, 'serve.mjs'), '--port', String(port), '--inference', inference, '--node', nodeRpc], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: token ? { ...process.env, ATELIER_INFERENCE_TOKEN: token } : process.env,
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${output}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Atelier Studio on')) { clearTimeout(timer); resolve(); }
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', () => { clearTimeout(timer); reject(new Error(`serve.mjs exited: ${output}`)); });
  });
  return { child, url: `http://127.0.0.1:${port}/` };
}

describe('Atelier Studio in a real browser, against a real node', () => {
  let node, api, service, studio, browser, page;
  let alice, bob, charlie, eve, ferdie;
  const pageErrors = [];
  let jobId;
  let outputId;

  /// Opens `#/<name>` of the app, connected to the test's node.
  async function open(name, query = '') {
    await page.goto(`${studio.url}?rpc=${encodeURIComponent(node.wsUrl)}#/${name}${query}`);
    await page.waitForSelector(`main[data-page="${name}"] .card`, { timeout: 60_000 });
  }

  async function as(account) {
    await page.selectOption('select[name=account]', account.address);
  }

  async function shot(name) {
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  }

  /// The text of the first element matching `selector`, once it exists.
  async function text(selector, timeout = 60_000) {
    await page.waitForSelector(selector, { timeout });
    return (await page.textContent(selector)).trim();
  }

  before(async () => {
    if (!existsSync(join(appDir, 'dist', 'index.html'))) {
      throw new Error('app/dist is not built: run `npm run build` in app/ (scripts/test.sh does)');
    }
    mkdirSync(artifacts, { recursive: true });
    ({ alice, bob, charlie, eve, ferdie } = await devAccounts(['Alice', 'Bob', 'Charlie', 'Eve', 'Ferdie']));
    service = await startInference();
    ({ node, api } = await startConnected({
      args: [...DEV_FAST, '--offchain-worker', 'always', '--inference-endpoint', service.url, '--worker-account', ferdie.address],
    }));
    // Ferdie's worker: his atel key in the node's keystore, registered with its proof.
    const atel = devKeyring().addFromUri('//Ferdie//atel');
    const inserted = await rpc(node, 'author_insertKey', ['atel', '//Ferdie//atel', u8aToHex(atel.publicKey)]);
    assert.equal(inserted.error, undefined, JSON.stringify(inserted.error));
    const proof = atel.sign(u8aConcat(compactAddLength(stringToU8a('atelier/compute-market/worker-key/v1')),
      api.genesisHash.toU8a(), decodeAddress(ferdie.address)));
    await submitInBlock(api, api.tx.computeMarket.registerWorker(1_000n * UNIT, 100_000, 'Cpu',
      { minUnits: 48, maxUnits: 100_000 }, atel.publicKey, proof), ferdie);

    studio = await startStudio(service.url, node.rpcUrl);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: LAPTOP });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await browser?.close();
    studio?.child.kill('SIGTERM');
    await stopNodes([node], api);
    if (service) await stopInference(service);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('a creator registers a dataset and a model, and the lineage graph shows them with their attestations', async () => {
    await open('provenance');
    await as(charlie);
    await page.fill('input[name=dataset-name]', 'teapots, 1919-1933');
    await page.click('button[name=register-dataset]');
    await page.waitForSelector('[data-registered="dataset-0"]', { timeout: 60_000 });
    await page.fill('input[name=datasets]', '0');
    await page.fill('input[name=weights]', 'teapot diffusion v1');
    await page.fill('input[name=dataset-share]', '40');
    await page.click('button[name=register-model]');
    await page.waitForSelector('[data-registered="model-0"]', { timeout: 60_000 });
    const model = (await api.query.provenance.models(0)).unwrap();
    assert.equal(model.owner.toString(), charlie.address);
    assert.equal(model.shares.datasets.toNumber(), 400_000_000, 'the 40% typed on the page');

    // Not yet attested: the graph shows both, the dataset not cleared.
    await page.waitForSelector('[data-node="model-0"].node-pending');
    await page.waitForSelector('[data-node="dataset-0"].node-pending');
    // The genesis attestors attest the dataset and Charlie bonds the model: the graph follows.
    await clearToEarn(api, 0, 0, charlie);
    await page.waitForSelector('[data-node="dataset-0"].node-cleared', { timeout: 30_000 });
    await page.waitForSelector('[data-node="model-0"].node-cleared', { timeout: 30_000 });
    await page.click('[data-node="dataset-0"]');
    const details = await text('[data-details="dataset-0"]');
    assert.match(details, /Attested for generativeTraining\s*2 attestations/);
    await shot('provenance');
  });

  test('a studio quotes and submits a job, and sees it settle with the output the worker served', async () => {
    await open('compute');
    await as(bob);
    await page.fill('input[name=model]', '0');
    await page.fill('input[name=units]', '5000');
    const quote = (await rpc(node, 'computeMarket_quote', [0, 'Cpu', 5000])).result;
    await page.waitForSelector(`[data-quote="${quote.estimatedCost}"]`, { timeout: 30_000 });
    assert.match(await text('[data-fact="available"]'), /^available$/);

    // Watch the chain for the settlement while the page submits.
    let settled;
    const unsubscribe = await api.query.system.events((events) => {
      for (const { event } of events) {
        if (api.events.computeMarket.JobSettled.is(event)) settled ??= event.data;
      }
    });
    await page.fill('input[name=prompt]', 'a teapot in the style of a Bauhaus poster');
    await page.click('button[name=submit-job]');
    // The pending tray shows the transaction through its stages.
    await page.waitForSelector('[data-tx^="submit job"][data-stage="in block"], [data-tx^="submit job"][data-stage="finalized"]', { timeout: 60_000 });
    const card = await page.waitForSelector('[data-job][data-status="settled"]', { timeout: 120_000 });
    jobId = Number(await card.getAttribute('data-job'));
    await page.waitForSelector(`[data-job="${jobId}"] [data-check="commitment"].ok`, { timeout: 30_000 });
    await page.waitForSelector(`[data-job="${jobId}"] [data-check="image"].ok`);
    const width = await page.$eval(`[data-job="${jobId}"] img`, (img) => img.complete ? img.naturalWidth : 0);
    assert.ok(width >= 64, `the output's image shows (${width} px wide)`);
    unsubscribe();
    assert.ok(settled, 'JobSettled on chain');
    assert.equal(settled.job.toNumber(), jobId);
    assert.equal(await page.getAttribute(`[data-job="${jobId}"] [data-fact="charged"]`, 'data-planck'), settled.charged.toString(),
      'the page shows what the chain charged');
    assert.match(await text(`[data-job="${jobId}"] [data-fact="units-used"]`), new RegExp(`^${settled.unitsUsed.toNumber()} of 5000$`));
    await page.waitForSelector('[data-chart="base-fee"] polyline', { state: 'attached' });
    await shot('compute');

    // A worker whose service asks for a token keeps a job's answer from the spot checkers while
    // the job can still be checked: a forwarder holding the token does not send it for a job
    // in its challenge period, nor for one the chain has not seen.
    const guarded = await startInference({ args: ['--token', 's3cret'] });
    const forwarder = await startStudio(guarded.url, node.rpcUrl, 's3cret');
    try {
      const job = (id) => JSON.stringify({ job: id, model: 0, class: 'Cpu', input_commitment: `0x${'11'.repeat(32)}`, max_units: 100 });
      for (const id of [jobId, 999]) {
        const answer = await fetch(`${guarded.url}/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' }, body: job(id) });
        assert.equal(answer.status, 200);
        assert.equal((await fetch(`${forwarder.url}inference/v1/jobs/${id}`)).status, 401, `job ${id}'s answer is withheld`);
      }
      assert.equal((await fetch(`${forwarder.url}inference/v1/sizes`)).status, 200, 'the forwarder reaches the service');
    } finally {
      forwarder.child.kill('SIGTERM');
      await stopInference(guarded);
    }

    // A hostile service: an answer written as a page, and a redirect to another address. The
    // forwarder types the answer by its route, so it cannot run as a page of the app's origin,
    // and follows no redirect.
    const hostile = createHttpServer((req, res) => {
      if (req.url.startsWith('/v1/jobs/')) res.writeHead(200, { 'content-type': 'text/html' }).end('<script>steal()</script>');
      else res.writeHead(302, { location: 'http://127.0.0.1:9/private' }).end();
    });
    await new Promise((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    const exposed = await startStudio(`http://127.0.0.1:${hostile.address().port}`, node.rpcUrl);
    try {
      const page = await fetch(`${exposed.url}inference/v1/jobs/1`);
      assert.equal(page.headers.get('content-type'), 'application/json');
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.match(page.headers.get('content-security-policy'), /sandbox/);
      assert.equal((await fetch(`${exposed.url}inference/v1/outputs/${'ab'.repeat(32)}.png`)).status, 502, 'no redirect followed');
    } finally {
      exposed.child.kill('SIGTERM');
      hostile.close();
    }
  });

  test('the creator mints the output and lists it; a second account buys it after the preview, and the page shows what the chain paid', async () => {
    // Bob, who paid for the job, mints its design from the job's card.
    await page.click(`[data-job="${jobId}"] button[name=mint]`);
    await page.waitForSelector('main[data-page="provenance"] input[name=content-hash]');
    await page.fill('input[name=creator-share]', '10');
    await page.click('button[name=mint-output]');
    const minted = await page.waitForSelector('[data-minted]', { timeout: 60_000 });
    outputId = Number(await minted.getAttribute('data-minted'));
    const output = (await api.query.provenance.outputs(outputId)).unwrap();
    assert.equal(output.creator.toString(), bob.address);
    assert.equal(output.job.unwrap().toNumber(), jobId);
    // The lineage of the output: output, model, dataset.
    await page.waitForSelector(`[data-node="output-${outputId}"]`);
    await page.waitForSelector('[data-node="model-0"]');
    await page.waitForSelector('[data-node="dataset-0"]');

    await page.click('[data-minted] a');
    await page.waitForSelector('main[data-page="market"] input[name=list-price]');
    await page.fill('input[name=list-price]', '10000');
    await page.click('button[name=list]');
    await page.waitForSelector('[data-listed]', { timeout: 60_000 });
    await page.waitForSelector(`[data-listing="${outputId}"]`, { timeout: 30_000 });

    // Eve reviews the purchase: the preview is the chain's, to the unit.
    await as(eve);
    await page.click(`[data-listing="${outputId}"] button[name=review]`);
    await page.waitForSelector('[data-preview]', { timeout: 30_000 });
    const price = (10_000n * UNIT).toString();
    const preview = (await rpc(node, 'royalties_preview', [outputId, price])).result;
    const shown = await page.$$eval('[data-preview] tbody tr', (rows) => rows.map((row) => [row.getAttribute('data-payout'), row.querySelector('[data-amount]').getAttribute('data-amount')]));
    const expected = [
      ['seller', preview.sellerProceeds],
      ...preview.payouts.map((p) => ['account' in p ? p.account : `model-${p.shareholdersOf}`, p.amount]),
      ['reserve', preview.reserve],
    ];
    assert.deepEqual(shown, expected, 'the preview on the page is the chain’s');
    await shot('market-preview');

    await page.click('button[name=confirm-buy]');
    await page.waitForSelector('[data-paid]', { timeout: 60_000 });
    const blockText = await text('#paid p');
    const block = Number(/block #(\d+)/.exec(blockText)[1]);
    const hash = await api.rpc.chain.getBlockHash(block);
    const events = await (await api.at(hash)).query.system.events();
    const sold = events.find(({ event }) => api.events.royalties.Sold.is(event));
    assert.ok(sold, 'royalties.Sold in the block the page names');
    assert.equal(sold.event.data.buyer.toString(), eve.address);
    assert.equal(await page.getAttribute('[data-sold-price]', 'data-sold-price'), sold.event.data.price.toString());
    assert.equal(await page.getAttribute('[data-sold-royalties]', 'data-sold-royalties'), sold.event.data.royalties.toString());
    const index = sold.phase.asApplyExtrinsic.toNumber();
    const transfers = events
      .filter(({ phase, event }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index && api.events.balances.Transfer.is(event))
      .map(({ event }) => [event.data.to.toString(), event.data.amount.toString()]);
    const paid = await page.$$eval('[data-paid] tbody tr', (rows) => rows.map((row) => [row.getAttribute('data-transfer'), row.querySelector('[data-amount]').getAttribute('data-amount')]));
    assert.ok(transfers.length >= 2, `the sale moved money: ${JSON.stringify(transfers)}`);
    assert.deepEqual(paid, transfers, 'every amount on the page is a transfer event of the sale');
    // The seller's proceeds, as previewed, are what reached Bob.
    assert.ok(transfers.some(([to, amount]) => to === bob.address && amount === preview.sellerProceeds));
    assert.equal((await api.query.royalties.listings(outputId)).isNone, true);
    await shot('market-bought');

    // Charlie, the model's owner, claims what accrued to him from the sale.
    await as(charlie);
    const accrued = await api.query.royalties.accrued(charlie.address, 'Native', 0);
    await page.waitForSelector('[data-accrued="0-Native"]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('[data-accrued="0-Native"] [data-amount]', 'data-amount'), accrued.amount.toString());
    await page.click('[data-accrued="0-Native"] button[name=claim]');
    await page.waitForSelector('[data-claimed]', { timeout: 60_000 });
    assert.equal((await api.query.royalties.accrued(charlie.address, 'Native', 0)).amount.toBigInt(), 0n);
  });

  test('a vote is cast, shown with its weight, and removed; a failing call shows the chain’s error by name', async () => {
    const proposal = api.tx.governance.setParameter({ Compute: { BaseFeeBounds: [null, { floor: 5_000_000n, ceiling: UNIT }] } });
    await submitInBlock(api, api.tx.preimage.notePreimage(proposal.method.toHex()), alice);
    const { events } = await submitInBlock(api, api.tx.referenda.submit({ Governance: 'EconomicParameters' },
      { Lookup: { hash: proposal.method.hash, len: proposal.method.encodedLength } }, { After: 0 }), alice);
    const index = events.find(({ event }) => api.events.referenda.Submitted.is(event)).event.data.index.toNumber();
    await submitInBlock(api, api.tx.referenda.placeDecisionDeposit(index), alice);

    await open('governance');
    await as(bob);
    await page.fill('input[name=stake-amount]', '1000');
    await page.click('button[name=stake]');
    await page.waitForSelector('[data-staked]', { timeout: 60_000 });
    const record = (await api.query.reputation.reputations(bob.address)).unwrap();
    assert.equal(record.staked.toBigInt(), 1_000n * UNIT);
    await page.waitForSelector(`[data-fact="staked"][data-planck="${1_000n * UNIT}"]`, { timeout: 30_000 });

    const voter = (await rpc(node, 'governance_voter', [bob.address])).result;
    assert.equal(await text('[data-fact="weight"]'), String(voter.weight));
    assert.match(await text(`[data-referendum="${index}"] td:nth-child(2)`), /^economic parameters · /, 'the track by its name');
    await page.click(`[data-referendum="${index}"] button[name=aye]`);
    await page.waitForSelector(`[data-referendum="${index}"][data-voted="aye"]`, { timeout: 60_000 });
    const vote = (await api.query.governance.votingOf(index, bob.address)).unwrap();
    assert.equal(vote.aye.isTrue, true);
    assert.match(await text(`[data-referendum="${index}"] [data-fact="voted"]`), new RegExp(`^aye \\(${vote.weight.toNumber()}\\)$`));
    assert.match(await text(`[data-referendum="${index}"] [data-ayes]`), new RegExp(`^${vote.weight.toNumber()} aye`));
    await shot('governance');

    await page.click(`[data-referendum="${index}"] button[name=remove-vote]`);
    await page.waitForSelector(`[data-referendum="${index}"][data-voted="none"]`, { timeout: 60_000 });
    assert.equal((await api.query.governance.votingOf(index, bob.address)).isNone, true);

    // Staking more than Bob has: the chain's error, by name, with what to do; nothing staked.
    await page.fill('input[name=stake-amount]', '100000000000');
    await page.click('button[name=stake]');
    const error = await page.waitForSelector('#stake [data-error]', { timeout: 60_000 });
    const name = await error.getAttribute('data-error');
    assert.match(name, /^[a-zA-Z]+\.[A-Z]\w+$|Inability to pay some fees/, `an error by name: ${name}`);
    assert.ok((await error.textContent()).length > name.length + 10, 'with what to do');
    assert.equal((await api.query.reputation.reputations(bob.address)).unwrap().staked.toBigInt(), 1_000n * UNIT);

    // The forwarder's storage key of the next job id (it releases a worker's token only for jobs
    // below it) is the chain's.
    const serve = readFileSync(join(appDir, 'serve.mjs'), 'utf8');
    assert.equal(/NEXT_JOB_ID_KEY = '(0x[0-9a-f]+)'/.exec(serve)?.[1], api.query.computeMarket.nextJobId.key());

    // Every pallet error the app explains is one the chain has (a renamed error fails here).
    const source = readFileSync(join(appDir, 'src', 'chain.ts'), 'utf8');
    const explained = [...source.matchAll(/^\s+'([a-z][A-Za-z]*)\.([A-Z][A-Za-z]*)':/gm)].filter(([, section]) => section !== 'token');
    assert.ok(explained.length >= 20, `the app explains ${explained.length} errors`);
    for (const [, section, name] of explained) assert.ok(api.errors[section]?.[name], `${section}.${name} is an error of the chain`);
  });

  test('an account of a browser extension signs in the extension (the injectedWeb3 protocol)', async () => {
    // An extension as wallets are to a page: `window.injectedWeb3[name].enable()` gives its
    // accounts and a signer whose `signPayload` the extension answers, here in this process
    // with the account's sr25519 key, as the polkadot.js extension does after its user approves.
    const wallet = devKeyring().addFromUri('//Atelier//studio-wallet');
    await submitInBlock(api, api.tx.balances.transferKeepAlive(wallet.address, 100n * UNIT), alice);
    const context = await browser.newContext({ viewport: LAPTOP });
    const signed = [];
    await context.exposeBinding('walletSign', (_source, payload) => {
      signed.push(payload);
      return api.registry.createType('ExtrinsicPayload', payload, { version: payload.version }).sign(wallet).signature;
    });
    await context.addInitScript(({ address }) => {
      window.injectedWeb3 = {
        'test-wallet': {
          version: '1',
          enable: async () => ({
            accounts: { get: async () => [{ address, name: 'Studio wallet' }], subscribe: () => () => {} },
            signer: { signPayload: async (payload) => ({ id: 1, signature: await window.walletSign(payload) }) },
          }),
        },
      };
    }, { address: wallet.address });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(`${studio.url}?rpc=${encodeURIComponent(node.wsUrl)}#/governance`);
    await tab.waitForSelector('main[data-page="governance"] .card', { timeout: 60_000 });
    const options = await tab.$$eval('select[name=account] option', (list) => list.map((o) => o.textContent));
    assert.ok(options.some((o) => o.startsWith('Studio wallet (test-wallet)')), `the extension's account is offered: ${options}`);
    await tab.selectOption('select[name=account]', wallet.address);
    await tab.fill('input[name=stake-amount]', '10');
    await tab.click('button[name=stake]');
    await tab.waitForSelector('[data-staked]', { timeout: 60_000 });
    assert.equal(signed.length, 1, 'the extension signed once');
    assert.equal(signed[0].address, wallet.address);
    assert.equal((await api.query.reputation.reputations(wallet.address)).unwrap().staked.toBigInt(), 10n * UNIT);
    await context.close();
  });

  test('the reserve page shows the chain’s reserve, and every page fits a phone screen', async () => {
    // Root (the dev chain's sudo key) shortens the reserve's period to ten blocks and pays Eve a
    // budget line: a period closes, paying it.
    let paid;
    const unsubscribe = await api.query.system.events((events) => {
      for (const { event } of events) if (api.events.reserve.BudgetPaid.is(event)) paid ??= event.data;
    });
    await submitInBlock(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.reserve.setBudgetLine(eve.address, 2_880n * DOLLAR),
      api.tx.governance.setParameter({ Reserve: { Period: [null, 10] } }),
    ])), alice);
    const deadline = Date.now() + 60_000;
    while (!paid && Date.now() < deadline) await sleep(500);
    unsubscribe();
    assert.ok(paid, 'a period closed and paid the budget');

    await open('reserve');
    const status = (await rpc(node, 'reserve_status')).result;
    await page.waitForSelector(`[data-fact="stable"][data-units="${status.stable}"]`, { timeout: 30_000 });
    await page.waitForSelector('[data-chart="holdings"] polyline', { state: 'attached' });
    // The period's bar is the chart's, with the amount the chain's event paid.
    await page.waitForSelector(`[data-chart="periods"] [data-period="${paid.period.toNumber()}"][data-paid="${paid.paid.toString()}"]`,
      { state: 'attached', timeout: 30_000 });
    // The rate per block is the reserve suite's to prove; here, that a payment happened in full.
    assert.ok(paid.paid.toBigInt() > 0n && paid.shortfall.toBigInt() === 0n, `paid ${paid.paid}, short ${paid.shortfall}`);
    await page.waitForSelector('[data-chart="flows"] polyline', { state: 'attached' });
    await page.waitForSelector('[data-chart="runway"] polyline', { state: 'attached' });
    await page.waitForSelector('[data-bars="allocation"] .bar-mark', { state: 'attached' });
    await shot('reserve');

    await page.setViewportSize(PHONE);
    // On a narrow screen the transactions tray folds to one line.
    await page.waitForSelector('.tray ol', { state: 'detached' });
    for (const name of ['compute', 'provenance', 'market', 'governance', 'reserve']) {
      await open(name);
      await sleep(1_000);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} fits a 390-pixel screen (${overflow} px too wide)`);
      await shot(`${name}-phone`);
    }
    assert.deepEqual(pageErrors, [], 'no uncaught error in the page');
  });
});
