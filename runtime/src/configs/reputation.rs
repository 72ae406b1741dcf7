//! Reputation (`pallet-reputation`).
//!
//! Every value governance should be able to change is a dynamic parameter
//! ([`super::parameters`]), changed by the economic parameters track. Values, and why, are in
//! `docs/pallets/reputation.md`.

use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::traits::Convert;

use super::{
	super::{Nfts, Runtime, RuntimeHoldReason},
	parameters::dynamic_params,
};
use atelier_primitives::{currency::UNIT, stablecoin, AssetId};

/// The reputation pallet's id; its account owns the reputation collection.
pub const REPUTATION_PALLET_ID: PalletId = PalletId(*b"atl/repu");

/// The nominal value of a payment for creation points: ATL as is; one aUSD as one ATL (no price
/// is consulted, so a swing of the price moves no score); other assets nothing.
pub struct NominalValue;
impl Convert<(Option<AssetId>, u128), u128> for NominalValue {
	fn convert((asset, amount): (Option<AssetId>, u128)) -> u128 {
		match asset {
			None => amount,
			Some(stablecoin::ASSET_ID) => {
				amount.saturating_mul(UNIT.checked_div(stablecoin::DOLLAR).unwrap_or(0))
			},
			Some(_) => 0,
		}
	}
}

/// What a payment is worth in creation points: its nominal value, and an aUSD amount at most
/// the ATL it buys at the reserve's moving average of the pool price. While ATL trades above one
/// aUSD, points paid for in aUSD would otherwise be cheaper in ATL than the 20 ATL a point the
/// rates ask; the average (sampled once a block, before any trade) moves too slowly for one
/// block's push to matter, and below one aUSD the nominal value binds.
pub struct CreationValue;
impl Convert<(Option<AssetId>, u128), u128> for CreationValue {
	fn convert((asset, amount): (Option<AssetId>, u128)) -> u128 {
		let nominal = NominalValue::convert((asset, amount));
		match (asset, pallet_reserve::PriceState::<Runtime>::get()) {
			(Some(stablecoin::ASSET_ID), Some(price)) => {
				nominal.min(pallet_reserve::features::price::atl_for(amount, price.average))
			},
			_ => nominal,
		}
	}
}

parameter_types! {
	pub const ReputationPalletId: PalletId = REPUTATION_PALLET_ID;
}

/// As many open referenda as one account votes in at once (governance's `MaxVotesPerAccount`).
pub type MaxVoteLocks = ConstU32<32>;

impl pallet_reputation::Config for Runtime {
	/// The reserve's metrics count each staker as active.
	type Metrics = super::super::Reserve;
	type Currency = super::super::Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type Collections = pallet_reputation::NftsForceCreate<Runtime>;
	type PalletId = ReputationPalletId;
	type Purse = crate::Purse;
	type NominalValue = CreationValue;
	type StakeUnit = frame_support::traits::ConstU128<UNIT>;
	type StakePointsPerRoot = dynamic_params::reputation::StakePointsPerRoot;
	type StakeMaturity = dynamic_params::reputation::StakeMaturity;
	type StakeCreationRatio = dynamic_params::reputation::StakeCreationRatio;
	type MinStake = dynamic_params::reputation::MinStake;
	type UnbondingPeriod = dynamic_params::reputation::UnbondingPeriod;
	type CreationRates = dynamic_params::reputation::Rates;
	type Penalties = dynamic_params::reputation::OffencePenalties;
	type CreationRetention = dynamic_params::reputation::CreationRetention;
	type PenaltyRetention = dynamic_params::reputation::PenaltyRetention;
	type TierThresholds = dynamic_params::reputation::TierThresholds;
	type CreationMaturity = dynamic_params::reputation::CreationMaturity;
	/// A day: caps count per day, decay steps once a day.
	type Period = ConstU32<{ atelier_primitives::time::DAYS }>;
	type MaxUnbonding = ConstU32<16>;
	/// As many open referenda as one account votes in at once.
	type MaxVoteLocks = MaxVoteLocks;
	type WeightInfo = pallet_reputation::weights::SubstrateWeight<Runtime>;
}
