//! Consensus: time, BABE, GRANDPA, sessions and their history, authorship, offences, and the
//! election of validators by reputation (`pallet-validators`).
//!
//! A session is one BABE epoch ([`pallet_clock::Epoch`]: an hour on every chain users run). At
//! each session boundary `pallet-validators` elects the set that authors from the session after
//! next; `pallet-session` hands its keys to BABE (authoring) and GRANDPA (finality), and
//! `historical` keeps a root of every set for [`REPORT_WINDOW_SESSIONS`] sessions, so that an
//! equivocation can be proven against the set that signed it. Reports go through
//! `pallet-offences` to `pallet-validators`, which slashes the offender's bond.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64, Randomness, ValidatorRegistration},
	weights::Weight,
	PalletId,
};
use pallet_validators::WeightInfo as _;
use sp_runtime::{
	traits::{ConvertInto, OpaqueKeys},
	Perbill,
};
use sp_staking::{offence::OffenceSeverity, SessionIndex};

use super::{
	super::{
		Assets, Babe, Balances, Historical, Offences, Purse, Reputation, Runtime, RuntimeEvent,
		RuntimeHoldReason, Session, SessionKeys, Validators,
	},
	parameters::dynamic_params,
};
use atelier_primitives::{
	currency::deposit,
	randomness::ChainRandomness,
	stablecoin,
	time::{EPOCH_DURATION, SLOT_DURATION},
	AccountId, AssetId, Balance, BlockNumber, Hash, Moment,
};

/// The most validators the authority sets may hold (BABE's and GRANDPA's bound, and the
/// election's).
pub type MaxAuthorities = ConstU32<32>;

/// Sessions in which an equivocation can still be reported: a week of one-hour sessions. The
/// historical roots and GRANDPA's set-id-to-session map cover it, an unsigned report lives no
/// longer, and a leaving validator's bond stays held for longer ([`UNBONDING_SESSIONS`]).
pub const REPORT_WINDOW_SESSIONS: u32 = 7 * 24;

/// Sessions a leaving validator's bond stays held: a day more than the report window, so that
/// an equivocation reported on the window's last session still finds the bond.
pub const UNBONDING_SESSIONS: u32 = REPORT_WINDOW_SESSIONS + 24;

