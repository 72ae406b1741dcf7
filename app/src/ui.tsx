// The app's shared pieces: the chain context, forms, the line chart, errors, the pending tray.

import type { ApiPromise } from '@polkadot/api';
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';

import { TxFailed, poolError, shortAddress, transactions, type ChainError } from './chain';
import { useStore } from './store';
import { accounts, selected, type Account } from './wallet';

export interface Head {
  number: number;
  hash: string;
}

export interface ChainContext {
  api: ApiPromise;
  head: Head;
}

export const Chain = createContext<ChainContext | null>(null);

export function useChain(): ChainContext {
  const context = useContext(Chain);
  if (!context) throw new Error('useChain outside the connected app');
  return context;
}

/// The selected account, or undefined when there is none.
export const useAccount = (): Account | undefined => useStore(selected);

/// Re-runs `load` at every new block (the new-heads subscription drives it) and when `deps`
/// change. A load slower than a block still lands unless a later one landed first; a change of
/// `deps` clears the value at once, so nothing of the previous inputs (another account's,
/// another listing's) stays on screen. Errors show in `error`.
export function useLive<T>(load: (api: ApiPromise, head: Head) => Promise<T>, deps: unknown[]): { value?: T; error?: string } {
  const { api, head } = useChain();
  const key = JSON.stringify(deps);
  const [state, setState] = useState<{ key: string; value?: T; error?: string }>({ key });
  const current = useRef({ key, started: 0, landed: 0 });
  current.current.key = key;
  useEffect(() => {
    const run = ++current.current.started;
    const land = (change: { value?: T; error?: string }) => {
      if (current.current.key !== key || run < current.current.landed) return;
      current.current.landed = run;
      setState((s) => (s.key === key ? { key, value: s.value, ...change } : { key, ...change }));
    };
    load(api, head).then(
      (value) => land({ value, error: undefined }),
      (error) => land({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, [head.hash, key]);
  return state.key === key ? state : {};
}

export function Card({ title, children, id, wide }: { title: string; children: ComponentChildren; id?: string; wide?: boolean }) {
  return (
    <section class={`card${wide ? ' wide' : ''}`} id={id} data-card={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Field({ label, children, hint }: { label: string; children: ComponentChildren; hint?: string }) {
  return (
    <label class="field">
      <span>{label}</span>
      {children}
      {hint && <small>{hint}</small>}
    </label>
  );
}

export function Input({ value, onInput, name, type = 'text', placeholder }: {
  value: string; onInput: (v: string) => void; name: string; type?: string; placeholder?: string;
}) {
  return <input name={name} type={type} value={value} placeholder={placeholder} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />;
}

export function Select({ value, onChange, name, options }: {
  value: string; onChange: (v: string) => void; name: string; options: [string, string][];
}) {
  return (
    <select name={name} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {options.map(([v, label]) => <option value={v}>{label}</option>)}
    </select>
  );
}

/// An error from the chain by name, with what to do; or a plain message (a form's check).
export function ErrorBox({ error }: { error?: ChainError | string }) {
  if (!error) return null;
  if (typeof error === 'string') return <p class="error" role="alert">{error}</p>;
  return (
    <div class="error" role="alert" data-error={error.name}>
      <strong>{error.name}</strong>
      <span>{error.hint}</span>
      {error.docs && error.docs !== error.hint && <small>{error.docs}</small>}
    </div>
  );
}

/// Runs an action (a transaction, usually) with its own busy flag and error: the form shows
/// the chain's error by name, or a form check's message, and nothing else changes.
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ChainError | string | undefined>();
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      if (e instanceof TxFailed) setError(e.chainError);
      else if (e instanceof Error && /^\d+: /.test(e.message)) setError(poolError(e));
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  /// `run`, as the selected account: refused with a plain message when none is selected.
  const account = useAccount();
  function runAs(action: (account: Account) => Promise<void>) {
    return run(async () => {
      if (!account) throw new Error('Choose an account first');
      await action(account);
    });
  }
  return { busy, error, run, runAs };
}

/// The protocol's own accounts (`modl` ‖ pallet id, zero-padded), by name.
const PALLET_ACCOUNTS: Record<string, string> = Object.fromEntries(
  ([['atl/resv', 'the reserve'], ['atl/roya', 'royalty pots'], ['atl/shar', 'model shares pool'], ['atl/cmkt', 'compute market'],
    ['atl/repu', 'reputation'], ['atl/prov', 'provenance'], ['py/trsry', 'treasury']] as const)
    .map(([id, name]) => [encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(id), new Uint8Array(20)), 42), name]),
);

/// An address, by its account's name where the app knows it (a wallet's, or the protocol's).
export function Address({ address, name }: { address: string; name?: string }) {
  const known = useStore(accounts).find((a) => a.address === address)?.name ?? PALLET_ACCOUNTS[address];
  return <span class="address" title={address} data-address={address}>{name ?? (known ? `${known} (${shortAddress(address)})` : shortAddress(address))}</span>;
}

/// The pending and recent transactions of this page, with their status.
export function TxTray() {
  const list = useStore(transactions);
  // Open on a laptop; on a phone folded to one line (the newest transaction's stage) until tapped.
  const [open, setOpen] = useState(() => !matchMedia('(max-width: 640px)').matches);
  useEffect(() => {
    // Folded when the screen becomes narrow (a phone turned, a window made small), opened when wide.
    const narrow = matchMedia('(max-width: 640px)');
    const follow = () => setOpen(!narrow.matches);
    narrow.addEventListener('change', follow);
    return () => narrow.removeEventListener('change', follow);
  }, []);
  if (list.length === 0) return null;
  const pending = list.filter((t) => !['finalized', 'not finalized', 'failed'].includes(t.stage)).length;
  return (
    <aside class="tray" aria-label="transactions">
      <button class="tray-toggle" onClick={() => setOpen(!open)}>
        Transactions{pending ? ` · ${pending} pending` : ''}{open ? '' : ` · ${list[0].label}: ${list[0].stage}`} {open ? '▾' : '▴'}
      </button>
      {open && (
        <ol>
          {list.slice(0, 6).map((t) => (
            <li class={`tx tx-${t.stage.replace(' ', '-')}`} data-tx={t.label} data-stage={t.stage}>
              <span class="tx-label">{t.label}</span>
              <span class="tx-stage">{t.stage}{t.blockNumber !== undefined ? ` #${t.blockNumber}` : ''}</span>
              {t.error && <span class="tx-error">{t.error.name}</span>}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

export interface Series {
  name: string;
  color: string;
  points: [number, number][];
}

/// A line chart of `series` over block numbers (x), in an SVG that scales to its box.
export function LineChart({ series, format, label, id }: { series: Series[]; format: (y: number) => string; label: string; id?: string }) {
  const W = 640, H = 220, L = 70, R = 12, T = 12, B = 28;
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return <div class="chart empty" data-chart={id}>Waiting for blocks…</div>;
  const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1);
  let y0 = Math.min(...ys), y1 = Math.max(...ys);
  if (y0 === y1) { y0 = y0 * 0.9; y1 = y1 * 1.1 || 1; }
  const sx = (x: number) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const sy = (y: number) => T + (1 - (y - y0) / (y1 - y0)) * (H - T - B);
  return (
    <figure class="chart" data-chart={id}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={L} y1={H - B} x2={W - R} y2={H - B} class="axis" />
        <line x1={L} y1={T} x2={L} y2={H - B} class="axis" />
        <text x={L - 6} y={T + 10} text-anchor="end" class="tick">{format(y1)}</text>
        <text x={L - 6} y={H - B} text-anchor="end" class="tick">{format(y0)}</text>
        <text x={L} y={H - 8} class="tick">#{x0}</text>
        <text x={W - R} y={H - 8} text-anchor="end" class="tick">#{x1}</text>
        {series.map((s) => (
          <polyline fill="none" stroke={s.color} stroke-width="2" data-series={s.name}
            points={s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')} />
        ))}
      </svg>
      <figcaption>
        {label}: {series.map((s) => <span class="legend"><i style={{ background: s.color }} />{s.name}</span>)}
      </figcaption>
    </figure>
  );
}

/// Horizontal bars of percentages (allocation against targets, a score's parts).
export function Bars({ rows, id }: { rows: { name: string; value: number; mark?: number; text: string }[]; id?: string }) {
  const max = Math.max(100, ...rows.map((r) => Math.max(r.value, r.mark ?? 0)));
  return (
    <div class="bars" data-bars={id}>
      {rows.map((r) => (
        <div class="bar-row">
          <span class="bar-name">{r.name}</span>
          <span class="bar-track">
            <span class="bar-fill" style={{ width: `${(r.value / max) * 100}%` }} />
            {r.mark !== undefined && <span class="bar-mark" style={{ left: `${(r.mark / max) * 100}%` }} title="target" />}
          </span>
          <span class="bar-text">{r.text}</span>
        </div>
      ))}
    </div>
  );
}

/// Keeps the last `size` samples of a value read at each block, with the blocks before the page
/// opened loaded once from the chain's history (`backfill`, from the oldest). A block whose
/// sample fails is left out; a change of `deps` starts the series afresh.
export function useBlockSeries<T>(
  sample: (api: ApiPromise, hash: string) => Promise<T>,
  size: number,
  deps: unknown[] = [],
): [number, T][] {
  const { api, head } = useChain();
  const [samples, setSamples] = useState<[number, T][]>([]);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    setReady(false);
    setSamples([]);
    (async () => {
      const first = Math.max(1, head.number - size + 1);
      const out: [number, T][] = [];
      for (let n = first; n <= head.number && live; n++) {
        try {
          const hash = (await api.rpc.chain.getBlockHash(n)).toHex();
          out.push([n, await sample(api, hash)]);
        } catch {
          // A block whose state is pruned, or a call that failed there: left out.
        }
      }
      if (live) {
        setSamples(out);
        setReady(true);
      }
    })();
    return () => { live = false; };
  }, deps);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    sample(api, head.hash).then((value) => {
      if (!live) return;
      setSamples((s) => (s.length && s[s.length - 1][0] >= head.number ? s : [...s, [head.number, value] as [number, T]].slice(-size)));
    }, () => {});
    return () => { live = false; };
  }, [head.hash, ready]);
  return samples;
}
