// Accounts: those of a browser extension (polkadot.js, Talisman, SubWallet: anything that
// injects `window.injectedWeb3`), and on a development chain the well-known dev accounts.

import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Signer } from '@polkadot/types/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { Store } from './store';

export interface Account {
  address: string;
  name: string;
  source: string;
  /// A dev account's key pair (signs in the page).
  pair?: KeyringPair;
  /// An extension's signer (the extension asks its user).
  signer?: Signer;
}

interface InjectedAccount {
  address: string;
  name?: string;
}
interface Injected {
  accounts: { get: () => Promise<InjectedAccount[]> };
  signer: Signer;
}
interface InjectedWindow {
  injectedWeb3?: Record<string, { enable: (origin: string) => Promise<Injected> }>;
}

export const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

export const accounts = new Store<Account[]>([]);
export const selected = new Store<Account | undefined>(undefined);

/// Loads the extensions' accounts, and the dev accounts if the chain is a development or local
/// chain; selects the account chosen last time, else the first.
export async function loadAccounts(api: ApiPromise): Promise<void> {
  await cryptoWaitReady();
  const found: Account[] = [];
  const injected = (window as unknown as InjectedWindow).injectedWeb3 ?? {};
  // Every extension asked at once; one whose user has not answered in a minute is left out
  // (reload the page to ask again).
  const answers = await Promise.all(Object.entries(injected).map(async ([source, extension]) => {
    try {
      const enabled = await Promise.race([
        extension.enable('Atelier Studio'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), 60_000)),
      ]);
      return (await enabled.accounts.get()).map((account) =>
        ({ address: account.address, name: account.name ?? source, source, signer: enabled.signer }));
    } catch {
      return []; // The user declined this extension, or did not answer.
    }
  }));
  found.push(...answers.flat());
  const chainType = await api.rpc.system.chainType();
  if (chainType.isDevelopment || chainType.isLocal) {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 ?? 42 });
    for (const name of DEV_NAMES) {
      const pair = keyring.addFromUri(`//${name}`, { name });
      found.push({ address: pair.address, name, source: 'dev', pair });
    }
  }
  accounts.set(found);
  const last = localStorage.getItem('atelier.account');
  select(found.find((a) => a.address === last) ?? found[0]);
}

export function select(account: Account | undefined) {
  if (account) localStorage.setItem('atelier.account', account.address);
  selected.set(account);
}
