//! The economic parameters (`pallet-parameters`): every value governance should be able to
//! change, its range, and the checks a new value must pass.
//!
//! A parameter changes only through `Governance::set_parameter`, from the economic parameters
//! track (or Root, the root track), after [`EconomicParameterChecks`]: a value outside its range
//! or that breaks a relation (shares that no longer add up, a floor above its ceiling, tiers out
//! of order) is refused with a named error and changes nothing. Values that must change together
//! (a split, a floor and its ceiling) are one parameter, so that no single change passes through
//! an inconsistent state. `pallet-parameters`' own call accepts no origin at all (not even
//! `None`, which Root could otherwise give itself with `utility.dispatch_as` and write around
//! the checks): once the checks pass, [`EconomicParameterChecks::set`] writes its storage and
//! emits its `Updated` event, the one wallets see. Compile-time constants remain only for storage
//! bounds and values already held in storage (a change would need a migration).
//! `docs/pallets/governance.md` lists every parameter with its range.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	traits::{AsEnsureOriginWithArg, Get, NeverEnsureOrigin},
};
use pallet_governance::{ParameterError, ParameterStore};
use scale_info::TypeInfo;
use sp_runtime::{DispatchResult, Perbill, Permill};

use super::super::{ComputeMarket, Runtime, RuntimeEvent};
use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, MICRO_UNIT, UNIT},
	reputation::Points,
	stablecoin,
	time::DAYS,
	Balance, BlockNumber,
};

/// The compute market's base fee bounds per unit.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct FeeBounds {
	/// The floor: never zero (a zero base fee would stay zero for good).
	pub floor: Balance,
	/// The ceiling: at least the floor.
	pub ceiling: Balance,
}

/// The base fee's split; the four shares add up to 100%.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct FeeSplit {
	/// To the worker.
	pub worker: Perbill,
	/// To the model's licensees.
	pub licensing: Perbill,
	/// To the reserve.
	pub reserve: Perbill,
	/// Burnt.
	pub burn: Perbill,
}

/// Spot checks of compute receipts: how often, how hard, how fast, and who pays the checkers.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct SpotChecks {
	/// The chance a settled job is re-run by another worker: never zero.
	pub rate: Perbill,
	/// The most the chance rises to for a worker without a tier, with a recent failure or a
	/// large share of its class.
	pub max_rate: Perbill,
	/// A wrong receipt loses at least this many times what its job charged.
	pub slash_factor: u32,
	/// Blocks a checker has to commit, and then to reveal.
	pub window: BlockNumber,
	/// The share of the base fee that pays checkers, taken from the reserve's share.
	pub share: Perbill,
}

/// The royalty cap and the protocol's own shares of every sale.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct RoyaltyShares {
	/// The most a buyer pays in royalties (below 100%: the seller keeps something). It applies
	/// when a policy is minted; policies minted under a higher cap keep theirs.
	pub max_stack: Perbill,
	/// To the model's lineage.
	pub model: Perbill,
	/// To a remix's parents' lineages.
	pub parent: Perbill,
	/// To the reserve.
	pub reserve: Perbill,
}

/// The least upstream shares of a model's licensing fee.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct UpstreamShares {
	/// To the datasets a model lists.
	pub dataset: Perbill,
	/// To a fine-tune's base model's licensees.
	pub base_model: Perbill,
}

/// Attestation's bonds.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct AttestationBonds {
	/// An attestor's bond, and the least it keeps to attest.
	pub attestor: Balance,
	/// What a model's owner keeps held for the model to earn.
	pub model: Balance,
	/// A challenger's bond.
	pub challenge: Balance,
}

/// Attestation's periods, in blocks.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct AttestationPeriods {
	/// The longest an attestation runs.
	pub max_attestation: BlockNumber,
	/// How long a leaving attestor stays slashable: at least `max_attestation`, so that every
	/// attestation it made runs out while it can still be slashed.
	pub attestor_unbonding: BlockNumber,
	/// How long an unbonding model bond stays slashable.
	pub model_unbonding: BlockNumber,
	/// How long the disputes track has to decide a challenge.
	pub challenge: BlockNumber,
	/// How long a minor violation bars and locks.
	pub lock: BlockNumber,
}

/// What an upheld challenge takes from attestors, and the challenger's share of it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct AttestationSlashing {
	/// The fraction of its bond each attestor of a violated dataset loses.
	pub attestor: Perbill,
	/// The challenger's share of what is slashed (of a challenged model's bond, for a major
	/// violation).
	pub challenger: Perbill,
}

