// Provenance: register a dataset or a model, mint an output; a lineage as a graph with each
// dataset's and model's attestations and challenges, clickable.

import { useEffect, useState } from 'preact/hooks';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';

import { findEvent, parsePercent, parseWhole, rpc, send } from '../chain';
import { Address, Card, ErrorBox, Field, Input, Select, useAccount, useAction, useChain, useLive } from '../ui';

type Kind = 'dataset' | 'model' | 'output';
interface Item { kind: Kind; id: number }
interface Ancestor { item: Item; depth: number; owner: string; parents: Item[] }
interface Lineage { item: Item; ancestors: Ancestor[]; truncated: boolean }
interface Reason { reason: string; [key: string]: unknown }
interface Status {
  item: Item;
  cleared: boolean;
  uses: { use: string; attestations: number; cleared: boolean }[];
  reasons: Reason[];
}

const PERMISSIONS: [string, string][] = [['Allowed', 'allowed'], ['Constrained', 'constrained'], ['NotAllowed', 'not allowed']];
const key = (item: Item) => `${item.kind}-${item.id}`;
const label = (item: Item) => `${item.kind[0].toUpperCase()}${item.kind.slice(1)} ${item.id}`;

/// A list of whole numbers typed as `0, 2, 5` (empty: none).
function parseIds(text: string, what: string): number[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => parseWhole(s, what, 0, 2 ** 32 - 1));
}

/// What a registration commits to: a 0x hash as typed, else the hash of a chosen file, else the
/// hash of the text.
function commitment(text: string, file: Uint8Array | undefined, what: string): string {
  if (/^0x[0-9a-fA-F]{64}$/.test(text.trim())) return text.trim();
  if (file) return blake2AsHex(file);
  if (text.trim() === '') throw new Error(`${what}: type a 0x hash, choose a file, or describe it (its hash is registered)`);
  return blake2AsHex(text);
}

/// A file the user may choose, read in the browser (never uploaded) for its hash: its bytes,
/// whether it is still being read (a registration waits), and the input that chooses it.
function useFile(name: string) {
  const [bytes, setBytes] = useState<Uint8Array>();
  const [reading, setReading] = useState(false);
  const input = <input type="file" name={name} onChange={async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    setReading(true);
    try {
      setBytes(file ? new Uint8Array(await file.arrayBuffer()) : undefined);
    } finally {
      setReading(false);
    }
  }} />;
  return { bytes, reading, input };
}

function parseHash(text: string, what: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text.trim())) throw new Error(`${what}: a 32-byte hash, 0x and 64 hex digits`);
  return text.trim();
}

export function ProvenancePage({ params }: { params: URLSearchParams }) {
  const [root, setRoot] = useState<Item>(() => {
    const kind = params.get('kind') as Kind | null;
    return kind ? { kind, id: Number(params.get('id') ?? 0) } : { kind: 'model', id: 0 };
  });
  return (
    <div class="grid">
      <RegisterDataset onDone={(id) => setRoot({ kind: 'dataset', id })} />
      <RegisterModel onDone={(id) => setRoot({ kind: 'model', id })} />
      <MintOutput params={params} onDone={(id) => setRoot({ kind: 'output', id })} />
      <LineageCard root={root} setRoot={setRoot} />
    </div>
  );
}

