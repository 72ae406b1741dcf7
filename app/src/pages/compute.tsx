// Compute: a quote for a model, class and units; a job submitted, followed to its receipt, and
// the output the worker served (checked against the receipt's commitment); the base fee per
// class over recent blocks.

import { useEffect, useState } from 'preact/hooks';
import { blake2AsHex } from '@polkadot/util-crypto';

import { atl, findEvent, outputCommitment, parseWhole, rpc, send } from '../chain';
import { go } from '../router';
import { Address, Card, ErrorBox, Field, Input, LineChart, Select, useAccount, useAction, useBlockSeries, useChain, useLive } from '../ui';

const CLASSES: [string, string][] = [['Cpu', 'CPU'], ['ConsumerGpu', 'Consumer GPU'], ['DatacenterGpu', 'Datacenter GPU']];
const COLORS = ['#2563eb', '#d97706', '#059669'];

interface Quote {
  modelAvailable: boolean;
  baseFeePerUnit: string;
  nextBaseFeePerUnit: string;
  suggestedTipPerUnit: string;
  suggestedMaxBaseFeePerUnit: string;
  estimatedCost: string;
  verification: { deterministicWorkers: number; nondeterministicWorkers: number; spotChecked: boolean; checkRatePerBillion: number | null };
}

interface JobStatus {
  job: number;
  status: 'pending' | 'assigned' | 'settled' | 'disputed';
  requester: string;
  model: number;
  class: string;
  maxUnits: number;
  worker: string | null;
  baseFeePerUnit: string | null;
  outputHash: string | null;
  unitsUsed: number | null;
  charged: string | null;
  escrow: string;
  deadline: number;
}

/// Where the inference service answers: `?inference=` in the address, else the app's own
/// server's `/inference` (serve.mjs forwards it to the worker's service).
export function inferenceUrl(): string {
  const fromQuery = new URLSearchParams(location.search).get('inference');
  if (fromQuery) localStorage.setItem('atelier.inference', fromQuery);
  return (fromQuery ?? localStorage.getItem('atelier.inference') ?? new URL('inference', location.href).href).replace(/\/$/, '');
}

const jobsKey = (address: string) => `atelier.jobs.${address}`;
export function followedJobs(address: string): number[] {
  return JSON.parse(localStorage.getItem(jobsKey(address)) ?? '[]') as number[];
}

