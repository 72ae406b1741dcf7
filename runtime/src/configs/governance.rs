//! Governance: referenda (`pallet-referenda`) with a reputation-weighted tally
//! (`pallet-governance`), their tracks, the scheduler and preimages they use, and the treasury
//! whose spends the treasury track approves.
//!
//! Tracks (`docs/pallets/governance.md` explains each value):
//!
//! | id | track | origin | decision deposit | prepare | decide | confirm | enact |
//! | --- | --- | --- | --- | --- | --- | --- | --- |
//! | 0 | root | Root | 1 000 ATL | 2 h | 14 d | 1 d | 1 d |
//! | 1 | treasury | `Treasurer` | 100 ATL | 1 h | 7 d | 6 h | 1 h |
//! | 2 | economic parameters | `EconomicParameters` | 100 ATL | 1 h | 7 d | 1 d | 1 h |
//! | 3 | disputes | `Disputes` | 10 ATL | 10 min | 6 h | 30 min | 1 block |
//! | 4 | referendum canceller | `ReferendumCanceller` | 100 ATL | 2 h | 7 d | 3 h | 10 min |
//! | 5 | referendum killer | `ReferendumKiller` | 500 ATL | 2 h | 14 d | 3 h | 10 min |
//!
//! Every track decides several referenda at once (root 10, the others 10 to 50), so one junk
//! referendum holds one slot, never a track; the canceller and killer tracks reach any ongoing
//! referendum without Root, so a track full of junk is cleared by a referendum of their own.
//!
//! Every period is divided by `Governance::TrackPeriodDivisor`, 1 except on the `local_fast`
//! test preset.