function RegisterDataset({ onDone }: { onDone: (id: number) => void }) {
  const { api } = useChain();
  const account = useAccount();
  const [name, setName] = useState('');
  const [training, setTraining] = useState('Allowed');
  const [generative, setGenerative] = useState('Allowed');
  const [inference, setInference] = useState('Allowed');
  const [others, setOthers] = useState('');
  const file = useFile('dataset-file');
  const [done, setDone] = useState<number>();
  const action = useAction();
  const submit = () => action.runAs(async (account) => {
    const content = commitment(name, file.bytes, 'The dataset');
    const contributors: [string, number][] = [[account.address, 1]];
    for (const entry of others.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [address, weight] = entry.split(':');
      try { decodeAddress(address); } catch { throw new Error(`Contributor "${address}" is not an address`); }
      contributors.push([address, parseWhole(weight ?? '1', 'A contributor’s weight', 1, 2 ** 32 - 1)]);
    }
    const tx = api.tx.provenance.registerDataset(content, { training, generativeTraining: generative, inference }, contributors);
    const { events } = await send(api, account, tx, 'register dataset');
    const id = Number(findEvent(events, 'provenance', 'DatasetRegistered')?.dataset);
    setDone(id);
    onDone(id);
  });
  return (
    <Card title="Register a dataset" id="register-dataset">
      <div class="form">
        <Field label="Content" hint="a 0x hash, or a description whose hash is registered"><Input name="dataset-name" value={name} onInput={setName} placeholder="teapots, 1919-1933" /></Field>
        <Field label="…or its file" hint="hashed here, never uploaded">{file.input}</Field>
        <Field label="Training"><Select name="training" value={training} onChange={setTraining} options={PERMISSIONS} /></Field>
        <Field label="Generative training"><Select name="generative" value={generative} onChange={setGenerative} options={PERMISSIONS} /></Field>
        <Field label="Inference"><Select name="inference" value={inference} onChange={setInference} options={PERMISSIONS} /></Field>
        <Field label="Other contributors" hint="address:weight, comma-separated; you have weight 1"><Input name="contributors" value={others} onInput={setOthers} /></Field>
      </div>
      <button class="primary" name="register-dataset" disabled={action.busy || file.reading || !account} onClick={submit}>{file.reading ? 'Reading the file…' : 'Register dataset'}</button>
      {done !== undefined && <p class="ok" data-registered={`dataset-${done}`}>Dataset {done} registered. Attestors must attest it before models on it earn.</p>}
      <ErrorBox error={action.error} />
    </Card>
  );
}

function RegisterModel({ onDone }: { onDone: (id: number) => void }) {
  const { api } = useChain();
  const account = useAccount();
  const [datasets, setDatasets] = useState('0');
  const [base, setBase] = useState('');
  const [weights, setWeights] = useState('');
  const [datasetShare, setDatasetShare] = useState('20');
  const [baseShare, setBaseShare] = useState('0');
  const file = useFile('weights-file');
  const [done, setDone] = useState<number>();
  const action = useAction();
  const submit = () => action.runAs(async (account) => {
    const ids = parseIds(datasets, 'Datasets');
    const baseModel = base.trim() === '' ? null : parseWhole(base, 'Base model', 0, 2 ** 32 - 1);
    const version = commitment(weights, file.bytes, 'The weights');
    const shares = { datasets: parsePercent(datasetShare, 'Datasets’ share'), baseModel: parsePercent(baseShare, 'Base model’s share') };
    if (shares.datasets + shares.baseModel > 1_000_000_000) throw new Error('The datasets’ and the base model’s shares add up to more than 100%');
    const tx = api.tx.provenance.registerModel(baseModel, ids, [], version, shares);
    const { events } = await send(api, account, tx, 'register model');
    const id = Number(findEvent(events, 'provenance', 'ModelRegistered')?.model);
    setDone(id);
    onDone(id);
  });
  return (
    <Card title="Register a model" id="register-model">
      <div class="form">
        <Field label="Datasets" hint="ids, comma-separated"><Input name="datasets" value={datasets} onInput={setDatasets} /></Field>
        <Field label="Base model" hint="empty for none"><Input name="base-model" value={base} onInput={setBase} /></Field>
        <Field label="Weights" hint="a 0x hash, or a name whose hash is the version"><Input name="weights" value={weights} onInput={setWeights} placeholder="teapot diffusion v1" /></Field>
        <Field label="…or the weights file" hint="hashed here, never uploaded">{file.input}</Field>
        <Field label="Datasets’ share, %"><Input name="dataset-share" value={datasetShare} onInput={setDatasetShare} /></Field>
        <Field label="Base model’s share, %"><Input name="base-share" value={baseShare} onInput={setBaseShare} /></Field>
      </div>
      <button class="primary" name="register-model" disabled={action.busy || file.reading || !account} onClick={submit}>{file.reading ? 'Reading the file…' : 'Register model'}</button>
      {done !== undefined && <p class="ok" data-registered={`model-${done}`}>Model {done} registered. Bond it (attestation.bondModel) once its datasets are attested.</p>}
      <ErrorBox error={action.error} />
    </Card>
  );
}