export function ComputePage({ params }: { params: URLSearchParams }) {
  const { api, head } = useChain();
  const account = useAccount();
  const [model, setModel] = useState(params.get('model') ?? '0');
  const [klass, setKlass] = useState('Cpu');
  const [units, setUnits] = useState('5000');
  const [verification, setVerification] = useState('Required');
  const [prompt, setPrompt] = useState('a teapot in the style of a Bauhaus poster');
  const [blocks, setBlocks] = useState('100');
  const [jobs, setJobs] = useState<number[]>([]);
  const action = useAction();

  useEffect(() => setJobs(account ? followedJobs(account.address) : []), [account?.address]);

  let input: { model: number; units: number } | string;
  try {
    input = { model: parseWhole(model, 'Model', 0, 2 ** 32 - 1), units: parseWhole(units, 'Units', 1, 2 ** 53 - 1) };
  } catch (e) {
    input = (e as Error).message;
  }
  const quote = useLive<Quote | null>(
    async (api) => (typeof input === 'string' ? null : rpc<Quote>(api, 'computeMarket_quote', [input.model, klass, input.units])),
    [model, klass, units],
  );

  const fees = useBlockSeries(async (api, hash) => {
    const at = await api.at(hash);
    const values = await at.query.computeMarket.baseFee.multi(CLASSES.map(([c]) => c));
    return values.map((v) => Number((v as unknown as { toBigInt(): bigint }).toBigInt()) / 1e6);
  }, 60);

  const submit = () => action.runAs(async (account) => {
    if (typeof input === 'string') throw new Error(input);
    const q = quote.value;
    if (!q) throw new Error('Wait for the quote');
    if (!q.modelAvailable) throw new Error(`Model ${input.model} cannot take jobs: it does not exist, or it is not attested and bonded (see Provenance)`);
    if (prompt.trim() === '') throw new Error('Write a prompt: the job commits to its hash');
    const deadline = head.number + parseWhole(blocks, 'Deadline', 2, 14_400);
    const tx = api.tx.computeMarket.submitJob(input.model, klass, input.units, q.suggestedMaxBaseFeePerUnit,
      q.suggestedTipPerUnit, blake2AsHex(prompt), deadline, verification);
    const { events } = await send(api, account, tx, `submit job (model ${input.model})`);
    const submitted = findEvent(events, 'computeMarket', 'JobSubmitted');
    if (!submitted) throw new Error('The block has no JobSubmitted event');
    const job = Number(submitted.job);
    localStorage.setItem(`atelier.prompt.${job}`, prompt);
    const list = [job, ...followedJobs(account.address)].slice(0, 20);
    localStorage.setItem(jobsKey(account.address), JSON.stringify(list));
    setJobs(list);
  });

  const q = quote.value;
  const lapseFee = (api.consts.computeMarket.pendingLapseFee as unknown as { toBigInt(): bigint }).toBigInt();
  return (
    <div class="grid">
      <Card title="Quote and submit a job" id="quote">
        <div class="form">
          <Field label="Model"><Input name="model" value={model} onInput={setModel} /></Field>
          <Field label="Hardware class"><Select name="class" value={klass} onChange={setKlass} options={CLASSES} /></Field>
          <Field label="Compute units" hint="512² costs 3 072 units on the reference service"><Input name="units" value={units} onInput={setUnits} /></Field>
          <Field label="Verification" hint="Required: only workers a re-run can check">
            <Select name="verification" value={verification} onChange={setVerification} options={[['Required', 'Required (checkable)'], ['Waived', 'Waived (any worker)']]} />
          </Field>
          <Field label="Prompt" hint="the job carries its hash"><Input name="prompt" value={prompt} onInput={setPrompt} /></Field>
          <Field label="Deadline, in blocks"><Input name="deadline" value={blocks} onInput={setBlocks} /></Field>
        </div>
        {typeof input === 'string' && <ErrorBox error={input} />}
        {quote.error && <ErrorBox error={quote.error} />}
        {q && (
          <dl class="facts" data-quote={q.estimatedCost}>
            <dt>Model</dt><dd data-fact="available">{q.modelAvailable ? 'available' : 'not available (not attested and bonded, or unknown)'}</dd>
            <dt>Base fee per unit</dt><dd data-fact="base-fee">{atl(q.baseFeePerUnit, 9)}</dd>
            <dt>Next block's base fee</dt><dd>{atl(q.nextBaseFeePerUnit, 9)}</dd>
            <dt>Max base fee you pay</dt><dd data-fact="max-base-fee">{atl(q.suggestedMaxBaseFeePerUnit, 9)}</dd>
            <dt>Tip per unit</dt><dd>{atl(q.suggestedTipPerUnit, 9)}</dd>
            <dt>Estimated cost</dt><dd data-fact="estimated-cost">{atl(q.estimatedCost, 6)}</dd>
            {typeof input !== 'string' && <>
              <dt>Most you pay</dt><dd data-fact="most">{atl(BigInt(input.units) * (BigInt(q.suggestedMaxBaseFeePerUnit) + BigInt(q.suggestedTipPerUnit)), 6)}</dd>
              <dt>Held until it settles</dt><dd data-fact="escrow">{atl(BigInt(input.units) * (BigInt(q.suggestedMaxBaseFeePerUnit) + BigInt(q.suggestedTipPerUnit)) + lapseFee, 6)} (the most, and a {atl(lapseFee, 6)} lapse fee returned when a worker takes it)</dd>
            </>}
            <dt>Workers</dt><dd>{q.verification.deterministicWorkers} checkable, {q.verification.nondeterministicWorkers} nondeterministic{q.verification.spotChecked ? ' · receipts spot-checked' : ''}</dd>
          </dl>
        )}
        <button class="primary" name="submit-job" disabled={action.busy || !account} onClick={submit}>Submit job</button>
        <ErrorBox error={action.error} />
      </Card>
      <Card title="Base fee per unit, recent blocks" id="base-fee">
        <LineChart id="base-fee" label="µATL per unit"
          format={(y) => `${y.toFixed(3)} µ`}
          series={CLASSES.map(([, name], i) => ({ name, color: COLORS[i], points: fees.map(([n, v]) => [n, v[i]] as [number, number]) }))} />
      </Card>
      <Card title="Your jobs" id="jobs" wide>
        {jobs.length === 0 ? <p class="muted">No job submitted from this account in this browser yet.</p> : jobs.map((job) => <JobCard job={job} />)}
      </Card>
    </div>
  );
}

interface Served {
  /// The receipt's commitment the output was checked against.
  commitment?: string;
  hash: string;
  opens: boolean;
  image?: string;
  imageHash?: string;
  width?: number;
  height?: number;
  error?: string;
}

/// Where a settled job's status is kept: per chain (a dev chain started afresh reuses job ids).
const savedKey = (genesis: string, job: number) => `atelier.job.${genesis}.${job}`;

function restore(key: string): JobStatus | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as JobStatus | null;
    return saved?.status === 'settled' ? saved : null;
  } catch {
    return null;
  }
}