/// What a challenge that ends without a violation pays the frozen, and what a violation takes
/// from the offender's reputation stake.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct AttestationRemedies {
	/// The share of a rejected or lapsed challenge's bonds paid to the owner of what it froze
	/// (the rest to the reserve).
	pub compensation: Perbill,
	/// The fraction of the offender's reputation stake a minor violation takes.
	pub minor_stake_slash: Perbill,
	/// The fraction of the offender's reputation stake a major violation takes.
	pub major_stake_slash: Perbill,
}

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
	use pallet_reserve::{
		Allocation, BuyBackDestination, BuyBackPolicy, GrantsPolicy, PriceGuard, SteeringPolicy,
		TargetRange,
	};
	use pallet_validators::{ElectionParams, ValidatorPenalties};
	use sp_runtime::{Perbill, Permill};

	/// The oracle operators (`pallet-oracle-operators`).
	#[dynamic_pallet_params]
	#[codec(index = 7)]
	pub mod oracle {
		/// 1 000 ATL to report; an hour a round (30 minutes to commit, 30 to reveal); a key's
		/// median needs three reveals; a value more than 10% from it, or a commitment never
		/// revealed, costs 10% of the bond; six silent rounds in a row (six hours) cost 1%; a
		/// value no round renews is stale after a day.
		#[codec(index = 0)]
		pub static Operators: pallet_oracle_operators::OracleParams<BlockNumber> =
			pallet_oracle_operators::OracleParams {
				min_bond: 1_000 * UNIT,
				commit_blocks: 300,
				reveal_blocks: 300,
				quorum: 3,
				band: Perbill::from_percent(10),
				deviation_slash: Perbill::from_percent(10),
				silence_rounds: 6,
				silence_slash: Perbill::from_percent(1),
				stale_rounds: 24,
			};
	}

	/// The validator election and its penalties (`pallet-validators`).
	#[dynamic_pallet_params]
	#[codec(index = 6)]
	pub mod validators {
		/// Sixteen seats; at least three validators (the production template's genesis set:
		/// GRANDPA needs all three of three, and survives one fault from four); at most two
		/// seats change a session; a bond of 10 000 ATL; no tier yet (a young chain's
		/// validators have earned none: governance raises it as the community earns).
		#[codec(index = 0)]
		pub static Election: ElectionParams = ElectionParams {
			seats: 16,
			min_validators: 3,
			max_seat_changes: 2,
			min_bond: 10_000 * UNIT,
			min_tier: 0,
		};
		/// An equivocation costs a tenth of everything at stake; an idle session a hundredth.
		#[codec(index = 1)]
		pub static Penalties: ValidatorPenalties = ValidatorPenalties {
			equivocation_slash: Perbill::from_percent(10),
			idle_slash: Perbill::from_percent(1),
		};
	}

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
		/// Points per kind of creation, and the most one account earns of each in a day: a
		/// point for every 20 ATL that left everyone's control (paid to the reserve or burned)
		/// through one's compute, one's models' licensing, one's outputs' sales or one's
		/// attestations' forfeited challenges. Royalties claimed earn nothing: they move money
		/// from buyers to accounts that may be the buyer's own. `docs/pallets/reputation.md`
		/// gives the cheapest path to a vote weight at these rates.
		#[codec(index = 5)]
		pub static Rates: CreationRates = CreationRates {
			compute: Rate { points: 1, per: 20 * UNIT, cap: 1_000 },
			licensing: Rate { points: 1, per: 20 * UNIT, cap: 1_000 },
			sales: Rate { points: 1, per: 20 * UNIT, cap: 1_000 },
			royalties: Rate { points: 1, per: 0, cap: 1_000 },
			attestations: Rate { points: 1, per: 20 * UNIT, cap: 500 },
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
		/// The least score of tiers 1, 2 and 3: tier 1 (the high-compute class) at 100 points,
		/// 2 000 ATL that left one's control (or a third of it beside a matured stake).
		#[codec(index = 9)]
		pub static TierThresholds: [Points; 3] = [100, 1_000, 5_000];
		/// Four weeks (as long as a stake takes to count fully) before creation counts: points
		/// bought today vote, and reach a tier, only then.
		#[codec(index = 10)]
		pub static CreationMaturity: u32 = 28;
	}

	/// The compute market.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod compute {
		/// Tier 1 and above may submit `DatacenterGpu` jobs.
		#[codec(index = 0)]
		pub static HighComputeTier: Tier = 1;
		/// The base fee's floor and ceiling per unit: 0.000001 ATL (a 1 000-unit job: 0.001 ATL)
		/// and 1 ATL.
		#[codec(index = 1)]
		pub static BaseFeeBounds: FeeBounds = FeeBounds { floor: MICRO_UNIT, ceiling: UNIT };
		/// The base fee's split: 70% to the worker, 15% to the model's licensees, 10% to the
		/// reserve, 5% burnt.
		#[codec(index = 2)]
		pub static BaseFeeSplit: FeeSplit = FeeSplit {
			worker: Perbill::from_percent(70),
			licensing: Perbill::from_percent(15),
			reserve: Perbill::from_percent(10),
			burn: Perbill::from_percent(5),
		};
		/// A receipt is checked at least one time in twenty (up to two in five for a worker
		/// without a tier, with a recent failure or a quarter of its class), a wrong one loses
		/// 25 times its charge, checkers have 20 blocks (2 minutes) to commit and as many to
		/// reveal, and 5% of the base fee (half the reserve's 10%) pays them: a checker's fee is
		/// what the job paid its worker (70%), one job in fourteen at the base rate. A lie then costs
		/// more than it pays: `rate × (slash_factor + 1) = 1.3 > 1`
		/// (`docs/pallets/compute-market.md#spot-checks`).
		#[codec(index = 3)]
		pub static SpotChecks: super::SpotChecks = super::SpotChecks {
			rate: Perbill::from_percent(5),
			max_rate: Perbill::from_percent(40),
			slash_factor: 25,
			window: 20,
			share: Perbill::from_percent(5),
		};
	}

	/// Royalties.
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod royalties {
		/// Buyers never pay more than half the price in royalties; 10% of every sale to the
		/// model's lineage, 10% of a remix's to its parents' lineages, 2% to the reserve.
		#[codec(index = 0)]
		pub static Shares: RoyaltyShares = RoyaltyShares {
			max_stack: Perbill::from_percent(50),
			model: Perbill::from_percent(10),
			parent: Perbill::from_percent(10),
			reserve: Perbill::from_percent(2),
		};
	}

	/// Provenance.
	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod provenance {
		/// A model that lists datasets gives them at least a fifth of its licensing fee; a
		/// fine-tune gives its base model's licensees at least a fifth.
		#[codec(index = 0)]
		pub static MinUpstreamShares: UpstreamShares = UpstreamShares {
			dataset: Perbill::from_percent(20),
			base_model: Perbill::from_percent(20),
		};
	}

	/// The treasury reserve.
	#[dynamic_pallet_params]
	#[codec(index = 5)]
	pub mod reserve {
		/// A day: the budget is paid daily, and a day's volume is a stable velocity sample.
		#[codec(index = 0)]
		pub static Period: BlockNumber = DAYS;
		/// An average over about an hour (600 blocks); no reserve swap while the spot price is
		/// more than 10% from it; a swap accepts 2% below the better (for the reserve) of the
		/// spot and the average.
		#[codec(index = 1)]
		pub static Guard: PriceGuard = PriceGuard {
			average_blocks: 600,
			band: Permill::from_percent(10),
			max_slippage: Permill::from_percent(2),
		};
		/// Half the reserve's value in aUSD (the runway), 30% in POL (the market's depth), 20%
		/// in ATL.
		#[codec(index = 2)]
		pub static Targets: Allocation = Allocation {
			stable: Permill::from_percent(50),
			pol: Permill::from_percent(30),
			atl: Permill::from_percent(20),
		};
		/// Half of each period's ATL inflow is converted (while aUSD and POL are short).
		#[codec(index = 3)]
		pub static ConversionShare: Permill = Permill::from_percent(50);
		/// Buy back while less than 0.1% of the circulating supply changes hands in a day and
		/// the price is 3% or more under its average; at most 10 000 aUSD a day (and half the
		/// pool's fee share of its aUSD a period: the sandwich bound); never below 90 days of
		/// budget; burn what is bought.
		#[codec(index = 4)]
		pub static BuyBack: BuyBackPolicy = BuyBackPolicy {
			velocity_below: Perbill::from_parts(1_000_000),
			discount: Permill::from_percent(3),
			max_per_day: 10_000 * atelier_primitives::stablecoin::DOLLAR,
			runway_days: 90,
			destination: BuyBackDestination::Burn,
		};
		/// The rules move a target two points a period at most: POL within 20% to 45% (deeper
		/// while demand grows by more than a quarter over its weekly average), aUSD within 40%
		/// to 70% (more while the price's average moves 5% in a day, or the operators' price is
		/// 5% from the pool's), ATL the rest within 5% to 30%; the buy-back discount from 3%
		/// down to 1% while active accounts fall a quarter below their average and velocity is
		/// under the buy-back threshold. Averages span a week of periods.
		#[codec(index = 5)]
		pub static Steering: SteeringPolicy = SteeringPolicy {
			step: Permill::from_percent(2),
			stable: TargetRange { min: Permill::from_percent(40), max: Permill::from_percent(70) },
			pol: TargetRange { min: Permill::from_percent(20), max: Permill::from_percent(45) },
			atl: TargetRange { min: Permill::from_percent(5), max: Permill::from_percent(30) },
			demand_band: Permill::from_percent(25),
			engagement_band: Permill::from_percent(25),
			swing: Permill::from_percent(5),
			min_discount: Permill::from_percent(1),
			average_periods: 7,
		};
		/// The grants line pays a model's owner 10% of its demand paid away in a period,
		/// weighed by its quality (a fine-tune's only if it scores above its base model); the
		/// rules move the share between 5% and 20% (up while active accounts fall a quarter
		/// below their average, down while the reserve's aUSD is below its runway floor). At
		/// 20%, demand faked for a grant loses at least 80% of what it pays.
		#[codec(index = 6)]
		pub static Grants: GrantsPolicy = GrantsPolicy {
			share: Permill::from_percent(10),
			range: TargetRange { min: Permill::from_percent(5), max: Permill::from_percent(20) },
		};
	}

	/// Attestation.
	#[dynamic_pallet_params]
	#[codec(index = 4)]
	pub mod attestation {
		/// 1 000 ATL for an attestor (half of it lost per false attestation), 100 ATL for a
		/// model to earn, 200 ATL to challenge (half of it compensates the frozen owner if the
		/// challenge fails: a freeze of one's own dataset, to stop a rival's fine-tunes, still
		/// costs 100 ATL).
		#[codec(index = 0)]
		pub static Bonds: AttestationBonds =
			AttestationBonds { attestor: 1_000 * UNIT, model: 100 * UNIT, challenge: 200 * UNIT };
		/// Two distinct attestors per dataset and use.
		#[codec(index = 1)]
		pub static Quorum: u32 = 2;
		/// Attestations run at most 90 days, and a leaving attestor answers for 90 days; a model
		/// bond unbonds in a week; the disputes track has 3 days to decide a challenge; a minor
		/// violation locks for 90 days.
		#[codec(index = 2)]
		pub static Periods: AttestationPeriods = AttestationPeriods {
			max_attestation: 90 * DAYS,
			attestor_unbonding: 90 * DAYS,
			model_unbonding: 7 * DAYS,
			challenge: 3 * DAYS,
			lock: 90 * DAYS,
		};
		/// An attestor of a violated dataset loses half its bond; the challenger gets a fifth of
		/// what is slashed.
		#[codec(index = 3)]
		pub static Slashing: AttestationSlashing = AttestationSlashing {
			attestor: Perbill::from_percent(50),
			challenger: Perbill::from_percent(20),
		};
		/// Half of a dismissed challenge's bonds to the owner it froze (the reserve keeps the
		/// other half, so a challenge of one's own dataset costs half its bond); a minor
		/// violation takes a tenth of the offender's reputation stake, a major one half.
		#[codec(index = 4)]
		pub static Remedies: AttestationRemedies = AttestationRemedies {
			compensation: Perbill::from_percent(50),
			minor_stake_slash: Perbill::from_percent(10),
			major_stake_slash: Perbill::from_percent(50),
		};
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	/// No origin: every change goes through `Governance::set_parameter` and its checks, which
	/// write the storage themselves (see the module's documentation).
	type AdminOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<()>>;
	/// pallet-parameters keeps its generated weights private; `()` is its reference weights
	/// (one read, one write).
	type WeightInfo = ();
}