function MintOutput({ params, onDone }: { params: URLSearchParams; onDone: (id: number) => void }) {
  const { api } = useChain();
  const account = useAccount();
  const job = params.get('mintJob') ?? '';
  const [model, setModel] = useState(params.get('model') ?? '0');
  const [jobText, setJob] = useState(job);
  const [hash, setHash] = useState(params.get('hash') ?? '');
  const [prompt, setPrompt] = useState(job ? localStorage.getItem(`atelier.prompt.${job}`) ?? '' : '');
  const [parents, setParents] = useState('');
  const [share, setShare] = useState('10');
  const [done, setDone] = useState<number>();
  const action = useAction();
  const submit = () => action.runAs(async (account) => {
    const modelId = parseWhole(model, 'Model', 0, 2 ** 32 - 1);
    const jobId = jobText.trim() === '' ? null : parseWhole(jobText, 'Job', 0, Number.MAX_SAFE_INTEGER);
    const content = parseHash(hash, 'Content hash');
    const prompts = prompt.trim() === '' ? [] : [blake2AsHex(prompt)];
    const tx = api.tx.provenance.mintOutput(modelId, jobId, content, prompts, parseIds(parents, 'Remixed outputs'), null,
      parsePercent(share, 'Creator’s royalty'));
    const { events } = await send(api, account, tx, 'mint output');
    const id = Number(findEvent(events, 'provenance', 'OutputMinted')?.output);
    setDone(id);
    onDone(id);
  });
  return (
    <Card title="Mint an output" id="mint-output">
      <div class="form">
        <Field label="Model"><Input name="mint-model" value={model} onInput={setModel} /></Field>
        <Field label="Job" hint="the job that rendered it; empty for none"><Input name="mint-job" value={jobText} onInput={setJob} /></Field>
        <Field label="Content hash"><Input name="content-hash" value={hash} onInput={setHash} placeholder="0x…" /></Field>
        <Field label="Prompt" hint="its hash is recorded"><Input name="mint-prompt" value={prompt} onInput={setPrompt} /></Field>
        <Field label="Remixes" hint="output ids, comma-separated"><Input name="parents" value={parents} onInput={setParents} /></Field>
        <Field label="Your royalty, %" hint="on every later sale"><Input name="creator-share" value={share} onInput={setShare} /></Field>
      </div>
      <button class="primary" name="mint-output" disabled={action.busy || !account} onClick={submit}>Mint output</button>
      {done !== undefined && (
        <p class="ok" data-minted={done}>Output {done} minted. <a href={`#/market?output=${done}`}>List it on the market</a>.</p>
      )}
      <ErrorBox error={action.error} />
    </Card>
  );
}

