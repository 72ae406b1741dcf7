// The connection to an Atelier node, Atelier's own JSON-RPC methods, amounts, and the
// transactions the app sends with their status.

import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { EventRecord, DispatchError } from '@polkadot/types/interfaces';
import { compactAddLength, hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { Store } from './store';
import type { Account } from './wallet';

/// The stablecoin's asset id.
export const STABLE_ASSET = 1;

/// The node the app talks to: `?rpc=ws://…` in the address, else the one last used, else port
/// 9944 on the host that served the page (a dev chain beside `scripts/run-dev.sh`).
export function nodeUrl(): string {
  const fromQuery = new URLSearchParams(location.search).get('rpc');
  if (fromQuery) {
    localStorage.setItem('atelier.rpc', fromQuery);
    return fromQuery;
  }
  return localStorage.getItem('atelier.rpc') ?? `ws://${location.hostname || '127.0.0.1'}:9944`;
}

const providers = new WeakMap<ApiPromise, WsProvider>();

export async function connect(url: string): Promise<ApiPromise> {
  const provider = new WsProvider(url);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  providers.set(api, provider);
  return api;
}

/// A JSON-RPC error object from the node (`code`, `message`, `data`).
export class RpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: unknown) {
    super(`${message}${data ? `: ${typeof data === 'string' ? data : JSON.stringify(data)}` : ''} (JSON-RPC error ${code})`);
  }
}

/// Calls one of Atelier's JSON-RPC methods (polkadot.js does not decorate them), rejecting with
/// an `RpcError` carrying the node's error object.
export async function rpc<T>(api: ApiPromise, method: string, params: unknown[] = []): Promise<T> {
  try {
    const provider = providers.get(api);
    if (!provider) throw new Error('not connected');
    return (await provider.send(method, params)) as T;
  } catch (error) {
    // WsProvider throws `Error("<code>: <message>: <data>")`.
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(-?\d+): (.*)$/s.exec(text);
    if (match) throw new RpcError(Number(match[1]), match[2]);
    throw error;
  }
}

