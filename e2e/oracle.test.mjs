// End to end: the oracle layer with three operators, each running the reference operator
// `atelier-oracle` beside a dev node and the reference inference service. Root shortens the
// operators' rounds (the idle round reopens at once under the new windows) and the reserve's
// period. Bob and Charlie evaluate a registered model on each round's evaluation set and read
// ATL's price from a venue (a local HTTP server standing for an exchange, 30% above the pool);
// Dave runs the same binary misconfigured to report everything 50% high. After the first round
// closes, the model's quality is the honest operators' value (which `atelier-oracle --dry-run
// --round` recomputes), ATL's price is the venue's, Dave is slashed to the reserve and penalised
// in reputation, and the reserve's next period reads the operators' price 30% from its own and
// moves its aUSD target up a step.

import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';

import {
  DEV_FAST, HOOK_TIMEOUT_MS, devAccounts, freePort, oracleBinary, registerModel, rpc, sleep,
  startConnected, startInference, stopInference, stopNodes, submitInBlock as submit, tempBasePath,
} from './lib/node.mjs';

const run = promisify(execFile);

describe('oracle: three operators run atelier-oracle; a faulty one is slashed; the reserve moves', () => {
  let node;
  let api;
  let k;
  let service;
  let venue;
  let venuePrice;
  const operators = [];
  const logs = tempBasePath('atelier-oracle-');

  before(async () => {
    ({ node, api } = await startConnected({ args: DEV_FAST }));
    k = await devAccounts();
    service = await startInference();
    const port = await freePort();
    venue = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ usd: venuePrice }));
    });
    await new Promise((resolve) => venue.listen(port, '127.0.0.1', resolve));
    venue.url = `http://127.0.0.1:${port}/price`;
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    for (const child of operators) child.kill('SIGTERM');
    venue?.close();
    if (service) await stopInference(service);
    await stopNodes([node].filter(Boolean), api);
  }, { timeout: HOOK_TIMEOUT_MS });

  const metrics = async () => {
    const reply = await rpc(node, 'oracle_metrics', []);
    assert.equal(reply.error, undefined, JSON.stringify(reply.error));
    return reply.result;
  };

  // Every event of each new best block, from `from` on, until `done(event, number)` says stop.
  const watch = async (from, done, timeoutMs = 300_000) => {
    const deadline = Date.now() + timeoutMs;
    let next = from;
    while (Date.now() < deadline) {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      for (; next <= best; next += 1) {
        const hash = await api.rpc.chain.getBlockHash(next);
        for (const { event } of await (await api.at(hash)).query.system.events()) {
          if (done(event, next)) return next;
        }
      }
      await sleep(500);
    }
    throw new Error(`nothing awaited happened after block ${from}; operators' logs in ${logs}`);
  };

  const startOperator = (name, uri, model, extra = []) => {
    const log = createWriteStream(join(logs, `${name}.log`));
    const child = spawn(oracleBinary(), [
      '--rpc', node.rpcUrl, '--inference-endpoint', service.url, '--atl-price-url', venue.url,
      '--model', String(model), '--bond', '1000', '--poll-ms', '500',
      '--state-file', join(logs, `${name}.state`), ...extra,
    ], { env: { ...process.env, ATELIER_ORACLE_SURI: uri }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    operators.push(child);
    return child;
  };

  test('a round publishes the honest median, slashes the faulty operator, and steers the reserve', async () => {
    // The venue quotes ATL 30% above the pool's average: a gap past the steering's 5% swing.
    let average = null;
    for (let i = 0; i < 30 && !average; i += 1) {
      average = (await rpc(node, 'reserve_status', [])).result.averagePrice;
      if (!average) await sleep(1_000);
    }
    assert.ok(Number(average) > 0, `the pool has a price: ${average}`);
    venuePrice = Number(average) * 1.3;
    // A model to evaluate.
    const { model } = await registerModel(api, k.alice, { name: 'oracle-e2e', weights: 'oracle-e2e' });
    // Root: rounds of 10 + 10 blocks (the idle round reopens under them) and a reserve period
    // of 10 blocks.
    const params = {
      minBond: 1_000n * 10n ** 12n, commitBlocks: 10, revealBlocks: 10, quorum: 3, band: 100_000_000,
      deviationSlash: 100_000_000, silenceRounds: 6, silenceSlash: 10_000_000, staleRounds: 24,
    };
    await submit(api, api.tx.sudo.sudo(api.tx.governance.setParameter({ Oracle: { Operators: [null, params] } })), k.alice);
    const round = (await api.query.oracleOperators.currentRound()).unwrap();
    const opened = round.openedAt.toNumber();
    assert.equal(round.commitEnds.toNumber(), opened + 10, `the idle round reopened: ${round.toString()}`);
    assert.equal(round.revealEnds.toNumber(), opened + 20);
    await submit(api, api.tx.sudo.sudo(api.tx.governance.setParameter({ Reserve: { Period: [null, 10] } })), k.alice);
    const initial = await metrics();
    assert.equal(initial.steered.targets.stable, '50.0000');
    assert.equal(initial.externalPrice, null, 'no operator has reported a price');

    // Three operators; Dave's is misconfigured.
    startOperator('bob', '//Bob', model);
    startOperator('charlie', '//Charlie', model);
    startOperator('dave', '//Dave', model, ['--misreport', '50']);

    // The first round that publishes: both keys, from all three.
    const feeds = {};
    let slashed = null;
    let penalised = null;
    let closedRound = null;
    const closedAt = await watch(opened, (event, number) => {
      const data = event.data.toJSON();
      if (event.section === 'oracleOperators' && event.method === 'FeedUpdated') {
        const [key, value, reporters] = data;
        feeds[JSON.stringify(key).toLowerCase()] = { value: BigInt(value), reporters, number };
      }
      if (event.section === 'oracleOperators' && event.method === 'OperatorSlashed') {
        slashed = { operator: event.data[0].toString(), amount: BigInt(data[1]), reason: event.data[2].toString() };
      }
      if (event.section === 'reputation' && event.method === 'Penalized') {
        penalised = { who: event.data[0].toString(), offence: event.data[1].toString() };
      }
      if (event.section === 'oracleOperators' && event.method === 'RoundClosed' && data[1] > 0) {
        closedRound = Number(data[0]);
        return true;
      }
      return false;
    });
    const quality = feeds[JSON.stringify({ modelQuality: model }).toLowerCase()];
    const price = feeds['{"atlprice":null}'];
    assert.ok(quality && price, `both keys published: ${JSON.stringify(Object.keys(feeds))}`);
    assert.equal(quality.reporters, 3);
    assert.ok(quality.value > 0n && quality.value <= 1_000_000n, `a quality in parts per million: ${quality.value}`);

    // The median is the honest operators': what `atelier-oracle --dry-run` computes for that
    // round from the same chain and service.
    const { stdout } = await run(oracleBinary(), [
      '--rpc', node.rpcUrl, '--inference-endpoint', service.url, '--atl-price-url', venue.url,
      '--model', String(model), '--dry-run', '--round', String(closedRound),
    ], { env: { ...process.env, ATELIER_ORACLE_SURI: '//Ferdie' } });
    const honest = JSON.parse(stdout);
    assert.equal(honest.round, closedRound);
    const honestQuality = honest.values.find((v) => v.key === 'modelQuality' && v.model === model);
    assert.equal(BigInt(honestQuality.value), quality.value, 'the published quality is the honest value');
    assert.equal(price.value, BigInt(Math.round(venuePrice * 1_000_000)), 'the venue price, in millionths of a dollar');

    // Dave's values were 50% high: slashed to the reserve (10% of his bond) and penalised.
    assert.deepEqual(slashed, { operator: k.dave.address, amount: 100n * 10n ** 12n, reason: 'Deviation' });
    assert.deepEqual(penalised, { who: k.dave.address, offence: 'OracleDeviation' });
    const rep = (await api.query.reputation.reputations(k.dave.address)).unwrap();
    assert.ok(rep.penalties.toNumber() > 0);

    // Until then the reserve read no operators' price and kept its own targets; the first
    // period that closes after the feed reads it, 30% from its own, and steps aUSD up.
    const at = async (number) => {
      const reply = await rpc(node, 'oracle_metrics', [(await api.rpc.chain.getBlockHash(number)).toHex()]);
      assert.equal(reply.error, undefined, JSON.stringify(reply.error));
      return reply.result;
    };
    const published = await at(closedAt);
    assert.ok(published.externalPrice, 'the operators\' price is fresh');
    assert.equal(published.steered.targets.stable, '50.0000');
    const steeredAt = await watch(closedAt + 1, (event) => event.section === 'reserve' && event.method === 'Steered');
    const steered = await at(steeredAt);
    assert.ok(Number(steered.last.externalGap) > 25, `the gap: ${steered.last.externalGap}`);
    assert.equal(steered.last.priceSignal, 'up');
    assert.equal(steered.steered.targets.stable, '52.0000');
  });
});
