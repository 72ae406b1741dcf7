//! The treasury reserve (`pallet-reserve`): the policy of the reserve account that every fee
//! share reaches. Its values are parameters (`parameters::dynamic_params::reserve`); only the
//! budget's bound is a constant.
//!
//! - The pool is `AssetConversion`'s ATL/aUSD pool, created at genesis with the reserve's
//!   liquidity on every test preset.
//! - The budget is set by Root or the treasury track (the origin of treasury spends), and
//!   `pallet-treasury`'s grants are paid from the reserve through `pallet_reserve::ReservePay`,
//!   which never takes the aUSD below the runway floor.
//! - The compute market and royalties report to it (with reputation) the ATL volume velocity
//!   measures.

use frame_support::{
	parameter_types,
	traits::{fungible::ItemOf, ConstU32, EitherOf},
};
use frame_system::EnsureRoot;

use super::{
	super::{AccountId, Assets, Balances, Runtime},
	monetary::ReserveAccount,
	parameters::dynamic_params::reserve,
};
use atelier_primitives::{stablecoin, AssetId};

parameter_types! {
	/// The stablecoin's id.
	pub const StablecoinId: AssetId = stablecoin::ASSET_ID;
}

/// The stablecoin as one fungible.
pub type Stablecoin = ItemOf<Assets, StablecoinId, AccountId>;

impl pallet_reserve::Config for Runtime {
	type Currency = Balances;
	type Stable = Stablecoin;
	type Pool = pallet_reserve::impl_pool::AssetConversionPool<Runtime, StablecoinId>;
	type ReserveAccount = ReserveAccount;
	type BudgetOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureTreasurer>;
	type Period = reserve::Period;
	type Guard = reserve::Guard;
	type Targets = reserve::Targets;
	type ConversionShare = reserve::ConversionShare;
	type BuyBack = reserve::BuyBack;
	/// Sixteen budget lines: the infrastructure (API, model hosting, indexers, grants
	/// programmes) is a handful of providers; the bound keeps the period hook's weight small.
	type MaxBudgetLines = ConstU32<16>;
	type WeightInfo = pallet_reserve::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}
