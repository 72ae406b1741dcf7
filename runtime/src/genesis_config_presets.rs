//! Genesis presets, as JSON patches over the default genesis config.
//!
//! - `development` (chain id `dev`): Alice alone authors and finalizes; the well-known dev
//!   accounts are endowed with ATL and the aUSD stablecoin; Alice holds the sudo key.
//! - `local_testnet` (chain id `local`): Alice, Bob, Charlie and Dave validate, so that one of
//!   them can fail while GRANDPA still gathers the two thirds it needs to finalize.
//!
//! A production chain spec starts from neither: it names its own validators and no sudo key.

use alloc::{string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::configs::{
	assets::StablecoinIssuer,
	monetary::ReserveAccount,
	provenance::{ProvenanceAccount, RoyaltiesAccount},
};
use crate::{
	AccountId, AssetsConfig, AuraConfig, BalancesConfig, GrandpaConfig, RuntimeGenesisConfig,
	SudoConfig,
};
use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, UNIT},
	stablecoin, Balance,
};

/// Each endowed dev account starts with a million ATL...
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// ...and a million aUSD.
pub const STABLECOIN_ENDOWMENT: Balance = 1_000_000 * stablecoin::DOLLAR;

/// The provenance account's endowment: three collection deposits and the existential deposit.
pub const PROVENANCE_ENDOWMENT: Balance = 3 * 10 * UNIT + EXISTENTIAL_DEPOSIT;

/// The well-known development accounts that genesis endows.
pub fn endowed_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| k != &Sr25519Keyring::One && k != &Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

fn authority_keys(who: Sr25519Keyring) -> (AuraId, GrandpaId) {
	let ed = match who {
		Sr25519Keyring::Alice => Ed25519Keyring::Alice,
		Sr25519Keyring::Bob => Ed25519Keyring::Bob,
		Sr25519Keyring::Charlie => Ed25519Keyring::Charlie,
		Sr25519Keyring::Dave => Ed25519Keyring::Dave,
		Sr25519Keyring::Eve => Ed25519Keyring::Eve,
		_ => Ed25519Keyring::Ferdie,
	};
	(who.public().into(), ed.public().into())
}

fn testnet_genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				// The reserve account exists from genesis, so that every share, however
				// small, can be paid to it.
				.chain([(ReserveAccount::get(), EXISTENTIAL_DEPOSIT)])
				// Royalties accrue in this account; it never drops below the deposit.
				.chain([(RoyaltiesAccount::get(), EXISTENTIAL_DEPOSIT)])
				// Provenance pays the three collections' deposits at genesis.
				.chain([(ProvenanceAccount::get(), PROVENANCE_ENDOWMENT)])
				.collect::<Vec<_>>(),
		},
		aura: AuraConfig {
			authorities: authorities.iter().map(|(aura, _)| aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: authorities
				.iter()
				.map(|(_, grandpa)| (grandpa.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root.clone()) },
		assets: AssetsConfig {
			// The stablecoin is sufficient: an account may hold it without any ATL. Its owner
			// (issuer, admin, freezer) is a keyless account: no key can freeze or burn the
			// protocol's holdings.
			assets: vec![(
				stablecoin::ASSET_ID,
				StablecoinIssuer::get(),
				true,
				stablecoin::MIN_BALANCE
			)],
			metadata: vec![(
				stablecoin::ASSET_ID,
				stablecoin::NAME.as_bytes().to_vec(),
				stablecoin::SYMBOL.as_bytes().to_vec(),
				stablecoin::DECIMALS,
			)],
			accounts: endowed
				.iter()
				.cloned()
				.map(|k| (stablecoin::ASSET_ID, k, STABLECOIN_ENDOWMENT))
				// The reserve and the royalties account hold the stablecoin from genesis, so
				// that any royalty in it, however small, can be paid to them.
				.chain([
					(stablecoin::ASSET_ID, ReserveAccount::get(), stablecoin::MIN_BALANCE),
					(stablecoin::ASSET_ID, RoyaltiesAccount::get(), stablecoin::MIN_BALANCE),
				])
				.collect::<Vec<_>>(),
		},
	})
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice)],
		endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave]
			.into_iter()
			.map(authority_keys)
			.collect(),
		endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON patch of the preset named `id` (`dev` and `local` are accepted as aliases).
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET | "dev" => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET | "local" => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
