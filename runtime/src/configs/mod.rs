//! Pallet configurations, one module per domain:
//! - this module: system, utility and sudo (a key on `dev` only);
//! - [`consensus`]: time, BABE, GRANDPA, sessions and their history, authorship, offences, and
//!   the election of validators by reputation;
//! - [`monetary`]: the native token and transaction fees;
//! - [`assets`]: the stablecoin, NFTs and the native/stablecoin exchange;
//! - [`compute`]: the compute market;
//! - [`provenance`]: provenance NFTs and royalties;
//! - [`attestation`]: attestors, model bonds and challenges, the gate to monetization;
//! - [`reputation`]: reputation and its soulbound items;
//! - [`reserve`]: the treasury reserve's policy (budget, conversion, buy-back, price guard);
//! - [`parameters`]: the economic parameters governance changes, and their checks;
//! - [`governance`]: referenda, their tracks, the scheduler, preimages and the treasury;
//! - [`accounts`]: proxies, multisigs and identities.

pub mod accounts;
pub mod assets;
pub mod attestation;
pub mod compute;
pub mod consensus;
pub mod governance;
pub mod monetary;
pub mod oracle;
pub mod parameters;
pub mod provenance;
pub mod reputation;
pub mod reserve;

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU32, Everything},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

// `PalletInfo`, `RuntimeOrigin` and `RuntimeTask` are injected by `derive_impl` below.
use super::{
	AccountId, Balance, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, VERSION,
};
use atelier_primitives::SS58_PREFIX;

/// Normal (user) extrinsics may fill 75% of a block; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Two seconds of compute a block, a third of the six-second slot, so that a block is built,
/// gossiped and imported well within its slot. Proof size is unbounded: Atelier is a solo chain
/// and does not ship proofs to a relay chain.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), u64::MAX);

/// Five megabytes a block.
const MAXIMUM_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const Version: RuntimeVersion = VERSION;
	/// Block hashes kept for mortal transactions and for `CheckEra`: four hours.
	pub const BlockHashCount: BlockNumber = 2400;
	pub RuntimeBlockWeights: BlockWeights =
		BlockWeights::with_sensible_defaults(MAXIMUM_BLOCK_WEIGHT, NORMAL_DISPATCH_RATIO);
	/// Three quarters of a block's length for normal extrinsics, as for its weight.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAXIMUM_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO.mul_floor(*max)
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type BaseCallFilter = Everything;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// Weights of database access, measured by Parity for ParityDB, Atelier's only database.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