function LineageCard({ root, setRoot }: { root: Item; setRoot: (item: Item) => void }) {
  const [kind, setKind] = useState<string>(root.kind);
  const [id, setId] = useState(String(root.id));
  const [chosen, setChosen] = useState<Item>(root);
  const [invalid, setInvalid] = useState<string>();
  useEffect(() => { setKind(root.kind); setId(String(root.id)); setChosen(root); }, [key(root)]);
  const lineage = useLive((api) => rpc<Lineage | null>(api, 'provenance_lineage', [root, 16]), [key(root)]);
  const items: Ancestor[] = lineage.value
    ? [{ item: root, depth: 0, owner: '', parents: lineage.value.ancestors.filter((a) => a.depth === 1).map((a) => a.item) }, ...lineage.value.ancestors]
    : [];
  const statuses = useLive(async (api) => {
    const judged = items.filter((entry) => entry.item.kind !== 'output');
    const answers = await Promise.all(judged.map((entry) => rpc<Status | null>(api, 'attestation_status', [entry.item])));
    return Object.fromEntries(judged.map((entry, i) => [key(entry.item), answers[i]]));
  }, [items.map((i) => key(i.item)).join()]);

  return (
    <Card title="Lineage" id="lineage" wide>
      <div class="form inline">
        <Field label="Kind"><Select name="lineage-kind" value={kind} onChange={setKind} options={[['output', 'output'], ['model', 'model'], ['dataset', 'dataset']]} /></Field>
        <Field label="Id"><Input name="lineage-id" value={id} onInput={setId} /></Field>
        <button name="show-lineage" onClick={() => {
          try {
            setRoot({ kind: kind as Kind, id: parseWhole(id, 'Id', 0, 2 ** 32 - 1) });
            setInvalid(undefined);
          } catch (e) {
            setInvalid((e as Error).message);
          }
        }}>Show</button>
      </div>
      <ErrorBox error={invalid} />
      {lineage.error && <ErrorBox error={lineage.error} />}
      {lineage.value === null && <p class="muted" data-lineage="none">{label(root)} does not exist.</p>}
      {lineage.value && (
        <LineageGraph items={items} statuses={statuses.value ?? {}} chosen={chosen} onChoose={setChosen} truncated={lineage.value.truncated} />
      )}
      {lineage.value && <ItemDetails item={chosen} status={statuses.value?.[key(chosen)]} owner={items.find((i) => key(i.item) === key(chosen))?.owner}
        onOpen={() => setRoot(chosen)} isRoot={key(chosen) === key(root)} />}
    </Card>
  );
}

function colour(status: Status | null | undefined, kind: Kind): string {
  if (kind === 'output') return 'node-output';
  if (!status) return 'node-unknown';
  if (status.reasons.some((r) => r.reason === 'violation' || r.reason === 'challengeOpen')) return 'node-challenged';
  return status.cleared ? 'node-cleared' : 'node-pending';
}

