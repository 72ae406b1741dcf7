//! The Atelier runtime: the state transition function of the Atelier chain.
//!
//! It composes FRAME's standard pallets (consensus, the native token, fees, the stablecoin, NFTs
//! and the native/stablecoin exchange) and Atelier's own pallets. Configuration is
//! split by domain under [`configs`]; runtime APIs are in [`apis`]; genesis presets in
//! [`genesis_config_presets`]. `docs/architecture.md` explains how a transaction flows through it.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
// `construct_runtime` and `impl_runtime_apis` expand to a deep recursion of macros.
#![recursion_limit = "512"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::RuntimeVersion;

pub use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, MILLI_UNIT, UNIT},
	AccountId, AssetId, Balance, BlockNumber, CollectionId, Hash, ItemId, Moment, Nonce, Signature,
};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node can use without knowing the runtime's extrinsic format, so that it keeps
/// syncing across runtime upgrades that change it.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers with `session.setKeys`: BABE to author blocks, GRANDPA to
	/// finalize them. A worker's `atel` key is not a session key.
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: Grandpa,
	}
}

/// BABE's epoch configuration: a quarter of slots have a primary (VRF) winner, and secondary VRF
/// slots give every other slot an author too, so that a block comes every slot while its author
/// is online.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: (1, 4),
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// The runtime's version. Bump `spec_version` with every change of behaviour, and
/// `transaction_version` whenever a call index or argument changes.
#[cfg(not(feature = "increment-spec-version"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("atelier"),
	impl_name: Cow::Borrowed("atelier-node"),
	authoring_version: 1,
	spec_version: 124,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 7,
	system_version: 1,
};

/// The same runtime one `spec_version` higher, for the runtime-upgrade tests only (the wasm
/// `runtime/upgrade-test-wasm` builds). Keep it one above [`VERSION`] above.
#[cfg(feature = "increment-spec-version")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("atelier"),
	impl_name: Cow::Borrowed("atelier-node"),
	authoring_version: 1,
	spec_version: 125,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 7,
	system_version: 1,
};

/// The address format: an account id, or an index (unused here).
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions: exactly the standard set, so that polkadot.js and other wallets
/// sign for Atelier without custom type definitions. Data a call needs goes into its arguments,
/// never into an extension.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
);

/// An extrinsic as this runtime expects it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload a sender signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run on a runtime upgrade, beyond those the pallets declare themselves.
#[allow(unused_parens)]
type Migrations = (
	pallet_royalties::migrations::v1::MigrateToV1<Runtime>,
	pallet_royalties::migrations::v2::MigrateToV2<Runtime>,
	pallet_royalties::migrations::v3::MigrateToV3<Runtime>,
	pallet_provenance::migrations::v1::MigrateToV1<Runtime>,
	configs::provenance::OpenModelSharesAccount,
	pallet_reputation::migrations::v1::MigrateToV1<Runtime>,
	pallet_reputation::migrations::v2::MigrateToV2<Runtime>,
	pallet_attestation::migrations::v1::MigrateToV1<Runtime>,
	pallet_clock::migrations::v1::MigrateToV1<Runtime>,
	pallet_compute_market::migrations::v4::MigrateToV4<Runtime>,
	pallet_compute_market::migrations::v5::MigrateToV5<Runtime>,
	pallet_reserve::migrations::v1::MigrateToV1<Runtime>,
	pallet_oracle_operators::migrations::v1::MigrateToV1<Runtime>,
);

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System and consensus: 0-9.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Clock = pallet_clock;
	#[runtime::pallet_index(5)]
	pub type Offences = pallet_offences;

	// Money: the native token, fees, the stablecoin, NFTs and the exchange: 10-15.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets<Instance1>;
	#[runtime::pallet_index(13)]
	pub type PoolAssets = pallet_assets<Instance2>;
	#[runtime::pallet_index(14)]
	pub type Nfts = pallet_nfts;
	#[runtime::pallet_index(15)]
	pub type AssetConversion = pallet_asset_conversion;

	// The validators and their sessions: 16-19. Genesis is built, and hooks run, in the order of
	// the indices: the validators' bonds need Balances' genesis (and Session's genesis the
	// accounts Balances provides); Session's genesis asks Validators for the first set;
	// Authorship finds a block's author among the session's validators after Session has
	// rotated them.
	#[runtime::pallet_index(16)]
	pub type Validators = pallet_validators;
	#[runtime::pallet_index(17)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(18)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(19)]
	pub type Historical = pallet_session::historical;

	// Utility and governance: 20-39. Sudo holds a key on the `dev` chain only, for
	// convenience; every other chain is governed by referenda alone.
	#[runtime::pallet_index(20)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(21)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(22)]
	pub type Parameters = pallet_parameters;
	#[runtime::pallet_index(23)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(24)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(25)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(26)]
	pub type Governance = pallet_governance;
	#[runtime::pallet_index(27)]
	pub type Treasury = pallet_treasury;

	// Accounts: 40-49.
	#[runtime::pallet_index(40)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(41)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(42)]
	pub type Identity = pallet_identity;

	// Atelier's own pallets: 50 and up.
	#[runtime::pallet_index(50)]
	pub type ComputeMarket = pallet_compute_market;
	#[runtime::pallet_index(51)]
	pub type Provenance = pallet_provenance;
	#[runtime::pallet_index(52)]
	pub type Royalties = pallet_royalties;
	#[runtime::pallet_index(53)]
	pub type Reputation = pallet_reputation;
	#[runtime::pallet_index(54)]
	pub type Attestation = pallet_attestation;
	#[runtime::pallet_index(55)]
	pub type Reserve = pallet_reserve;
	#[runtime::pallet_index(56)]
	pub type Purse = pallet_purse;
	#[runtime::pallet_index(57)]
	pub type OracleOperators = pallet_oracle_operators;
	#[runtime::pallet_index(58)]
	pub type ModelShares = pallet_model_shares;
}