/// Adapters: each pallet reads its part of a grouped parameter.
macro_rules! part_of {
	($(#[$doc:meta])* $name:ident: $ty:ty = $param:path => $field:ident) => {
		$(#[$doc])*
		pub struct $name;
		impl Get<$ty> for $name {
			fn get() -> $ty {
				<$param>::get().$field
			}
		}
	};
}

part_of!(/// The base fee's floor.
	MinBaseFee: Balance = dynamic_params::compute::BaseFeeBounds => floor);
part_of!(/// The base fee's ceiling.
	MaxBaseFee: Balance = dynamic_params::compute::BaseFeeBounds => ceiling);
part_of!(/// The worker's share of the base fee.
	WorkerShare: Perbill = dynamic_params::compute::BaseFeeSplit => worker);
part_of!(/// The licensees' share of the base fee.
	LicensingShare: Perbill = dynamic_params::compute::BaseFeeSplit => licensing);
part_of!(/// The reserve's share of the base fee.
	ReserveShare: Perbill = dynamic_params::compute::BaseFeeSplit => reserve);
part_of!(/// The burnt share of the base fee.
	BurnShare: Perbill = dynamic_params::compute::BaseFeeSplit => burn);
part_of!(/// The base chance of a spot check.
	CheckRate: Perbill = dynamic_params::compute::SpotChecks => rate);
part_of!(/// The raised chance's ceiling.
	MaxCheckRate: Perbill = dynamic_params::compute::SpotChecks => max_rate);
part_of!(/// A wrong receipt's slash, in charges.
	CheckSlashFactor: u32 = dynamic_params::compute::SpotChecks => slash_factor);
part_of!(/// A checker's window.
	CheckWindow: BlockNumber = dynamic_params::compute::SpotChecks => window);
part_of!(/// The verification share of the base fee.
	VerificationShare: Perbill = dynamic_params::compute::SpotChecks => share);
part_of!(/// The royalty cap.
	MaxRoyaltyStack: Perbill = dynamic_params::royalties::Shares => max_stack);
part_of!(/// The model lineage's share of a sale.
	ModelShare: Perbill = dynamic_params::royalties::Shares => model);
part_of!(/// The parents' share of a remix's sale.
	ParentShare: Perbill = dynamic_params::royalties::Shares => parent);
part_of!(/// The reserve's share of a sale.
	RoyaltyReserveShare: Perbill = dynamic_params::royalties::Shares => reserve);
part_of!(/// The datasets' least share of a model's licensing fee.
	MinDatasetShare: Perbill = dynamic_params::provenance::MinUpstreamShares => dataset);
part_of!(/// The base model's least share of a fine-tune's licensing fee.
	MinBaseModelShare: Perbill = dynamic_params::provenance::MinUpstreamShares => base_model);
part_of!(/// An attestor's bond.
	AttestorBond: Balance = dynamic_params::attestation::Bonds => attestor);
part_of!(/// A model's bond.
	ModelBond: Balance = dynamic_params::attestation::Bonds => model);
part_of!(/// A challenger's bond.
	ChallengeBond: Balance = dynamic_params::attestation::Bonds => challenge);
part_of!(/// The longest attestation.
	MaxAttestationPeriod: BlockNumber = dynamic_params::attestation::Periods => max_attestation);
part_of!(/// A leaving attestor's unbonding.
	AttestorUnbonding: BlockNumber = dynamic_params::attestation::Periods => attestor_unbonding);
part_of!(/// A model bond's unbonding.
	ModelUnbonding: BlockNumber = dynamic_params::attestation::Periods => model_unbonding);
part_of!(/// A challenge's time to decide.
	ChallengePeriod: BlockNumber = dynamic_params::attestation::Periods => challenge);
part_of!(/// A minor violation's lock.
	ViolationLock: BlockNumber = dynamic_params::attestation::Periods => lock);
part_of!(/// An attestor's slash.
	AttestorSlash: Perbill = dynamic_params::attestation::Slashing => attestor);
part_of!(/// The challenger's share of a slash.
	ChallengerShare: Perbill = dynamic_params::attestation::Slashing => challenger);
part_of!(/// The frozen owner's share of a dismissed challenge's bonds.
	FrozenCompensation: Perbill = dynamic_params::attestation::Remedies => compensation);
part_of!(/// What a minor violation takes of the offender's reputation stake.
	MinorStakeSlash: Perbill = dynamic_params::attestation::Remedies => minor_stake_slash);
part_of!(/// What a major violation takes of the offender's reputation stake.
	MajorStakeSlash: Perbill = dynamic_params::attestation::Remedies => major_stake_slash);

/// The least measure a creation point may cost, per kind: 20 ATL that left everyone's control
/// (royalties claimed stay off: a claim can be one's own money come back). The parameter checks
/// refuse a cheaper rate: with a stake counting up to twice the creation, a
/// point of vote weight then costs at least 6.67 ATL paid away (`docs/pallets/reputation.md`).
pub const MIN_MEASURE_PER_POINT: pallet_reputation::PerKind<u128> = pallet_reputation::PerKind {
	compute: 20 * UNIT,
	licensing: 20 * UNIT,
	sales: 20 * UNIT,
	royalties: 20 * UNIT,
	attestations: 20 * UNIT,
};

fn parts(share: Perbill) -> u64 {
	u64::from(share.deconstruct())
}

fn within<T: PartialOrd>(value: T, low: T, high: T) -> Result<(), ParameterError> {
	if value < low || value > high {
		return Err(ParameterError::OutOfRange);
	}
	Ok(())
}

fn holds(relation: bool) -> Result<(), ParameterError> {
	relation.then_some(()).ok_or(ParameterError::Inconsistent)
}

/// The checks a new value passes (each range and relation is in `docs/pallets/governance.md`),
/// and the write through `pallet-parameters`. Removing a value (setting `None`) restores its
/// default, which passes the ranges (the pallets' `integrity_test`s check the defaults); the
/// reserve's relations are checked again after the write, a reset included, against the other
/// values as they are.
pub struct EconomicParameterChecks;

impl EconomicParameterChecks {
	/// Every parameter that another parameter's check reads, checked again as it stands (the
	/// reserve's relations are `Reserve::check_in_force`).
	fn check_relations() -> Result<(), ParameterError> {
		use dynamic_params::{attestation, compute, reputation};
		let in_force = [
			RuntimeParameters::Reputation(reputation::Parameters::UnbondingPeriod(
				reputation::UnbondingPeriod,
				Some(reputation::UnbondingPeriod::get()),
			)),
			RuntimeParameters::Attestation(attestation::Parameters::Periods(
				attestation::Periods,
				Some(attestation::Periods::get()),
			)),
			RuntimeParameters::Compute(compute::Parameters::BaseFeeSplit(
				compute::BaseFeeSplit,
				Some(compute::BaseFeeSplit::get()),
			)),
			RuntimeParameters::Compute(compute::Parameters::SpotChecks(
				compute::SpotChecks,
				Some(compute::SpotChecks::get()),
			)),
		];
		in_force.iter().try_for_each(<Self as ParameterStore<RuntimeParameters>>::check)
	}
}

impl ParameterStore<RuntimeParameters> for EconomicParameterChecks {
	fn check(key_value: &RuntimeParameters) -> Result<(), ParameterError> {
		use dynamic_params::{
			attestation, compute, oracle, provenance, reputation, reserve, royalties, validators,
		};
		match key_value {
			RuntimeParameters::Reputation(p) => match p {
				reputation::Parameters::StakePointsPerRoot(_, Some(v)) => within(*v, 1, 1_000),
				reputation::Parameters::StakeMaturity(_, Some(v)) => within(*v, DAYS, 365 * DAYS),
				// At most twice the creation: each matured creation point then buys at most two
				// of stake, so the cheapest path to a vote weight stays a third of it paid away.
				reputation::Parameters::StakeCreationRatio(_, Some(v)) => within(*v, 0, 2),
				// A week to a month (a record keeps at most 32 periods of maturing creation).
				reputation::Parameters::CreationMaturity(_, Some(v)) => within(*v, 7, 31),
				reputation::Parameters::MinStake(_, Some(v)) => {
					within(*v, EXISTENTIAL_DEPOSIT, 1_000_000 * UNIT)
				},
				// A day at least, and at least a challenge's period: the time attestation has to
				// slash the stake of an offender who starts unbonding when challenged.
				reputation::Parameters::UnbondingPeriod(_, Some(v)) => {
					within(*v, DAYS, 90 * DAYS)?;
					holds(*v >= dynamic_params::attestation::Periods::get().challenge)
				},
				reputation::Parameters::Rates(_, Some(r)) => {
					// Royalties claimed stay off: a claim can be a self-dealt sale's own money
					// coming back, at any rate a point cheaper than what the sale paid away.
					holds(r.royalties.per == 0)?;
					// A rate of `per` zero turns its kind off; points and caps stay bounded so a
					// day's earnings cannot overflow a score. A kind that is on never gives a point
					// for less than the default's measure (`MIN_MEASURE_PER_POINT`): a point
					// bought by self-dealing costs what it leaks per unit of measure times this,
					// so a cheaper rate (a denominator of 1) would make it free.
					let kinds = [
						(&r.compute, MIN_MEASURE_PER_POINT.compute),
						(&r.licensing, MIN_MEASURE_PER_POINT.licensing),
						(&r.sales, MIN_MEASURE_PER_POINT.sales),
						(&r.royalties, MIN_MEASURE_PER_POINT.royalties),
						(&r.attestations, MIN_MEASURE_PER_POINT.attestations),
					];
					for (rate, least) in kinds {
						within(rate.points, 0, 1_000_000)?;
						within(rate.cap, 0, 1_000_000)?;
						if rate.per != 0 {
							holds(rate.per >= u128::from(rate.points).saturating_mul(least))?;
						}
					}
					Ok(())
				},
				reputation::Parameters::OffencePenalties(_, Some(p)) => {
					for points in
						[p.missed_deadline, p.dispute_upheld, p.challenge_upheld, p.violation]
					{
						within(points, 0, 1_000_000)?;
					}
					Ok(())
				},
				// Below 100% (which would stop decay), at least half kept a day.
				reputation::Parameters::CreationRetention(_, Some(v))
				| reputation::Parameters::PenaltyRetention(_, Some(v)) => {
					within(*v, Perbill::from_percent(50), Perbill::from_parts(999_999_999))
				},
				reputation::Parameters::TierThresholds(_, Some(t)) => {
					within(t.first().copied().unwrap_or(0), 1, Points::MAX)?;
					holds(t.windows(2).all(|w| matches!(w, [low, high] if low < high)))
				},
				_ => Ok(()),
			},
			RuntimeParameters::Compute(p) => match p {
				compute::Parameters::HighComputeTier(_, Some(v)) => {
					within(*v, 0, pallet_reputation::MAX_TIER)
				},
				compute::Parameters::BaseFeeBounds(_, Some(b)) => {
					within(b.floor, 1, 1_000 * UNIT)?;
					within(b.ceiling, 1, 1_000 * UNIT)?;
					holds(b.floor <= b.ceiling)
				},
				compute::Parameters::BaseFeeSplit(_, Some(s)) => {
					// The worker is paid for the work: at least half. At least a tenth leaves
					// everyone's control (the reserve, less the checkers' share, and the burn),
					// so that a job one serves for oneself always costs (the defaults leave 13%).
					within(s.worker, Perbill::from_percent(50), Perbill::from_percent(85))?;
					let share = dynamic_params::compute::SpotChecks::get().share;
					within(
						parts(s.reserve).saturating_sub(parts(share)).saturating_add(parts(s.burn)),
						parts(Perbill::from_percent(10)),
						parts(Perbill::one()),
					)?;
					holds(share <= s.reserve)?;
					let total = [s.worker, s.licensing, s.reserve, s.burn]
						.into_iter()
						.fold(0u64, |sum, share| sum.saturating_add(parts(share)));
					holds(total == parts(Perbill::one()))
				},
				compute::Parameters::SpotChecks(_, Some(c)) => {
					// Never zero: every receipt can be checked.
					within(c.rate, Perbill::from_percent(1), Perbill::one())?;
					within(c.max_rate, c.rate, Perbill::one())?;
					within(c.slash_factor, 2, 1_000)?;
					// A lie costs more than it pays: caught with chance `rate`, a liar loses
					// the job's pay and `slash_factor` charges (pay ≤ charge), so
					// `rate × (slash_factor + 1) > 1`.
					holds(
						parts(c.rate).saturating_mul(u64::from(c.slash_factor).saturating_add(1))
							> parts(Perbill::one()),
					)?;
					// Long enough for a re-run through the service (30 s), at most an hour.
					within(c.window, 5, 600)?;
					within(c.share, Perbill::zero(), Perbill::from_percent(10))?;
					let split = dynamic_params::compute::BaseFeeSplit::get();
					within(
						parts(split.reserve)
							.saturating_sub(parts(c.share))
							.saturating_add(parts(split.burn)),
						parts(Perbill::from_percent(10)),
						parts(Perbill::one()),
					)?;
					holds(c.share <= split.reserve)
				},
				_ => Ok(()),
			},
			RuntimeParameters::Oracle(p) => match p {
				oracle::Parameters::Operators(_, Some(o)) => {
					within(o.min_bond, EXISTENTIAL_DEPOSIT, 1_000_000 * UNIT)?;
					// A minute to a day each: long enough for an evaluation to be sent, short
					// enough that values follow the world.
					within(o.commit_blocks, 10, DAYS)?;
					within(o.reveal_blocks, 10, DAYS)?;
					// Three at least (a median of fewer is one operator's word), and no more
					// than there can be operators.
					within(
						o.quorum,
						3,
						<Runtime as pallet_oracle_operators::Config>::MaxOperators::get(),
					)?;
					within(o.band, Perbill::from_percent(1), Perbill::from_percent(50))?;
					// Never zero: a withheld reveal must cost something, or it is a free option
					// on the others' values.
					within(o.deviation_slash, Perbill::from_percent(1), Perbill::from_percent(50))?;
					within(o.silence_rounds, 1, 1_000)?;
					within(o.silence_slash, Perbill::zero(), Perbill::from_percent(50))?;
					within(o.stale_rounds, 1, 1_000)
				},
				_ => Ok(()),
			},
			RuntimeParameters::Royalties(p) => match p {
				royalties::Parameters::Shares(_, Some(s)) => {
					within(s.max_stack, Perbill::zero(), Perbill::from_percent(90))?;
					// Every sale pays the reserve at least 1% (the default is 2%): a sale to
					// oneself always costs its seller something no account of its own receives.
					within(s.reserve, Perbill::from_percent(1), Perbill::from_percent(20))?;
					let protocol = [s.model, s.parent, s.reserve]
						.into_iter()
						.fold(0u64, |sum, share| sum.saturating_add(parts(share)));
					holds(protocol <= parts(s.max_stack))
				},
				_ => Ok(()),
			},
			RuntimeParameters::Attestation(p) => match p {
				attestation::Parameters::Bonds(_, Some(b)) => {
					within(b.attestor, EXISTENTIAL_DEPOSIT, 1_000_000 * UNIT)?;
					within(b.model, EXISTENTIAL_DEPOSIT, 1_000_000 * UNIT)?;
					within(b.challenge, EXISTENTIAL_DEPOSIT, 1_000_000 * UNIT)
				},
				attestation::Parameters::Quorum(_, Some(q)) => within(
					*q,
					1,
					<Runtime as pallet_attestation::Config>::MaxAttestationsPerDataset::get(),
				),
				attestation::Parameters::Periods(_, Some(p)) => {
					within(p.max_attestation, DAYS, 730 * DAYS)?;
					within(p.attestor_unbonding, DAYS, 730 * DAYS)?;
					within(p.model_unbonding, DAYS, 90 * DAYS)?;
					// Longer than the disputes track takes to decide (under 8 hours).
					within(p.challenge, DAYS, 30 * DAYS)?;
					within(p.lock, DAYS, 730 * DAYS)?;
					holds(p.attestor_unbonding >= p.max_attestation)?;
					// An offender's reputation stake stays slashable through the challenge.
					holds(p.challenge <= dynamic_params::reputation::UnbondingPeriod::get())
				},
				attestation::Parameters::Slashing(_, Some(s)) => {
					within(s.attestor, Perbill::from_percent(1), Perbill::one())?;
					within(s.challenger, Perbill::zero(), Perbill::one())
				},
				attestation::Parameters::Remedies(_, Some(r)) => {
					// At most 90% to the owner: a challenge of one's own dataset (to freeze a
					// rival's fine-tunes, or to earn the attestors' credit) always costs a tenth
					// of its bond, and the attestors are credited only for that tenth.
					within(r.compensation, Perbill::zero(), Perbill::from_percent(90))?;
					holds(r.minor_stake_slash <= r.major_stake_slash)
				},
				_ => Ok(()),
			},
			RuntimeParameters::Reserve(p) => match p {
				// A minute (10 blocks) to 90 days. The default is a day; a period's weight is
				// bounded whatever its length, and every amount it pays or spends is a rate a day
				// over the blocks it lasted, so a short period pays the same in smaller steps.
				reserve::Parameters::Period(_, Some(v)) => within(*v, 10, 90 * DAYS),
				reserve::Parameters::Guard(_, Some(g)) => {
					// An average over 10 blocks to a week; a band of 1% to 50%; a slippage of 1%
					// (over twice the pool's 0.3% fee) to 10%.
					within(g.average_blocks, 10, 7 * DAYS)?;
					within(g.band, Permill::from_percent(1), Permill::from_percent(50))?;
					within(g.max_slippage, Permill::from_percent(1), Permill::from_percent(10))?;
					// The buy-back discount must stay inside the band, the policy's and the
					// one in force (moved by the rules or fixed by governance).
					holds(reserve::BuyBack::get().discount < g.band)?;
					holds(crate::Reserve::steered().discount < g.band)
				},
				reserve::Parameters::Targets(_, Some(t)) => {
					let total = [t.stable, t.pol, t.atl]
						.into_iter()
						.fold(0u32, |sum, share| sum.saturating_add(share.deconstruct()));
					holds(total == Permill::one().deconstruct())?;
					// Inside the steering's ranges, which the rules return towards.
					let base = pallet_reserve::Steered { targets: *t, ..crate::Reserve::base() };
					holds(
						crate::Reserve::check_rules_with(&reserve::Steering::get(), &base).is_ok(),
					)
				},
				reserve::Parameters::BuyBack(_, Some(b)) => {
					within(b.velocity_below, Perbill::zero(), Perbill::from_percent(10))?;
					within(b.max_per_day, 0, 10_000_000 * stablecoin::DOLLAR)?;
					// At least a week of budget stays; at most ten years.
					within(b.runway_days, 7, 3_650)?;
					holds(b.discount < reserve::Guard::get().band)?;
					// At or above the steering's floor for it.
					let base =
						pallet_reserve::Steered { discount: b.discount, ..crate::Reserve::base() };
					holds(
						crate::Reserve::check_rules_with(&reserve::Steering::get(), &base).is_ok(),
					)
				},
				reserve::Parameters::Steering(_, Some(rules)) => {
					// Consistent with itself and the reserve's own targets and discount
					// (`pallet_reserve::Pallet::check_rules`: a step of at most 10 points, ranges
					// around the targets that can add up to 100%, averages over 1 to 365 periods).
					holds(
						crate::Reserve::check_rules_with(rules, &crate::Reserve::base()).is_ok(),
					)?;
					// Ranges that still hold the targets the rules have moved to: narrow them
					// past where the targets stand in steps, or fix the targets first.
					let steered = crate::Reserve::steered();
					let t = steered.targets;
					let moved_by_rules = pallet_reserve::Mode::<Runtime>::get()
						== pallet_reserve::SteeringMode::Rules;
					holds(
						!moved_by_rules
							|| (rules.stable.contains(t.stable)
								&& rules.pol.contains(t.pol)
								&& rules.atl.contains(t.atl)
								&& rules.min_discount <= steered.discount),
					)
				},
				reserve::Parameters::Grants(_, Some(g)) => {
					// At most 50% (`pallet_reserve::Pallet::check_grants_with`); and, while the
					// rules move it, a range that holds the share in force.
					holds(crate::Reserve::check_grants_with(g).is_ok())?;
					let moved_by_rules = pallet_reserve::Mode::<Runtime>::get()
						== pallet_reserve::SteeringMode::Rules;
					let share = crate::Reserve::steered().grants;
					holds(share <= g.range.max && (!moved_by_rules || g.range.contains(share)))
				},
				_ => Ok(()),
			},
			RuntimeParameters::Validators(p) => match p {
				validators::Parameters::Election(_, Some(e)) => {
					// A bond that costs something to squat a candidacy with; at least three
					// validators and four seats, so that no track shrinks the set to one
					// account that authors and finalizes alone.
					within(e.min_bond, 1_000 * UNIT, 10_000_000 * UNIT)?;
					within(e.min_validators, 3, 32)?;
					within(e.seats, 4, 32)?;
					holds(
						e.check(<Runtime as pallet_validators::Config>::MaxValidators::get())
							.is_ok(),
					)
				},
				validators::Parameters::Penalties(_, Some(p)) => {
					within(p.equivocation_slash, Perbill::from_percent(1), Perbill::one())?;
					// An idle session is an accident as often as not: at most a tenth.
					within(p.idle_slash, Perbill::zero(), Perbill::from_percent(10))?;
					holds(p.check().is_ok())
				},
				_ => Ok(()),
			},
			RuntimeParameters::Provenance(p) => match p {
				provenance::Parameters::MinUpstreamShares(_, Some(s)) => holds(
					parts(s.dataset).saturating_add(parts(s.base_model)) < parts(Perbill::one()),
				),
				_ => Ok(()),
			},
		}
	}

	fn set(key_value: RuntimeParameters) -> DispatchResult {
		let fee_bounds = matches!(
			key_value,
			RuntimeParameters::Compute(dynamic_params::compute::Parameters::BaseFeeBounds(..))
		);
		let reserve = matches!(key_value, RuntimeParameters::Reserve(..));
		let oracle = matches!(key_value, RuntimeParameters::Oracle(..));
		let related = matches!(
			key_value,
			RuntimeParameters::Reputation(..)
				| RuntimeParameters::Attestation(..)
				| RuntimeParameters::Compute(..)
		);
		use frame_support::traits::dynamic_params::AggregatedKeyValue;
		let (key, new_value) = key_value.into_parts();
		let old_value = pallet_parameters::Parameters::<Runtime>::mutate(&key, |v| {
			core::mem::replace(v, new_value.clone())
		});
		frame_system::Pallet::<Runtime>::deposit_event(RuntimeEvent::Parameters(
			pallet_parameters::Event::Updated { key, old_value, new_value },
		));
		// The base fees move into new bounds at once, not at the next block.
		if fee_bounds {
			ComputeMarket::clamp_base_fees();
		}
		// The reserve's policy as it now stands, with the targets and discount in force: a
		// reset to a default is checked here, against the other values as they are (the call
		// is transactional, so a refusal undoes the write).
		if reserve {
			crate::Reserve::check_in_force()
				.map_err(|_| pallet_governance::Error::<Runtime>::ParametersInconsistent)?;
		}
		// The relations between two pallets' parameters, against the values now in force: a
		// reset to a default is valid on its own, not against the others (a reputation
		// unbonding reset to its 7 days under a 20-day challenge would let an offender's stake
		// leave before its challenge is decided).
		if related {
			Self::check_relations()
				.map_err(|_| pallet_governance::Error::<Runtime>::ParametersInconsistent)?;
		}
		// New windows take effect at once in a round nobody has committed in yet.
		if oracle {
			crate::OracleOperators::reopen_if_idle();
		}
		Ok(())
	}
}
