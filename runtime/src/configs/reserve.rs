//! The treasury reserve (`pallet-reserve`): the policy of the reserve account that every fee
//! share reaches. Its values are parameters (`parameters::dynamic_params::reserve`); only the
//! budget's bound is a constant.
//!
//! - The pool is `AssetConversion`'s ATL/aUSD pool, created at genesis with the reserve's
//!   liquidity on every test preset.
//! - The budget (aUSD a day per line) is set by Root or the economic parameters track, never
//!   above [`MaxBudgetPerDay`]: a month of the whole budget is at most what one treasury
//!   referendum may spend, so a budget line is no way around the treasury's limit (the treasury
//!   track, the easiest to pass, cannot set one). `pallet-treasury`'s grants are paid from the
//!   reserve through `pallet_reserve::ReservePay`, which never takes the aUSD below the runway
//!   floor.
//! - The compute market and royalties report to it (with reputation) the ATL volume velocity
//!   measures.

use frame_support::{
	parameter_types,
	traits::{fungible::ItemOf, ConstU32, EitherOf},
};
use frame_system::{EnsureRootWithSuccess, EnsureWithSuccess};

use super::{
	super::{AccountId, Assets, Balances, Runtime},
	governance::MaxTreasurySpend,
	parameters::dynamic_params::reserve,
};
use atelier_primitives::{
	currency::UNIT,
	stablecoin::{self, DOLLAR},
	time::DAYS,
	AssetId, Balance, BlockNumber,
};

parameter_types! {
	/// The stablecoin's id.
	pub const StablecoinId: AssetId = stablecoin::ASSET_ID;
	/// The most aUSD a day the whole budget pays: thirty days of it are at most one treasury
	/// spend ([`MaxTreasurySpend`], counted at one aUSD per ATL as the treasury counts it),
	/// 3 333.33 aUSD a day.
	pub MaxBudgetPerDay: Balance = MaxTreasurySpend::get() / (UNIT / DOLLAR) / 30;
	/// Rates (budget lines, the buy-back bound, velocity) are per day of 6-second blocks.
	pub const BlocksPerDay: BlockNumber = DAYS;
}

/// ATL's price from the oracle operators while it is fresh, as a pool price: their value is in
/// millionths of a US dollar per ATL, which is aUSD's smallest unit (one aUSD to the dollar) per
/// 10^12 of ATL's.
pub struct OperatorsAtlPrice;
impl frame_support::traits::Get<Option<pallet_reserve::Price>> for OperatorsAtlPrice {
	fn get() -> Option<pallet_reserve::Price> {
		use sp_runtime::FixedPointNumber;
		let micro_usd =
			super::super::OracleOperators::value(&atelier_primitives::oracle::FeedKey::AtlPrice)?;
		pallet_reserve::Price::checked_from_rational(micro_usd, UNIT)
	}
}

/// Who the grants line pays for a model, and its quality: the owner of a model that may earn
/// (no upheld violation in its lineage), with a fresh quality from the operators that, for a
/// fine-tune, is above its base model's fresh quality.
pub struct ModelGrants;
impl atelier_primitives::oracle::GrantQuality<AccountId> for ModelGrants {
	fn grant(model: &atelier_primitives::models::ModelId) -> Option<(AccountId, u32)> {
		use super::super::{OracleOperators, Provenance};
		use atelier_primitives::{models::ModelRegistry, oracle::FeedKey};
		let record = pallet_provenance::Models::<Runtime>::get(model)?;
		if !<Provenance as ModelRegistry<AccountId>>::is_monetizable(model) {
			return None;
		}
		let quality = OracleOperators::value(&FeedKey::ModelQuality(*model))?;
		if let Some(base) = record.base_model {
			// A fine-tune earns by beating what it was tuned from, on the same evaluation.
			let base_quality = OracleOperators::value(&FeedKey::ModelQuality(base))?;
			if quality <= base_quality {
				return None;
			}
		}
		Some((record.owner, u32::try_from(quality.min(1_000_000)).unwrap_or(1_000_000)))
	}