use alloc::borrow::Cow;
use frame_support::{
	parameter_types,
	traits::{
		fungible::{HoldConsideration, NativeOrWithId},
		tokens::ConversionFromAssetBalance,
		AsEnsureOriginWithArg, ConstU32, ConstU64, EitherOf, EqualPrivilegeOnly,
		LinearStoragePrice,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned, EnsureWithSuccess};
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{
	traits::{Convert, IdentityLookup},
	Perbill,
};

use super::{
	super::{
		AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Runtime, RuntimeCall,
		RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System,
	},
	parameters::{EconomicParameterChecks, RuntimeParameters},
	reputation::{MaxVoteLocks, NominalValue},
	RuntimeBlockWeights,
};
use atelier_primitives::{
	currency::{deposit, UNIT},
	reputation::Points,
	stablecoin,
	time::{DAYS, HOURS, MINUTES},
	AssetId,
};

parameter_types! {
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// A preimage holds the storage deposit of an entry and its bytes.
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Scheduled calls (enactments) may use 80% of a block.
	pub MaximumSchedulerWeight: Weight = {
		let max = RuntimeBlockWeights::get().max_block;
		let share = Perbill::from_percent(80);
		Weight::from_parts(share.mul_floor(max.ref_time()), share.mul_floor(max.proof_size()))
	};
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only Root schedules directly; referenda schedule through their own origin.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// The tracks' ids.
pub mod tracks {
	/// Root: runtime upgrades and anything else Root can do.
	pub const ROOT: u16 = 0;
	/// Treasury spends, in ATL and aUSD.
	pub const TREASURY: u16 = 1;
	/// Economic parameters.
	pub const ECONOMIC_PARAMETERS: u16 = 2;
	/// Compute disputes (and, later, attestation challenges and appeals).
	pub const DISPUTES: u16 = 3;
	/// Cancelling a referendum (deposits refunded).
	pub const REFERENDUM_CANCELLER: u16 = 4;
	/// Killing a referendum (deposits slashed).
	pub const REFERENDUM_KILLER: u16 = 5;
}

/// The padded name of a track. Evaluated at compile time only (the tracks are a constant), so
/// an out-of-range index would fail the build, never a block.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn name(s: &str) -> [u8; 25] {
	let bytes = s.as_bytes();
	let mut out = [0u8; 25];
	let mut i = 0;
	while i < bytes.len() && i < 25 {
		out[i] = bytes[i];
		i += 1;
	}
	out
}

/// A linear curve from `ceil` at the start of the decision period to `floor` at its end.
const fn linear(ceil: u32, floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::one(),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

type AtelierTrack = Track<u16, Balance, BlockNumber>;

/// The tracks at their production periods.
const TRACKS: [AtelierTrack; 6] = [
	Track {
		id: tracks::ROOT,
		info: TrackInfo {
			name: name("root"),
			// Ten at once: a junk referendum (a refundable deposit if it only fails) holds one
			// slot for its 14 days, not the track; the killer track slashes its deposits.
			max_deciding: 10,
			decision_deposit: 1_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: DAYS,
			min_enactment_period: DAYS,
			min_approval: linear(100, 60),
			min_support: linear(50, 20),
		},
	},
	Track {
		id: tracks::TREASURY,
		info: TrackInfo {
			name: name("treasury"),
			max_deciding: 10,
			decision_deposit: 100 * UNIT,
			prepare_period: HOURS,
			decision_period: 7 * DAYS,
			confirm_period: 6 * HOURS,
			min_enactment_period: HOURS,
			min_approval: linear(100, 50),
			min_support: linear(30, 5),
		},
	},
	Track {
		id: tracks::ECONOMIC_PARAMETERS,
		info: TrackInfo {
			name: name("economic_parameters"),
			max_deciding: 10,
			decision_deposit: 100 * UNIT,
			prepare_period: HOURS,
			decision_period: 7 * DAYS,
			confirm_period: DAYS,
			min_enactment_period: HOURS,
			min_approval: linear(100, 60),
			min_support: linear(30, 10),
		},
	},
	Track {
		id: tracks::DISPUTES,
		info: TrackInfo {
			name: name("disputes"),
			max_deciding: 50,
			decision_deposit: 10 * UNIT,
			prepare_period: 10 * MINUTES,
			decision_period: 6 * HOURS,
			confirm_period: 30 * MINUTES,
			min_enactment_period: 1,
			min_approval: linear(100, 50),
			min_support: linear(10, 2),
		},
	},
	// Polkadot's referendum canceller and killer tracks, scaled to Atelier: they reach any
	// track's referendum without Root, decide within the root track's 14 days and confirm in
	// hours. They can undo a root referendum, so they ask at least the root track's approval
	// (60% at the end) and, the killer (which burns deposits), its support (20% at the end);
	// the canceller, which refunds, 10%. The killer asks a larger deposit and decides over as
	// long as the root track.
	Track {
		id: tracks::REFERENDUM_CANCELLER,
		info: TrackInfo {
			name: name("referendum_canceller"),
			max_deciding: 50,
			decision_deposit: 100 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 7 * DAYS,
			confirm_period: 3 * HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: linear(100, 60),
			min_support: linear(50, 10),
		},
	},
	Track {
		id: tracks::REFERENDUM_KILLER,
		info: TrackInfo {
			name: name("referendum_killer"),
			max_deciding: 50,
			decision_deposit: 500 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: 3 * HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: linear(100, 60),
			min_support: linear(50, 20),
		},
	},
];

/// Atelier's tracks: [`TRACKS`], each period divided by the genesis `TrackPeriodDivisor` (never
/// below one block).
pub struct Tracks;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for Tracks {
	type Id = u16;
	type RuntimeOrigin = OriginCaller;

	fn tracks() -> impl Iterator<Item = Cow<'static, AtelierTrack>> {
		let divisor = pallet_governance::TrackPeriodDivisor::<Runtime>::get().max(1);
		let scale = move |period: BlockNumber| period.checked_div(divisor).unwrap_or(0).max(1);
		TRACKS.iter().map(move |track| {
			if divisor == 1 {
				return Cow::Borrowed(track);
			}
			let mut track = track.clone();
			track.info.prepare_period = scale(track.info.prepare_period);
			track.info.decision_period = scale(track.info.decision_period);
			track.info.confirm_period = scale(track.info.confirm_period);
			track.info.min_enactment_period = scale(track.info.min_enactment_period);
			Cow::Owned(track)
		})
	}

	fn track_for(origin: &OriginCaller) -> Result<u16, ()> {
		use pallet_governance::Origin;
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(tracks::ROOT),
			OriginCaller::Governance(Origin::Treasurer) => Ok(tracks::TREASURY),
			OriginCaller::Governance(Origin::EconomicParameters) => Ok(tracks::ECONOMIC_PARAMETERS),
			OriginCaller::Governance(Origin::Disputes) => Ok(tracks::DISPUTES),
			OriginCaller::Governance(Origin::ReferendumCanceller) => {
				Ok(tracks::REFERENDUM_CANCELLER)
			},
			OriginCaller::Governance(Origin::ReferendumKiller) => Ok(tracks::REFERENDUM_KILLER),
			_ => Err(()),
		}
	}
}

