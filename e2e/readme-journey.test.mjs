// End to end: the README's journey, run as the README writes it. The test reads README.md, takes
// its blocks marked `journey` in order (```sh journey and ```js journey), and runs them on a fresh
// dev node: the shell block's commands start what it starts (the worker's key into a keystore,
// the reference inference service, `scripts/run-dev.sh`'s node with the README's flags), each
// `curl` is sent to the node as the same JSON-RPC call, and the JavaScript blocks run as one
// script in one scope, with only the ports (and /tmp paths) replaced by the test's own. Then it
// checks on chain what the journey claims: the dataset attested, the model bonded, the job
// settled with the output the service stored, the sale's royalties, the claim, the vote, the
// reputation, the reserve's grant and the challenge. A README edit that breaks the journey fails
// here.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { ApiPromise } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';

import {
  DOLLAR, HOOK_TIMEOUT_MS, UNIT, attestors, connect, devAccounts, nodeBinary, outputCommitment, rpc, startInference, startNode,
  stopInference, stopNodes, tempBasePath,
} from './lib/node.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/// The node and the JSON-RPC endpoint the README's code and curl commands use.
const README_WS = 'ws://127.0.0.1:9944';
const README_RPC = 'localhost:9944';

/// The README's journey blocks, in order: `{ lang, code }`.
function journeyBlocks(markdown) {
  const blocks = [...markdown.matchAll(/^```(\w+) journey\n([\s\S]*?)^```[ \t]*$/gm)].map(([, lang, code]) => ({ lang, code }));
  for (const { lang } of blocks) assert.ok(['js', 'sh'].includes(lang), `a journey block is js or sh, not ${lang}`);
  return blocks;
}

/// A shell block's commands as argument lists: continuation lines joined, comments dropped,
/// single and double quotes removed (nothing in the journey needs more of the shell).
function shellCommands(code) {
  const commands = [];
  for (const line of code.replace(/\\\n/g, ' ').split('\n')) {
    const words = [];
    let word = null;
    for (let i = 0; i < line.length;) {
      const c = line[i];
      if (c === "'" || c === '"') {
        const end = line.indexOf(c, i + 1);
        assert.ok(end > i, `an unterminated quote in: ${line}`);
        word = (word ?? '') + line.slice(i + 1, end);
        i = end + 1;
      } else if (c === '#' && word === null) {
        break;
      } else if (/\s/.test(c)) {
        if (word !== null) words.push(word);
        word = null;
        i += 1;
      } else {
        word = (word ?? '') + c;
        i += 1;
      }
    }
    if (word !== null) words.push(word);
    if (words.length) commands.push(words);
  }
  return commands;
}

/// The flags `scripts/run-dev.sh` gives the node before the caller's (`"$ATELIER_NODE" … "$@"`).
function runDevFlags() {
  const script = readFileSync(join(ROOT, 'scripts/run-dev.sh'), 'utf8');
  const line = script.split('\n').find((l) => l.startsWith('"$ATELIER_NODE"'));
  assert.ok(line, 'scripts/run-dev.sh runs "$ATELIER_NODE"');
  const words = shellCommands(line)[0];
  assert.equal(words.at(-1), '$@');
  return words.slice(1, -1);
}

/// `import { a, b as c } from 'm';` → `const { a, b: c } = __modules['m'];`, collecting `m`.
function rewriteImports(code, modules) {
  return code.replace(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?[ \t]*$/gm, (_, names, from) => {
    modules.add(from);
    return `const {${names.replace(/\bas\b/g, ':')}} = __modules[${JSON.stringify(from)}];`;
  });
}