impl pallet_timestamp::Config for Runtime {
	type Moment = Moment;
	/// BABE checks that each block's timestamp falls in the slot its author claimed.
	type OnTimestampSet = Babe;
	/// Half the slot duration that the chain's genesis chose ([`pallet_clock`]): BABE's slot is
	/// twice this.
	type MinimumPeriod = pallet_clock::HalfSlot<Runtime>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

/// Every chain users run has 6-second slots ([`SLOT_DURATION`]) and one-hour epochs
/// ([`EPOCH_DURATION`]): a block of two seconds of compute is authored in the two thirds of a
/// slot the author gives itself, and imported well before the next. The end-to-end tests' chains
/// (`dev-fast`, `local-fast`) choose 2-second slots and 20-slot epochs at genesis, the shortest
/// slot a genesis may: their blocks are light, and a full one would not be authored in time. A
/// minute is the longest slot, ten slots the shortest epoch (polkadot's own test runtimes use
/// ten), a day of 6-second slots the longest.
impl pallet_clock::Config for Runtime {
	type DefaultSlotDuration = ConstU64<SLOT_DURATION>;
	type MinSlotDuration = ConstU64<2_000>;
	type MaxSlotDuration = ConstU64<60_000>;
	type DefaultEpochDuration = ConstU64<EPOCH_DURATION>;
	type MinEpochDuration = ConstU64<10>;
	type MaxEpochDuration = ConstU64<{ 24 * EPOCH_DURATION }>;
}

parameter_types! {
	/// Blocks an unsigned equivocation report stays valid: the report window.
	pub ReportLongevity: u64 = u64::from(REPORT_WINDOW_SESSIONS)
		.saturating_mul(pallet_clock::EpochDuration::<Runtime>::get());
	/// What `session.setKeys` holds while keys are registered: their `NextKeys` entry and the two
	/// `KeyOwner` entries (a 32-byte account, a 64-byte key set, two 40-byte owner keys).
	pub const SessionKeyDeposit: Balance = deposit(3, 32 + 64 + 2 * 40);
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = pallet_clock::Epoch<Runtime>;
	/// In the metadata only (wallets estimate times with it): BABE's slot is twice the timestamp
	/// pallet's minimum period.
	type ExpectedBlockTime = pallet_clock::Slot<Runtime>;
	/// Epochs change when the session does, never on their own.
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ReportWeights;
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_babe::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

/// The weights of BABE's and GRANDPA's calls: their own formulas (the weights Polkadot charges,
/// with the proof checks and the offence's report), and for an equivocation report, what
/// `pallet-validators` does with the offence besides (its benchmarked `on_offence`: the slash,
/// the reputation report, the disabling), which the formulas do not know.
pub struct ReportWeights;

impl ReportWeights {
	fn slash() -> Weight {
		<Runtime as pallet_validators::Config>::WeightInfo::on_offence()
	}
}

impl pallet_babe::WeightInfo for ReportWeights {
	fn plan_config_change() -> Weight {
		<() as pallet_babe::WeightInfo>::plan_config_change()
	}

	fn report_equivocation(validator_count: u32, max_nominators_per_validator: u32) -> Weight {
		<() as pallet_babe::WeightInfo>::report_equivocation(
			validator_count,
			max_nominators_per_validator,
		)
		.saturating_add(Self::slash())
	}
}

impl pallet_grandpa::WeightInfo for ReportWeights {
	fn report_equivocation(validator_count: u32, max_nominators_per_validator: u32) -> Weight {
		<() as pallet_grandpa::WeightInfo>::report_equivocation(
			validator_count,
			max_nominators_per_validator,
		)
		.saturating_add(Self::slash())
	}

	fn note_stalled() -> Weight {
		<() as pallet_grandpa::WeightInfo>::note_stalled()
	}
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ReportWeights;
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	/// A report names a GRANDPA set id, mapped to its session here: kept for the report window
	/// (a set changes at most once a session).
	type MaxSetIdSessionEntries = ConstU64<{ REPORT_WINDOW_SESSIONS as u64 }>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// A validator is its account.
	type ValidatorId = <Runtime as frame_system::Config>::AccountId;
	type ValidatorIdOf = ConvertInto;
	/// BABE ends a session with its epoch.
	type ShouldEndSession = Babe;
	type NextSessionRotation = Babe;
	/// The election, with a root of each set kept for proofs.
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, Validators>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// An offender is disabled for the rest of the session (at most a third of the set at once,
	/// never re-enabled by a later offender's report),
	/// so that it authors no more blocks while its report is handled (GRANDPA's voters do not
	/// read the disabled list: its finality votes still count, as its weight in the set does).
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Nothing beyond the account identifies a validator: its bond is read when it is slashed.
	type FullIdentification = ();
	type FullIdentificationOf = pallet_validators::UnitIdentification;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Babe>;
	/// Counts each validator's blocks in the session: its pay, and whether it was idle.
	type EventHandler = Validators;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = Validators;
}

/// The chain's randomness for other pallets ([`ChainRandomness`]): BABE's VRF outputs.
pub struct BabeRandomness;

impl ChainRandomness<Hash, BlockNumber> for BabeRandomness {
	fn epoch_randomness(subject: &[u8]) -> (Hash, BlockNumber) {
		pallet_babe::RandomnessFromOneEpochAgo::<Runtime>::random(subject)
	}

	fn parent_block_randomness(subject: &[u8]) -> (Option<Hash>, BlockNumber) {
		pallet_babe::ParentBlockRandomness::<Runtime>::random(subject)
	}
}

/// `pallet-validators`' account: the pot the reserve's infrastructure budget pays the
/// validators' line into, emptied to the validators at each session end by blocks authored.
pub const VALIDATORS_PALLET_ID: PalletId = PalletId(*b"atl/vald");

parameter_types! {
	pub const ValidatorsPalletId: PalletId = VALIDATORS_PALLET_ID;
	pub const Stablecoin: AssetId = stablecoin::ASSET_ID;
}

/// What `pallet-validators` needs of `pallet-session` and its history.
pub struct SessionAdapter;

impl pallet_validators::SessionInterface<AccountId> for SessionAdapter {
	fn has_keys(who: &AccountId) -> bool {
		<Session as ValidatorRegistration<AccountId>>::is_registered(who)
	}

	fn disable(who: &AccountId, severity: Perbill) {
		Session::report_offence(who.clone(), OffenceSeverity(severity));
	}

	fn is_disabled(who: &AccountId) -> bool {
		Session::validators()
			.iter()
			.position(|validator| validator == who)
			.and_then(|index| u32::try_from(index).ok())
			.is_some_and(|index| Session::disabled_validators().contains(&index))
	}

	fn prune_history(up_to: SessionIndex) {
		Historical::prune_up_to(up_to);
	}

	fn current_index() -> SessionIndex {
		Session::current_index()
	}
}

/// Validators elected by reputation. Values, and why, are in `docs/pallets/validators.md`.
impl pallet_validators::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Purse = Purse;
	type Assets = Assets;
	type PayAsset = Stablecoin;
	type PalletId = ValidatorsPalletId;
	type Scores = Reputation;
	type Tiers = Reputation;
	/// Reputation charges an equivocation and an idle session as penalties.
	type Observer = Reputation;
	type Session = SessionAdapter;
	type Election = dynamic_params::validators::Election;
	type Penalties = dynamic_params::validators::Penalties;
	type MaxValidators = MaxAuthorities;
	/// A hundred candidates: the election reads each once a session (its weight at this bound
	/// is checked against a quarter of a block by `integrity_test`).
	type MaxCandidates = ConstU32<100>;
	type UnbondingSessions = ConstU32<UNBONDING_SESSIONS>;
	type ReportWindow = ConstU32<REPORT_WINDOW_SESSIONS>;
	type WeightInfo = pallet_validators::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorsBenchmarkHelper;
}

/// Sets up `pallet-validators`' benchmarks on the real runtime.
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorsBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_validators::benchmarking::BenchmarkHelper<AccountId> for ValidatorsBenchmarkHelper {
	/// Keys made of the account's own bytes (distinct for distinct accounts), registered as
	/// `session.setKeys` would after checking their proof.
	fn set_keys(who: &AccountId) {
		let raw: [u8; 32] = *who.as_ref();
		let keys = SessionKeys {
			babe: sp_consensus_babe::AuthorityId::from(sp_core::sr25519::Public::from_raw(raw)),
			grandpa: sp_consensus_grandpa::AuthorityId::from(sp_core::ed25519::Public::from_raw(
				raw,
			)),
		};
		if let Err(error) = <Session as pallet_session::SessionInterface>::set_keys(who, keys) {
			panic!("benchmark keys: {error:?}");
		}
	}

	/// A founding seed of `score`: the weight the election ranks by.
	fn set_score(who: &AccountId, score: atelier_primitives::reputation::Points) {
		pallet_reputation::Seeds::<Runtime>::insert(who, score);
		pallet_reputation::TotalSeed::<Runtime>::mutate(|total| {
			*total = total.saturating_add(score)
		});
		pallet_reputation::SeedHorizon::<Runtime>::mutate(|horizon| {
			*horizon =
				(*horizon).max(pallet_reputation::TotalSeed::<Runtime>::get().saturating_mul(2))
		});
	}

	fn fund_pot(pot: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		if let Err(error) = Assets::mint_into(stablecoin::ASSET_ID, pot, amount) {
			panic!("benchmark pot: {error:?}");
		}
	}
}