parameter_types! {
	/// 10 ATL to submit a referendum (refunded when it is decided): a spammer's queue costs.
	pub const SubmissionDeposit: Balance = 10 * UNIT;
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	/// Anyone may submit, on any track; the track's decision deposit and the votes decide.
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	/// Root, or the referendum canceller track, cancels a referendum (deposits refunded); Root,
	/// or the referendum killer track, kills one (deposits slashed). Neither needs the root
	/// track, so a root track full of junk can still be cleared.
	type CancelOrigin =
		EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureReferendumCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureReferendumKiller>;
	/// A killed referendum's deposits are burnt.
	type Slash = ();
	type Votes = Points;
	type Tally = pallet_governance::Tally<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	/// 20 referenda wait per track when its decision slots are full.
	type MaxQueued = ConstU32<20>;
	/// A referendum without a decision deposit for two weeks may be cancelled by anyone.
	type UndecidingTimeout = ConstU32<{ 14 * DAYS }>;
	type AlarmInterval = ConstU32<1>;
	type Tracks = Tracks;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_governance::Config for Runtime {
	/// The reserve's metrics count each voter as active.
	type Metrics = super::super::Reserve;
	type VoteStake = super::super::Reputation;
	type Polls = super::super::Referenda;
	type Parameters = RuntimeParameters;
	type ParameterStore = EconomicParameterChecks;
	/// The economic parameters track, or Root (the root track; the sudo key on `dev`): both
	/// through the checks.
	type ParametersOrigin =
		EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureEconomicParameters>;
	type MaxVotesPerAccount = MaxVoteLocks;
	/// Support is counted against at least 10 000 points (ten creators at tier 2): the first
	/// points a young chain's community earns are not the whole vote.
	type MinElectorate = ConstU64<10_000>;
	type WeightInfo = pallet_governance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GovernanceBenchmarkHelper;
}

/// What a spend is worth in ATL, for the treasury track's spend limit: the nominal value
/// reputation counts payments at (ATL as is, one aUSD as one ATL; no price is consulted, so a
/// price swing moves no limit). Any other asset cannot be spent.
pub struct NominalSpendValue;
impl ConversionFromAssetBalance<Balance, NativeOrWithId<AssetId>, Balance> for NominalSpendValue {
	type Error = ();
	fn from_asset_balance(balance: Balance, asset: NativeOrWithId<AssetId>) -> Result<Balance, ()> {
		match asset {
			NativeOrWithId::Native => Ok(NominalValue::convert((None, balance))),
			NativeOrWithId::WithId(stablecoin::ASSET_ID) => {
				Ok(NominalValue::convert((Some(stablecoin::ASSET_ID), balance)))
			},
			NativeOrWithId::WithId(_) => Err(()),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(_: NativeOrWithId<AssetId>) {}
}

parameter_types! {
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	/// One treasury referendum spends at most 100 000 ATL (or aUSD).
	pub const MaxTreasurySpend: Balance = 100_000 * UNIT;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = EnsureRoot<AccountId>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = ConstU32<{ DAYS }>;
	/// Nothing burnt: the treasury keeps what it does not spend.
	type Burn = ();
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	/// Root (the root track, the sudo key on `dev`) or the treasury track, up to
	/// [`MaxTreasurySpend`] a spend.
	type SpendOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, MaxTreasurySpend>,
		EnsureWithSuccess<pallet_governance::EnsureTreasurer, AccountId, MaxTreasurySpend>,
	>;
	type AssetKind = NativeOrWithId<AssetId>;
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	/// Grants are paid from the reserve account, where the fee shares arrive (ATL and aUSD):
	/// never below the runway floor in aUSD, never reaping the account.
	type Paymaster = pallet_reserve::ReservePay<Runtime, super::reserve::StablecoinId>;
	type BalanceConverter = NominalSpendValue;
	/// An approved spend may be claimed for 30 days.
	type PayoutPeriod = ConstU32<{ 30 * DAYS }>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkHelper;
	type BlockNumberProvider = System;
}

/// Spends in ATL to fresh accounts, for the treasury's benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct TreasuryBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_treasury::ArgumentsFactory<NativeOrWithId<AssetId>, AccountId>
	for TreasuryBenchmarkHelper
{
	fn create_asset_kind(_seed: u32) -> NativeOrWithId<AssetId> {
		NativeOrWithId::Native
	}
	fn create_beneficiary(seed: [u8; 32]) -> AccountId {
		AccountId::from(seed)
	}
}

#[cfg(feature = "runtime-benchmarks")]
/// Voters with a score, and the parameter whose checks cost most, for governance's benchmarks.
pub struct GovernanceBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#[allow(clippy::expect_used, clippy::arithmetic_side_effects)]
impl pallet_governance::benchmarking::BenchmarkHelper<Runtime> for GovernanceBenchmarkHelper {
	fn voter(seed: u32) -> crate::AccountId {
		use frame_support::traits::fungible::Mutate;
		let who: crate::AccountId = frame_benchmarking::account("voter", seed, 0);
		let _ = crate::Balances::set_balance(&who, 1_000_000 * atelier_primitives::currency::UNIT);
		// 1 000 points of matured creation, and a stake that counts beside them, so that the
		// vote locks something.
		crate::Reputation::benchmark_creation(&who, 1_000).expect("the voter's record opens");
		crate::Reputation::stake(
			frame_system::RawOrigin::Signed(who.clone()).into(),
			10_000 * atelier_primitives::currency::UNIT,
		)
		.expect("the voter stakes");
		who
	}

	fn parameter() -> crate::configs::parameters::RuntimeParameters {
		use crate::configs::parameters::{dynamic_params::compute, FeeBounds, RuntimeParameters};
		use atelier_primitives::compute::HardwareClass;
		use frame_support::traits::Get;
		// A raised fee floor: every class's stored base fee moves up to it at once.
		let bounds = compute::BaseFeeBounds::get();
		for class in HardwareClass::ALL {
			pallet_compute_market::BaseFee::<Runtime>::insert(class, bounds.floor);
		}
		RuntimeParameters::Compute(compute::Parameters::BaseFeeBounds(
			compute::BaseFeeBounds,
			Some(FeeBounds { floor: bounds.floor * 2, ceiling: bounds.ceiling }),
		))
	}
}