describe('the README journey, run from the README on a fresh dev node', () => {
  const temp = tempBasePath('atelier-journey-');
  let node;
  let service;
  let api;
  const apis = [];
  let k;
  let steps;
  let scope;
  let checkpoints;
  let replies;
  const logs = [];

  before(async () => {
    k = await devAccounts(['Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']);

    const blocks = journeyBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    assert.ok(blocks.length > 0, 'README.md has journey blocks');
    // Every JavaScript block of the README is part of the journey, so none goes untested.
    const allJs = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/^```js\b.*$/gm);
    assert.deepEqual(allJs.filter((info) => info.trim() !== '```js journey'), [], 'every js block is a journey block');

    // The shell blocks' commands, in order: the processes they start come before any code.
    steps = [];
    for (const { lang, code } of blocks) {
      if (lang === 'js') steps.push({ js: code });
      else for (const words of shellCommands(code)) steps.push({ sh: words });
    }
    const paths = new Map();
    const replace = []; // [README's text, the test's] in the journey's code and commands
    const local = (arg) => {
      let out = arg;
      for (const [from, to] of replace) out = out.split(from).join(to);
      // Every /tmp path the README names becomes one of the test's own.
      return out.replace(/^\/tmp\/[\w.-]+$/, (path) => {
        if (!paths.has(path)) paths.set(path, join(temp, path.slice('/tmp/'.length)));
        return paths.get(path);
      });
    };
    let started = false;
    for (const step of steps) {
      if (!step.sh) {
        started = true;
        continue;
      }
      const [command, ...args] = step.sh;
      const setup = () => assert.ok(!started, `\`${step.sh.join(' ')}\` comes before the journey's code`);
      if (/^\w+=/.test(command) && args.length === 0) {
        // A variable (the binaries' directory): the test runs its own binaries.
      } else if (command.endsWith('/atelier-node') && args[0] === 'key') {
        setup();
        const run = spawnSync(nodeBinary(), args.map(local), { encoding: 'utf8' });
        assert.equal(run.status, 0, `atelier-node ${args.join(' ')}: ${run.stderr}`);
      } else if (command.endsWith('/atelier-inference')) {
        setup();
        assert.equal(args.at(-1), '&', 'the inference service runs in the background');
        const listen = args[args.indexOf('--listen') + 1];
        const outDir = local(args[args.indexOf('--out-dir') + 1]);
        mkdirSync(outDir, { recursive: true });
        service = await startInference({ outDir });
        replace.push([`http://${listen}`, service.url]);
      } else if (command === 'scripts/run-dev.sh') {
        setup();
        // The node serves the jobs of Ferdie's worker, the one the journey registers.
        assert.equal(args[args.indexOf('--worker-account') + 1], k.ferdie.address, 'the worker account is Ferdie\'s');
        node = await startNode({ basePath: temp, args: [...runDevFlags(), ...args.map(local)] });
        replace.push([README_WS, node.wsUrl]);
      } else if (command === 'curl') {
        assert.ok(args.includes(README_RPC), `curl asks ${README_RPC}`);
        step.rpc = JSON.parse(args[args.indexOf('-d') + 1]);
      } else {
        assert.fail(`the test does not know how to run \`${step.sh.join(' ')}\``);
      }
    }
    assert.ok(node && service, 'the journey starts a node and an inference service');
    for (const step of steps) if (step.js) step.js = local(step.js);
    api = await connect(node);
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    for (const a of apis) await a.disconnect().catch(() => {});
    await stopNodes([node], api);
    if (service) await stopInference(service);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('the journey\'s blocks run in order, as one script', async (t) => {
    const modules = new Set();
    const body = [];
    steps.forEach((step, i) => {
      if (step.js) body.push(rewriteImports(step.js, modules), `await __checkpoint(${i});`);
      else if (step.rpc) body.push(`await __rpc(${i});`);
    });
    body.push('return { dataset, model, quote, job, status, answer, png, output, sold, claimed, referendum, voted, highCompute, spend, challenge };');
    const loaded = {};
    for (const name of modules) loaded[name] = await import(name);
    // The script's own connections, so that a failure midway leaves none open.
    loaded['@polkadot/api'] = {
      ...loaded['@polkadot/api'],
      ApiPromise: { create: async (options) => { const a = await ApiPromise.create({ noInitWarn: true, ...options }); apis.push(a); return a; } },
    };
    checkpoints = new Map();
    replies = [];
    const AsyncFunction = (async () => {}).constructor;
    const script = new AsyncFunction('__modules', '__checkpoint', '__rpc', 'console', body.join('\n'));
    const log = (...args) => logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    try {
      scope = await script(
        loaded,
        // After each block: the best block, whose state is the block's outcome.
        async (i) => { checkpoints.set(i, await api.rpc.chain.getBlockHash()); },
        // Each curl: the same call to the test's node.
        async (i) => {
          const { method, params } = steps[i].rpc;
          const answer = await rpc(node, method, params);
          assert.equal(answer.error, undefined, `${method}: ${JSON.stringify(answer.error)}`);
          assert.notEqual(answer.result, null, `${method}(${JSON.stringify(params)}) answers`);
          replies.push({ method, result: answer.result });
        },
        { log, info: log, warn: log, error: log },
      );
    } finally {
      for (const line of logs) t.diagnostic(line);
    }
    // The README's curl commands name the ids a fresh chain gives: dataset, model, output 0.
    assert.deepEqual([scope.dataset, scope.model, scope.output, scope.referendum], [0, 0, 0, 0]);
  });

  // The best block just before the journey's block that contains `needle` ran.
  const hashBefore = (needle) => {
    const index = steps.findIndex((s) => s.js?.includes(needle));
    const earlier = [...checkpoints.keys()].filter((i) => i < index);
    return checkpoints.get(Math.max(...earlier));
  };
  // The answer to the README's first (or `which`) curl of `method`.
  const reply = (method, which = 0) => replies.filter((r) => r.method === method).at(which).result;

  test('the dataset was attested by the genesis attestors and the model bonded', async () => {
    assert.ok(scope, 'the journey ran');
    const { dataset, model } = scope;
    const hash = hashBefore('attestation.challenge');
    const at = await api.at(hash);
    // Attested for every use by both genesis attestors, //Alice//stash and //Bob//stash.
    const attested = (await rpc(node, 'attestation_status', [{ kind: 'dataset', id: dataset }, hash])).result;
    assert.deepEqual(
      attested.uses.map((u) => [u.use, u.attestations, u.cleared]),
      [['training', 2, true], ['generativeTraining', 2, true], ['inference', 2, true]],
    );
    const record = JSON.stringify((await at.query.attestation.datasets(dataset)).toJSON());
    for (const attestor of attestors()) assert.ok(record.includes(attestor.address), `${attestor.address} in ${record}`);
    const bond = (await at.query.attestation.models(model)).bond.unwrap();
    assert.equal(bond.amount.toBigInt(), 100n * UNIT);
    const status = reply('attestation_status');
    assert.equal(status.cleared, true, JSON.stringify(status));
    assert.deepEqual(status.reasons, []);
  });

  test('the quote, and the job settled by the worker with the output the service stored', async () => {
    assert.ok(scope, 'the journey ran');
    const { model, job, status, answer, png } = scope;
    assert.equal(reply('computeMarket_quote').modelAvailable, true);
    assert.equal(scope.quote.modelAvailable, true);
    assert.equal(status.status, 'settled');
    assert.equal(status.worker, k.ferdie.address);
    assert.equal(status.requester, k.bob.address);
    assert.equal(status.model, model);
    assert.equal(status.unitsUsed, 3072);
    // The receipt carries the commitment to the output; the service's answer opens it.
    assert.equal(outputCommitment(job, answer.output_hash), status.outputHash);
    const file = join(service.outDir, `${answer.output_hash.slice(2)}.png`);
    assert.ok(existsSync(file), `${file} exists`);
    assert.equal(blake2AsHex(readFileSync(file)), answer.output_hash);
    assert.equal(blake2AsHex(png), answer.output_hash);
    // The output minted from the job.
    assert.equal((await api.query.provenance.jobOutputs(job)).unwrap().toNumber(), scope.output);
  });

  test('the sale paid its royalties, and Dave claimed his', async () => {
    assert.ok(scope, 'the journey ran');
    const { model, output, sold, claimed } = scope;
    const { outputs } = (await api.query.provenance.provenanceCollections()).unwrap();
    assert.equal((await api.query.nfts.item(outputs, output)).unwrap().owner.toString(), k.eve.address);
    // 10% to Bob, 10% to the model (Charlie 60%, Dave 40%), 2% to the reserve.
    assert.equal(sold.royalties.toBigInt(), 2_200n * UNIT);
    const preview = reply('royalties_preview');
    assert.equal(BigInt(preview.sellerProceeds), 7_800n * UNIT);
    assert.equal(BigInt(preview.reserve), 200n * UNIT);
    const payouts = Object.fromEntries(preview.payouts.map((p) => [p.account, BigInt(p.amount)]));
    assert.deepEqual(payouts, { [k.bob.address]: 1_000n * UNIT, [k.charlie.address]: 600n * UNIT, [k.dave.address]: 400n * UNIT });
    const at = await api.at(hashBefore('attestation.challenge'));
    const accrued = async (who) => (await at.query.royalties.accrued(who, 'Native', model)).amount.toBigInt();
    assert.equal(await accrued(k.charlie.address), 600n * UNIT);
    assert.equal(await accrued(k.bob.address), 1_000n * UNIT);
    assert.equal(claimed.beneficiary.toString(), k.dave.address);
    assert.equal(claimed.amount.toBigInt(), 400n * UNIT);
    assert.equal(await accrued(k.dave.address), 0n);
  });

  test('Bob staked and his vote is recorded on the referendum', async () => {
    assert.ok(scope, 'the journey ran');
    const { referendum, voted } = scope;
    assert.deepEqual((await api.query.governance.votingOf(referendum, k.bob.address)).unwrap().toJSON(), { aye: true, weight: 2_500 });
    assert.equal(voted['governance.Voted'].weight.toNumber(), 2_500);
    const info = (await api.query.referenda.referendumInfoFor(referendum)).unwrap();
    assert.ok(info.isOngoing);
    assert.equal(info.asOngoing.tally.ayes.toNumber(), 2_500);
    assert.ok(info.asOngoing.decisionDeposit.isSome);
    const voter = reply('governance_voter');
    assert.deepEqual(voter.open.map((p) => [p.index, p.voted, p.votedWeight]), [[referendum, 'aye', 2_500]]);
    const rep = reply('reputation_of');
    assert.equal(rep.staked, (1_000n * UNIT).toString());
    assert.deepEqual([rep.score, rep.tier, rep.maturing], [0, 0, 10]);
    assert.equal(scope.highCompute, 'computeMarket.TierTooLow');
  });

  test('the reserve pays Eve\'s budget line and paid Dave\'s grant', async () => {
    assert.ok(scope, 'the journey ran');
    const lines = (await api.query.reserve.budget()).map((l) => [l.who.toString(), l.perDay.toBigInt()]);
    assert.deepEqual(lines, [[k.eve.address, 3_000n * DOLLAR]]);
    const status = reply('reserve_status');
    assert.equal(status.budgetPerDay, (3_000n * DOLLAR).toString());
    // The grant left the reserve's 500 000 aUSD for Dave's genesis million.
    assert.equal(status.stable, (499_000n * DOLLAR).toString());
    const usd = (await api.query.assets.account(1, k.dave.address)).unwrap().balance.toBigInt();
    assert.equal(usd, 1_000_000n * DOLLAR + 1_000n * DOLLAR);
  });

  test('the challenge was upheld: the attestors slashed, and the model earns no more', async () => {
    assert.ok(scope, 'the journey ran');
    const status = reply('attestation_status', -1);
    assert.equal(status.cleared, false);
    const violation = status.reasons.find((r) => r.reason === 'violation');
    assert.deepEqual(
      [violation?.target, violation?.challenge, violation?.severity],
      [{ kind: 'dataset', id: scope.dataset }, scope.challenge, 'major'],
      JSON.stringify(status.reasons),
    );
    // Each attestor lost half of its 1 000 ATL bond.
    for (const attestor of attestors()) {
      assert.equal((await api.query.attestation.attestors(attestor.address)).unwrap().bond.toBigInt(), 500n * UNIT);
    }
    assert.ok((await api.query.attestation.challenges(scope.challenge)).isNone, 'the challenge is closed');
  });
});
