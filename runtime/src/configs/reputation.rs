//! Reputation (`pallet-reputation`).
//!
//! Every value governance should be able to change is a dynamic parameter
//! ([`super::parameters`]), changed by the economic parameters track. Values, and why, are in
//! `docs/pallets/reputation.md`.

use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::traits::Convert;

use super::{
	super::{Nfts, Runtime, RuntimeHoldReason},
	monetary::ReserveAccount,
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

parameter_types! {
	pub const ReputationPalletId: PalletId = REPUTATION_PALLET_ID;
}

/// As many open referenda as one account votes in at once (governance's `MaxVotesPerAccount`).
pub type MaxVoteLocks = ConstU32<32>;

impl pallet_reputation::Config for Runtime {
	type Currency = super::super::Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type Collections = pallet_reputation::NftsForceCreate<Runtime>;
	type PalletId = ReputationPalletId;
	type ReserveAccount = ReserveAccount;
	type NominalValue = NominalValue;
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