	/// The deepest lineage's walk of `is_monetizable` (each generation's model and attestation
	/// records, and each of its datasets' two), the model's record, and two feeds with the
	/// round: the benchmark's fixture is shallower, so the walk's reads are charged here.
	fn max_weight() -> frame_support::weights::Weight {
		use frame_support::traits::Get;
		type P = Runtime;
		type Generations = <P as pallet_provenance::Config>::MaxModelGenerations;
		type Datasets = <P as pallet_provenance::Config>::MaxDatasets;
		let generations = u64::from(<Generations as Get<u32>>::get()).saturating_add(1);
		let datasets = u64::from(<Datasets as Get<u32>>::get());
		let walk = generations.saturating_mul(datasets.saturating_mul(2).saturating_add(2));
		<P as frame_system::Config>::DbWeight::get().reads(walk.saturating_add(4))
	}
}

/// The stablecoin as one fungible.
pub type Stablecoin = ItemOf<Assets, StablecoinId, AccountId>;

impl pallet_reserve::Config for Runtime {
	type Currency = Balances;
	type Stable = Stablecoin;
	type Pool = pallet_reserve::impl_pool::AssetConversionPool<Runtime, StablecoinId>;
	type Purse = crate::Purse;
	type BudgetOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, MaxBudgetPerDay>,
		EnsureWithSuccess<pallet_governance::EnsureEconomicParameters, AccountId, MaxBudgetPerDay>,
	>;
	type BlocksPerDay = BlocksPerDay;
	type Period = reserve::Period;
	type Guard = reserve::Guard;
	type Targets = reserve::Targets;
	type ConversionShare = reserve::ConversionShare;
	type BuyBack = reserve::BuyBack;
	type Rules = reserve::Steering;
	type SteeringOrigin =
		EitherOf<frame_system::EnsureRoot<AccountId>, pallet_governance::EnsureEconomicParameters>;
	type Styles = super::super::Provenance;
	type ExternalPrice = OperatorsAtlPrice;
	type Grants = reserve::Grants;
	type Quality = ModelGrants;
	/// Sixteen budget lines: the infrastructure (API, model hosting, indexers, grants
	/// programmes) is a handful of providers; the bound keeps the period hook's weight small.
	type MaxBudgetLines = ConstU32<16>;
	/// The grants line pays the period's 16 most demanded models: a close reads each once (and
	/// walks its lineage) and pays its owner; an operator's reveal carries them and their base
	/// models.
	type MaxGrantModels = ConstU32<16>;
	type WeightInfo = pallet_reserve::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ReserveBenchmarks;
}

/// The reserve's benchmarks on this runtime: the development genesis has the pool; the
/// operators' ATL price is made fresh so that a period's close reads it at its costliest.
#[cfg(feature = "runtime-benchmarks")]
pub struct ReserveBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_reserve::benchmarking::BenchmarkHelper<Runtime> for ReserveBenchmarks {
	fn ensure_pool() {}

	fn fresh_external_price() {
		let round = pallet_oracle_operators::CurrentRound::<Runtime>::get()
			.map(|r| r.index)
			.unwrap_or_default();
		pallet_oracle_operators::Feeds::<Runtime>::insert(
			atelier_primitives::oracle::FeedKey::AtlPrice,
			pallet_oracle_operators::Feed { value: 1_000_000, round, at: 0, reporters: 3 },
		);
	}

	/// A fine-tune of its own owner's, cleared to earn, scoring 90% fresh against its base
	/// model's 80% (so the check reads both feeds and walks its lineage).
	fn earning_model(i: u32) -> atelier_primitives::models::ModelId {
		use atelier_primitives::oracle::FeedKey;
		let (_, base, model) =
			super::provenance::lineage_fixtures::LineageFixtures::owned_fine_tune(i);
		let round = pallet_oracle_operators::CurrentRound::<Runtime>::get()
			.map(|r| r.index)
			.unwrap_or_default();
		for (key, value) in [(model, 900_000), (base, 800_000)] {
			pallet_oracle_operators::Feeds::<Runtime>::insert(
				FeedKey::ModelQuality(key),
				pallet_oracle_operators::Feed { value, round, at: 0, reporters: 3 },
			);
		}
		model
	}
}