/// The lineage as layers by depth (the item on top, its ancestors below), an edge from each item
/// to each of its parents. Nodes are buttons: choosing one shows its details.
function LineageGraph({ items, statuses, chosen, onChoose, truncated }: {
  items: Ancestor[]; statuses: Record<string, Status | null>; chosen: Item; onChoose: (item: Item) => void; truncated: boolean;
}) {
  const ROW = 90, NODE_W = 120, NODE_H = 40;
  const depths = Math.max(...items.map((i) => i.depth)) + 1;
  // Wide enough for the widest layer: the graph scrolls sideways rather than overlap.
  const widest = Math.max(...Array.from({ length: depths }, (_, d) => items.filter((i) => i.depth === d).length));
  const W = Math.max(720, widest * (NODE_W + 16));
  const positions = new Map<string, [number, number]>();
  for (let d = 0; d < depths; d++) {
    const row = items.filter((i) => i.depth === d);
    row.forEach((entry, i) => positions.set(key(entry.item), [((i + 0.5) / row.length) * W, 20 + d * ROW]));
  }
  return (
    <div class="lineage-wrap">
      <svg class="lineage" viewBox={`0 0 ${W} ${depths * ROW}`} style={{ minWidth: `${Math.min(W, 520 * (W / 720))}px` }} role="img" aria-label="lineage graph">
        {items.flatMap((entry) => entry.parents.map((parent) => {
          const from = positions.get(key(entry.item)), to = positions.get(key(parent));
          if (!from || !to) return null;
          return <line class="edge" x1={from[0]} y1={from[1] + NODE_H} x2={to[0]} y2={to[1]} />;
        }))}
        {items.map((entry) => {
          const [x, y] = positions.get(key(entry.item))!;
          const status = statuses[key(entry.item)];
          return (
            <g class={`node ${colour(status, entry.item.kind)}${key(entry.item) === key(chosen) ? ' chosen' : ''}`} data-node={key(entry.item)}
              tabIndex={0} role="button" onClick={() => onChoose(entry.item)} onKeyDown={(e) => e.key === 'Enter' && onChoose(entry.item)}>
              <rect x={x - NODE_W / 2} y={y} width={NODE_W} height={NODE_H} rx="8" />
              <text x={x} y={y + 17} text-anchor="middle">{label(entry.item)}</text>
              <text x={x} y={y + 32} text-anchor="middle" class="sub">
                {entry.item.kind === 'output' ? 'output' : status ? (status.cleared ? 'cleared' : status.reasons.some((r) => r.reason === 'challengeOpen' || r.reason === 'violation') ? 'challenged' : 'not cleared') : '…'}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="legend-line"><span class="key node-cleared">cleared to earn</span><span class="key node-pending">not cleared</span><span class="key node-challenged">challenge or violation</span>{truncated && ' · truncated at depth 16'}</p>
    </div>
  );
}

function ItemDetails({ item, status, owner, onOpen, isRoot }: { item: Item; status?: Status | null; owner?: string; onOpen: () => void; isRoot: boolean }) {
  const details = useLive(async (api) => {
    if (item.kind === 'dataset') return (await api.query.provenance.datasets(item.id)).toJSON();
    if (item.kind === 'model') return (await api.query.provenance.models(item.id)).toJSON();
    return (await api.query.provenance.outputs(item.id)).toJSON();
  }, [key(item)]);
  const challenge = useLive(async (api) => {
    if (item.kind === 'output') return null;
    const target = item.kind === 'dataset' ? { Dataset: item.id } : { Model: item.id };
    const id = (await api.query.attestation.openChallenge(target)).toJSON() as number | null;
    return id === null ? null : { id, ...((await api.query.attestation.challenges(id)).toJSON() as { severity: string; deadline: number }) };
  }, [key(item)]);
  const record = details.value as Record<string, unknown> | null | undefined;
  const who = (record?.owner ?? record?.creator ?? owner) as string | undefined;
  return (
    <div class="details" data-details={key(item)}>
      <h3>{label(item)}</h3>
      <dl class="facts">
        {who && <><dt>{item.kind === 'output' ? 'Creator' : 'Owner'}</dt><dd><Address address={who} /></dd></>}
        {record?.contentHash !== undefined && <><dt>Content hash</dt><dd class="hash">{String(record.contentHash)}</dd></>}
        {record?.versionHash !== undefined && <><dt>Version</dt><dd class="hash">{String(record.versionHash)}</dd></>}
        {record?.job !== undefined && record?.job !== null && <><dt>Job</dt><dd>{String(record.job)}</dd></>}
        {status && <><dt>Cleared to earn</dt><dd data-fact="cleared">{status.cleared ? 'yes' : 'no'}</dd></>}
        {status?.uses.map((u) => <><dt>Attested for {u.use}</dt><dd>{u.attestations} attestation{u.attestations === 1 ? '' : 's'}{u.cleared ? ' (quorum)' : ''}</dd></>)}
        {status?.reasons.map((r) => <><dt>Obstacle</dt><dd data-reason={r.reason}>{r.reason}{Object.entries(r).filter(([k]) => k !== 'reason').map(([k, v]) => ` ${k} ${JSON.stringify(v)}`).join(',')}</dd></>)}
        {challenge.value && <><dt>Open challenge</dt><dd data-fact="challenge">#{challenge.value.id}, {String(challenge.value.severity)}, until block {String(challenge.value.deadline)}</dd></>}
      </dl>
      {!isRoot && <button name="open-lineage" onClick={onOpen}>Show the lineage of {label(item)}</button>}
    </div>
  );
}