/// `amount` of smallest units with `decimals`, as a decimal string with thin-space thousands and
/// at most `digits` fraction digits (trailing zeros dropped).
export function formatUnits(amount: bigint | string | number, decimals: number, digits = 4): string {
  let value = BigInt(amount);
  const negative = value < 0n;
  if (negative) value = -value;
  const base = 10n ** BigInt(decimals);
  const whole = (value / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const fraction = (value % base).toString().padStart(decimals, '0').slice(0, digits).replace(/0+$/, '');
  // A nonzero amount below the digits shown is not shown as zero.
  if (value !== 0n && value < base && fraction === '') return `${negative ? '-' : ''}<${digits > 0 ? `0.${'0'.repeat(digits - 1)}1` : '1'}`;
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export const atl = (amount: bigint | string | number, digits = 4) => `${formatUnits(amount, 12, digits)} ATL`;
export const ausd = (amount: bigint | string | number, digits = 2) => `${formatUnits(amount, 6, digits)} aUSD`;

/// The payment assets a sale may use.
export type Asset = 'Native' | { Asset: number };
export const assetDecimals = (asset: Asset) => (asset === 'Native' ? 12 : 6);
export const assetSymbol = (asset: Asset) => (asset === 'Native' ? 'ATL' : asset.Asset === STABLE_ASSET ? 'aUSD' : `asset ${asset.Asset}`);
export const formatAsset = (amount: bigint | string, asset: Asset, digits = 6) =>
  `${formatUnits(amount, assetDecimals(asset), digits)} ${assetSymbol(asset)}`;
/// The asset of a decoded `PaymentAsset` (`{ native: null }` or `{ asset: 1 }` in JSON).
export function assetOf(json: unknown): Asset {
  if (json && typeof json === 'object' && 'asset' in json) return { Asset: Number((json as { asset: number }).asset) };
  return 'Native';
}

/// Parses a decimal amount typed by a user (`"12.5"`) into smallest units; throws a plain
/// message for anything else.
export function parseUnits(text: string, decimals: number): bigint {
  // Spaces and underscores may group digits; a comma may not (in "2,5" it is a decimal point to
  // some, a thousands separator to others), so it is refused rather than guessed.
  const trimmed = text.trim().replace(/[\s\u202f_]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) throw new Error(`"${text}" is not an amount: write digits, with a point (not a comma) for a fraction`);
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) throw new Error(`at most ${decimals} digits after the point`);
  return BigInt(match[1]) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

/// A whole number typed by a user, within `[min, max]`.
export function parseWhole(text: string, what: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new Error(`${what}: write a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new Error(`${what}: between ${min} and ${max}`);
  return value;
}

/// A percentage typed by a user (`"10"`, `"12.5"`) as parts per billion (`Perbill`).
export function parsePercent(text: string, what: string): number {
  const value = Number(text);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || value > 100) {
    throw new Error(`${what}: a percentage from 0 to 100`);
  }
  return Math.round(value * 10_000_000);
}

/// What a receipt carries for the output of `job` whose hash is `hash`: the commitment
/// blake2_256(SCALE(("atelier/output/v1", job as u64, hash))).
export function outputCommitment(job: number, hash: string): string {
  const id = new Uint8Array(8);
  new DataView(id.buffer).setBigUint64(0, BigInt(job), true);
  return blake2AsHex(u8aConcat(compactAddLength(stringToU8a('atelier/output/v1')), id, hexToU8a(hash)));
}

export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

// ---- Transactions ------------------------------------------------------------------------------

/// A chain error by name with what to do about it.
export interface ChainError {
  name: string;
  docs: string;
  hint: string;
}

/// What to do, for the errors users meet most; the pallet's own documentation says the rest.
const HINTS: Record<string, string> = {
  'balances.InsufficientBalance': 'The account has too little free ATL: fund it, or use a smaller amount.',
  'token.FundsUnavailable': 'The account has too little free to pay this: fund it, or use a smaller amount.',
  'computeMarket.ModelNotMonetizable': 'The model cannot take jobs yet: its datasets need two attestations and the model a bond (see Provenance).',
  'computeMarket.UnknownModel': 'No model has that id: check it on the Provenance page.',
  'computeMarket.DeadlinePassed': 'The deadline is in the past: give the job more blocks.',
  'computeMarket.InvalidDeadline': 'The deadline is too near or too far: give the job between a few blocks and a day.',
  'computeMarket.MaxBaseFeeTooLow': 'The base fee rose above your maximum: quote again and resubmit.',
  'computeMarket.NoWorkerServesSize': 'No worker of this class serves jobs of this size: change the units or the class.',
  'computeMarket.NoVerifiableWorker': 'No checkable worker serves this class now: choose Waived verification, or wait for one.',
  'computeMarket.QueueFull': 'The job queue is full: raise the tip, or try again in a few blocks.',
  'royalties.PriceAboveMax': 'The price rose since you looked: review the purchase again.',
  'royalties.ListingChanged': 'The listing changed since you looked: review the purchase again.',
  'royalties.NotListed': 'The output is not for sale (it was bought or unlisted).',
  'royalties.ClaimFrozen': 'A challenge is open on this model’s lineage: claims and sales wait until it is decided.',
  'royalties.NotOwner': 'Only the output’s owner may list it.',
  'royalties.NotMonetizable': 'The output’s model cannot earn now (its lineage is not cleared): see its lineage on the Provenance page.',
  'royalties.BuyerIsSeller': 'You cannot buy your own listing: choose another account.',
  'royalties.NothingToClaim': 'Nothing has accrued to this account for this model.',
  'royalties.AccrualBurned': 'This accrual was burned with the model’s pot after a violation was upheld: there is nothing to claim.',
  'royalties.AssetMismatch': 'The listing is priced in another asset than the one you pay in: review the purchase again.',
  'governance.NoVoteWeight': 'This account has no voting weight yet: stake ATL and create, and let the creation mature.',
  'governance.NotOngoing': 'The referendum is no longer open.',
  'governance.NotVoted': 'There is no vote of yours to remove.',
  'reputation.BelowMinStake': 'Stake at least the minimum stake.',
  'reputation.StakeLockedByVote': 'A vote locks this stake: remove the vote (or wait for its referendum to end) first.',
  'reputation.InsufficientStake': 'You have less staked than that.',
  'reputation.NothingToWithdraw': 'Nothing has finished unbonding yet: an unstake unbonds over the unbonding period.',
  'provenance.UnknownModel': 'No model has that id: check it on the Provenance page.',
  'provenance.UnknownDataset': 'No dataset has that id: check it on the Provenance page.',
  'provenance.ReceiptMismatch': 'The job’s receipt is for another model or output: mint from the job’s own card.',
  'provenance.NotRequester': 'Only the account that paid for the job may mint its output.',
  'provenance.ReceiptAlreadyUsed': 'This job’s output is minted already.',
  'Inability to pay some fees': 'The account cannot pay the transaction fee: fund it with ATL.',
};

export function hintFor(name: string, docs: string): string {
  return HINTS[name] ?? (docs || 'See the pallet’s documentation for this error.');
}

export function decodeDispatchError(api: ApiPromise, error: DispatchError): ChainError {
  if (error.isModule) {
    const meta = api.registry.findMetaError(error.asModule);
    const name = `${meta.section}.${meta.name}`;
    const docs = meta.docs.join(' ').trim();
    return { name, docs, hint: hintFor(name, docs) };
  }
  if (error.isToken) {
    // The variant's name as the chain's metadata has it (`FundsUnavailable`, `BelowMinimum`, …).
    const name = `token.${error.asToken.type as string}`;
    const docs = 'A balance rule refused the transfer.';
    return { name, docs, hint: hintFor(name, 'Fund the account, or use a smaller amount.') };
  }
  if (error.isArithmetic) {
    return { name: `arithmetic.${error.asArithmetic.type}`, docs: 'An amount overflowed or underflowed.', hint: 'Use a smaller amount.' };
  }
  if (error.isBadOrigin) return { name: 'BadOrigin', docs: 'This account may not make this call.', hint: 'Use the account that owns the item.' };
  return { name: error.type, docs: '', hint: 'The chain refused the transaction.' };
}

/// A pool or RPC refusal (`1010: Invalid Transaction: Inability to pay some fees`) as an error.
export function poolError(error: unknown): ChainError {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.replace(/^\d+: /, '');
  const key = Object.keys(HINTS).find((k) => reason.includes(k));
  return { name: reason, docs: '', hint: key ? HINTS[key] : 'The node refused the transaction before it reached a block.' };
}

export type TxStage = 'signing' | 'ready' | 'broadcast' | 'in block' | 'retracted' | 'finalized' | 'not finalized' | 'failed';

/// How far a transaction got: a later status never moves it back (a block's number read late
/// does not undo its finality), except a retraction, after which it may be included again.
const RANK: Record<TxStage, number> = {
  signing: 0, ready: 1, broadcast: 2, retracted: 2, 'in block': 3, finalized: 4, 'not finalized': 4, failed: 5,
};

export interface TxEntry {
  id: number;
  label: string;
  signer: string;
  stage: TxStage;
  blockNumber?: number;
  error?: ChainError;
}

/// The transactions of this page's life, newest first: the pending tray shows them.
export const transactions = new Store<TxEntry[]>([]);
let nextTxId = 1;

function advance(id: number, stage: TxStage, change: Partial<TxEntry> = {}) {
  transactions.set(transactions.get().map((entry) => {
    if (entry.id !== id) return entry;
    const forward = RANK[stage] > RANK[entry.stage] || (stage === 'retracted' && entry.stage === 'in block');
    return forward ? { ...entry, ...change, stage } : entry;
  }));
}

/// The outcome of a transaction in a block: its block and its events.
export interface Included {
  blockHash: string;
  blockNumber: number;
  events: EventRecord[];
}

/// Thrown when the chain or the pool refuses a transaction, or the wallet does not sign it.
export class TxFailed extends Error {
  constructor(readonly chainError: ChainError) {
    super(`${chainError.name}: ${chainError.hint}`);
  }
}

/// A failure before the transaction reached the pool: the node's refusal (`1010: …`), or the
/// wallet's (the user cancelled).
function submitError(error: unknown): ChainError {
  const text = error instanceof Error ? error.message : String(error);
  if (/^\d+: /.test(text)) return poolError(error);
  return { name: 'not signed', docs: text, hint: 'The wallet did not sign the transaction (cancelled or refused): nothing was sent.' };
}

/// Signs `tx` with `account` and submits it, tracking it in `transactions`. Resolves once, when
/// it is in a block and succeeded (the tray goes on to show its finality); rejects once, with
/// `TxFailed`, if the wallet does not sign it, the pool refuses or drops it, or it fails.
export function send(api: ApiPromise, account: Account, tx: SubmittableExtrinsic<'promise'>, label: string): Promise<Included> {
  const id = nextTxId++;
  transactions.set([{ id, label, signer: account.address, stage: 'signing' as TxStage }, ...transactions.get()].slice(0, 20));
  return new Promise((resolve, reject) => {
    let settled = false;
    let finished = false;
    let unsubscribe: (() => void) | undefined;
    const stop = () => {
      finished = true;
      unsubscribe?.();
    };
    const fail = (error: ChainError) => {
      advance(id, 'failed', { error });
      stop();
      if (!settled) {
        settled = true;
        reject(new TxFailed(error));
      }
    };
    const options = account.signer ? { signer: account.signer } : {};
    const signer = account.pair ?? account.address;
    tx.signAndSend(signer, options, (result) => {
      const { status, events, dispatchError } = result;
      if (dispatchError) {
        fail(decodeDispatchError(api, dispatchError));
      } else if (status.isReady) {
        advance(id, 'ready');
      } else if (status.isBroadcast) {
        advance(id, 'broadcast');
      } else if (status.isInBlock) {
        const blockHash = status.asInBlock.toHex();
        // polkadot.js reads the block's number with its header; a result without it (an
        // inclusion reported before the header) says so with 0, and the number is then unknown
        // (NaN) rather than the transaction failed.
        const known = (result as unknown as { blockNumber?: { toNumber(): number } }).blockNumber?.toNumber();
        const blockNumber = known ? known : Number.NaN;
        advance(id, 'in block', Number.isNaN(blockNumber) ? {} : { blockNumber });
        if (!settled) {
          settled = true;
          resolve({ blockHash, blockNumber, events });
        }
      } else if (status.isRetracted) {
        advance(id, 'retracted');
      } else if (status.isFinalized) {
        advance(id, 'finalized');
        stop();
      } else if (status.isFinalityTimeout) {
        advance(id, 'not finalized');
        stop();
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        fail({ name: `transaction ${status.type.toLowerCase()}`, docs: '', hint: 'The pool dropped it: submit it again.' });
      }
    }).then((u) => {
      unsubscribe = u;
      if (finished) u();
    }, (error) => fail(submitError(error)));
  });
}

/// The data of the first `section.method` event among `events`, as JSON, or undefined.
export function findEvent(events: EventRecord[], section: string, method: string): Record<string, unknown> | undefined {
  const record = events.find(({ event }) => event.section === section && event.method === method);
  if (!record) return undefined;
  const names = record.event.meta.fields.map((f) => f.name.unwrapOr(undefined)?.toString() ?? '');
  return Object.fromEntries(record.event.data.map((value, i) => [camel(names[i]), value.toJSON()]));
}

export const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