function JobCard({ job }: { job: number }) {
  const { api, head } = useChain();
  const key = savedKey(api.genesisHash.toHex(), job);
  const live = useLive((api) => rpc<JobStatus | null>(api, 'computeMarket_jobStatus', [job]), [job]);
  // The settled status, kept in the browser: a settled job leaves the chain's job list after its
  // challenge period, and its card goes on showing its receipt and output. Only a settled one:
  // a job last seen pending that then expired is closed, not pending.
  const [last, setLast] = useState<JobStatus | null>(() => restore(key));
  const [served, setServed] = useState<Served>();
  useEffect(() => {
    if (!live.value) return;
    setLast(live.value);
    if (live.value.status === 'settled') {
      try { localStorage.setItem(key, JSON.stringify(live.value)); } catch { /* storage full or blocked */ }
    }
  }, [live.value]);
  const status = live.value ?? (live.value === null ? restore(key) ?? (last?.status === 'settled' ? last : null) : last);
  const closed = live.value === null;
  // The image's object URL is released with the card.
  useEffect(() => () => { if (served?.image) URL.revokeObjectURL(served.image); }, [served?.image]);

  useEffect(() => {
    // Fetched once settled; tried again at the next block after a failure.
    if (status?.status !== 'settled' || !status.outputHash || (served && !served.error && served.commitment === status.outputHash)) return;
    const commitment = status.outputHash;
    (async () => {
      const base = inferenceUrl();
      const answer = await fetch(`${base}/v1/jobs/${job}`);
      if (answer.status === 401) throw new Error(`the worker's service keeps job ${job}'s answer private while the job can still be spot-checked (until its challenge period ends)`);
      if (!answer.ok) throw new Error(`the inference service answered ${answer.status} for job ${job}`);
      const { output_hash: hash, width, height } = (await answer.json()) as { output_hash: string; width?: number; height?: number };
      const opens = outputCommitment(job, hash) === commitment;
      const file = await fetch(`${base}/v1/outputs/${hash}.png`);
      if (!file.ok) throw new Error(`the inference service answered ${file.status} for the output ${hash}`);
      const png = new Uint8Array(await file.arrayBuffer());
      const image = URL.createObjectURL(new Blob([png], { type: 'image/png' }));
      setServed({ commitment, hash, opens, image, imageHash: blake2AsHex(png), width, height });
    })().catch((e) => setServed({ commitment, hash: '', opens: false, error: e instanceof Error ? e.message : String(e) }));
  }, [status?.status, status?.outputHash, served?.error ? head.hash : '']);

  if (!status) {
    return <article class="job" data-job={job} data-status={closed ? 'closed' : 'loading'}><h3>Job {job}</h3><p class="muted">{closed ? 'Closed, and not seen settled from this browser: it expired or was refused (refunded), or it settled and its challenge period is over.' : 'Loading…'}</p></article>;
  }
  const steps = ['pending', 'assigned', 'settled'];
  const at = steps.indexOf(status.status);
  return (
    <article class="job" data-job={job} data-status={status.status}>
      <h3>Job {job} · model {status.model} · {status.class}</h3>
      <ol class="steps">
        {steps.map((s, i) => <li class={i <= at ? 'done' : ''}>{s}</li>)}
        {status.status === 'disputed' && <li class="done bad">disputed</li>}
      </ol>
      <dl class="facts">
        {status.status !== 'settled' && <><dt>Escrow</dt><dd>{atl(status.escrow, 6)}</dd></>}
        {status.worker && <><dt>Worker</dt><dd><Address address={status.worker} /></dd></>}
        {status.unitsUsed !== null && <><dt>Units used</dt><dd data-fact="units-used">{status.unitsUsed} of {status.maxUnits}</dd></>}
        {status.charged !== null && <><dt>Charged</dt><dd data-fact="charged" data-planck={status.charged}>{atl(status.charged, 9)}</dd></>}
        {status.outputHash && <><dt>Receipt commitment</dt><dd class="hash">{status.outputHash}</dd></>}
      </dl>
      {served?.error && <ErrorBox error={`The output could not be fetched (${inferenceUrl()}): ${served.error}. Tried again at every block.`} />}
      {served?.image && (
        <div class="output" data-output={served.hash}>
          <img src={served.image} alt={`the output of job ${job}`} width={served.width} height={served.height} />
          <ul class="checks">
            <li class={served.opens ? 'ok' : 'bad'} data-check="commitment">{served.opens ? '✓ the output hash opens the receipt’s commitment' : '✗ the output hash does not open the receipt’s commitment'}</li>
            <li class={served.imageHash === served.hash ? 'ok' : 'bad'} data-check="image">{served.imageHash === served.hash ? '✓ the image hashes to the output hash' : '✗ the image is not the one the worker signed'}</li>
          </ul>
          <p class="hash">{served.hash}</p>
          {served.opens && served.imageHash === served.hash
            ? <button name="mint" onClick={() => go('provenance', { mintJob: job, model: status.model, hash: served.hash })}>Mint this design as an output</button>
            : <p class="error">Do not mint this: the service’s answer does not match the receipt on chain.</p>}
        </div>
      )}
    </article>
  );
}
