//! Reputation (`pallet-reputation`) and the on-chain parameters (`pallet-parameters`) it reads.
//!
//! Every value governance should be able to change is a dynamic parameter: Root sets it now (on
//! `dev` and `local`, the sudo key); the governance issue gives it its referendum track. Values,
//! and why, are in `docs/pallets/reputation.md`.

use frame_support::{
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::Convert, Perbill};

use super::{
	super::{AccountId, Nfts, Runtime, RuntimeEvent, RuntimeHoldReason},
	monetary::ReserveAccount,
};
use atelier_primitives::{
	currency::{MILLI_UNIT, UNIT},
	stablecoin, AssetId,
};

/// The reputation pallet's id; its account owns the reputation collection.
pub const REPUTATION_PALLET_ID: PalletId = PalletId(*b"atl/repu");

/// The runtime's dynamic parameters, by pallet. Each is read where it is used, every block, from
/// `pallet-parameters` storage (its default until governance sets it).
#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;
	use atelier_primitives::{
		reputation::{Points, Tier},
		time::DAYS,
		Balance, BlockNumber,
	};
	use pallet_reputation::{CreationRates, Penalties, Rate};

	/// Reputation: stake, creation rates and caps, penalties, decay and tiers.
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod reputation {
		/// 10 points for each unit of √(stake in ATL): 10 000 ATL make 1 000 points at maturity.
		#[codec(index = 0)]
		pub static StakePointsPerRoot: Points = 10;
		/// Four weeks for a stake to count fully.
		#[codec(index = 1)]
		pub static StakeMaturity: BlockNumber = 28 * DAYS;
		/// Stake counts up to twice the creation points.
		#[codec(index = 2)]
		pub static StakeCreationRatio: u32 = 2;
		/// 10 ATL at least.
		#[codec(index = 3)]
		pub static MinStake: Balance = 10 * UNIT;
		/// A week, as long as a compute worker's stake unbonds.
		#[codec(index = 4)]
		pub static UnbondingPeriod: BlockNumber = 7 * DAYS;
		/// Points per kind of creation, and the most one account earns of each in a day.
		#[codec(index = 5)]
		pub static Rates: CreationRates = CreationRates {
			// 1 point per 100 compute units delivered (a 1 000-unit job: 10), never more than
			// the sales rate gives the base fee paid for them.
			compute: Rate { points: 1, per: 100, cap: 1_000 },
			// 1 point per 0.01 ATL of licensing fees one's models earn.
			licensing: Rate { points: 1, per: 10 * MILLI_UNIT, cap: 1_000 },
			// 1 point per 0.1 ATL (or 0.1 aUSD) of one's outputs' sales.
			sales: Rate { points: 1, per: 100 * MILLI_UNIT, cap: 1_000 },
			// 1 point per 0.1 ATL (or aUSD) of royalties claimed.
			royalties: Rate { points: 1, per: 100 * MILLI_UNIT, cap: 1_000 },
			// 100 points per attestation proven correct.
			attestations: Rate { points: 100, per: 1, cap: 500 },
		};
		/// Penalty points per offence.
		#[codec(index = 6)]
		pub static OffencePenalties: Penalties = Penalties {
			missed_deadline: 100,
			dispute_upheld: 1_000,
			challenge_upheld: 5_000,
			violation: 10_000,
		};
		/// 0.5^(1/30) a day: creation points halve in 30 days without new creation.
		#[codec(index = 7)]
		pub static CreationRetention: Perbill = Perbill::from_parts(977_159_968);
		/// 0.5^(1/90) a day: penalties halve in 90 days.
		#[codec(index = 8)]
		pub static PenaltyRetention: Perbill = Perbill::from_parts(992_327_946);
		/// The least score of tiers 1, 2 and 3.
		#[codec(index = 9)]
		pub static TierThresholds: [Points; 3] = [1_000, 10_000, 50_000];
	}

	/// The compute market.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod compute {
		/// Tier 1 and above may submit `DatacenterGpu` jobs.
		#[codec(index = 0)]
		pub static HighComputeTier: Tier = 1;
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	/// Root, for every parameter, until governance gives each its track.
	type AdminOrigin = AsEnsureOriginWithArg<EnsureRoot<AccountId>>;
	/// pallet-parameters keeps its generated weights private; `()` is its reference weights
	/// (one read, one write).
	type WeightInfo = ();
}

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
	/// A day: caps count per day, decay steps once a day.
	type Period = ConstU32<{ atelier_primitives::time::DAYS }>;
	type MaxUnbonding = ConstU32<16>;
	/// As many open referenda as one account votes in at once.
	type MaxVoteLocks = ConstU32<32>;
	type WeightInfo = pallet_reputation::weights::SubstrateWeight<Runtime>;
}
