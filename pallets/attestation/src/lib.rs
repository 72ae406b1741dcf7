//! # Attestation
//!
//! The gate to monetization: no model earns until every dataset in its lineage is attested for
//! generative training by a quorum of bonded attestors, and its owner keeps a bond held for it.
//! When a violation of training-data provenance is proven, the lineage stops earning and the
//! money involved is locked or burned, the attestors who vouched falsely are slashed and the
//! challenger is rewarded.
//!
//! - **Attestors** ([`Pallet::apply_as_attestor`]) bond [`Config::AttestorBond`] under
//!   [`HoldReason::AttestorBond`] and are approved by [`Config::AttestorOrigin`]. They leave
//!   ([`Pallet::leave`]) through an unbonding period at least as long as the longest
//!   attestation, so every attestation they made expires while they are still slashable.
//! - **Attestations** ([`Pallet::attest`]): a set of [`Uses`] (the CAWG training, generative
//!   training and inference vocabulary), an evidence commitment and an expiry. A dataset is
//!   attested for a use while [`Config::Quorum`] distinct attestors hold unexpired attestations
//!   of it for that use: expiry is a comparison at read time, so no hook walks attestations.
//! - **Model bonds** ([`Pallet::bond_model`]): a model earns only while its owner keeps
//!   [`Config::ModelBondAmount`] held for it, so that a violation has something to take.
//! - **Challenges** ([`Pallet::challenge`]) name a dataset or a model, a [`Severity`] and an
//!   evidence commitment, with [`Config::ChallengeBondAmount`]. Opening one writes only the
//!   target's record (and the exposure of the dataset's attestors, at most
//!   [`Config::MaxAttestationsPerDataset`]): the freeze of everything downstream costs nothing
//!   more, because every use (job submission, listing, sale, royalty claim, bond withdrawal)
//!   walks the lineage upward and finds it. [`Config::DecideOrigin`] upholds
//!   ([`Pallet::uphold`]) or rejects ([`Pallet::reject`]) it before its deadline; after the
//!   deadline it no longer freezes anything, and anyone dismisses it ([`Pallet::lapse`]).
//! - **Upheld**: the target carries a [`Violation`]: a minor one bars the lineage and locks its
//!   model bonds and accrued royalties for [`Config::LockPeriod`] (or until the deciding origin
//!   lifts it on appeal, [`Pallet::lift`]); a major one bars it for good and burns them. A
//!   dataset's attestors lose [`Config::AttestorSlash`] of their bond, of which the challenger
//!   gets [`Config::ChallengerShare`] and the reserve the rest; a challenged model's major
//!   violation burns its bond, less the challenger's share. Downstream bonds and royalties are
//!   burned when they are next touched, or by anyone's [`Pallet::enforce`]. **Rejected** or
//!   lapsed: the challenger's bond goes to the reserve.
//!
//! `docs/pallets/attestation.md` gives every parameter with its value and reason, and the
//! attacks with their tests.

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
#![deny(missing_docs)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod features;
mod impl_dataset_attestation;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::attestation";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::{
		activity::Observer,
		models::ModelId,
		provenance::{DatasetId, ModelLineage, RoyaltyPots},
		reputation::StakeSlash,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An attestor's bond, slashed when a challenge against a dataset it attested is upheld.
		AttestorBond,
		/// A model owner's bond, locked or burned when a violation in the model's lineage is
		/// upheld.
		ModelBond,
		/// A challenger's or backer's bond, returned if the challenge is upheld, else paid to
		/// the frozen target's owner and the reserve.
		ChallengeBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native currency: bonds are holds on it.
		type Currency: Inspect<Self::AccountId, Balance: From<u64>>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Provenance: datasets, models and the lineage upward.
		type Lineage: ModelLineage<Self::AccountId>;
		/// Royalties: burns what accrued from a tainted model's outputs.
		type RoyaltyPots: RoyaltyPots;
		/// Reputation: penalties for violations and false attestations, credit for attestations
		/// a rejected challenge proved right.
		type Observer: Observer<Self::AccountId>;
		/// Reputation: the stake behind the offender's reputation, slashed by an upheld
		/// violation.
		type StakeSlash: StakeSlash<Self::AccountId>;
		/// The protocol's purse: releases bonds, pays and burns them by the one rule, and names
		/// the reserve (rejected challengers' bonds and the rest of slashes go there).
		type Purse: atelier_primitives::purse::ProtocolPurse<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;
		/// Who approves attestors.
		type AttestorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who decides challenges and lifts violations on appeal (the disputes track).
		type DecideOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		// Economic parameters (the runtime reads them from `pallet-parameters`).
		/// An attestor's bond, and the least it must keep to attest.
		type AttestorBond: Get<BalanceOf<Self>>;
		/// The bond a model owner keeps held for a model to earn.
		type ModelBondAmount: Get<BalanceOf<Self>>;
		/// A challenger's bond.
		type ChallengeBondAmount: Get<BalanceOf<Self>>;
		/// How many distinct attestors attest a dataset for a use before it counts as attested.
		type Quorum: Get<u32>;
		/// The longest an attestation may run.
		type MaxAttestationPeriod: Get<BlockNumberFor<Self>>;
		/// How long a leaving attestor stays slashable (at least `MaxAttestationPeriod`).
		type AttestorUnbonding: Get<BlockNumberFor<Self>>;
		/// How long an unbonding model bond stays slashable.
		type ModelUnbonding: Get<BlockNumberFor<Self>>;
		/// How long the deciding origin has to decide a challenge.
		type ChallengePeriod: Get<BlockNumberFor<Self>>;
		/// How long after a challenge opens others may join it: shorter than the deciding
		/// origin's quickest decision, so that nobody joins a challenge already seen to be upheld
		/// to take part of its reward at no risk.
		#[pallet::constant]
		type JoinWindow: Get<BlockNumberFor<Self>>;
		/// How long a minor violation bars and locks.
		type LockPeriod: Get<BlockNumberFor<Self>>;
		/// The fraction of its bond an attestor loses when a challenge against a dataset it
		/// attested is upheld.
		type AttestorSlash: Get<Perbill>;
		/// The challengers' share of what an upheld challenge slashes.
		type ChallengerShare: Get<Perbill>;
		/// The share of a rejected or lapsed challenge's bonds paid to the owner of what it
		/// froze (the rest goes to the reserve).
		type FrozenCompensation: Get<Perbill>;
		/// The fraction of the offender's reputation stake a minor violation takes.
		type MinorStakeSlash: Get<Perbill>;
		/// The fraction of the offender's reputation stake a major violation takes.
		type MajorStakeSlash: Get<Perbill>;

		// Bounds (compile-time: changing them would need a migration).
		/// The most attestations one dataset keeps (one per attestor).
		#[pallet::constant]
		type MaxAttestationsPerDataset: Get<u32>;
		/// The most accounts that may join one challenge besides its challenger.
		#[pallet::constant]
		type MaxBackers: Get<u32>;

		/// Weights of the dispatchables, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up the benchmarks' worst cases in the runtime.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// Attestors, candidates and leaving ones alike.
	#[pallet::storage]
	pub type Attestors<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AttestorOf<T>, OptionQuery>;

	/// Each dataset's attestations and challenges. Twox64: dataset ids are a counter.
	#[pallet::storage]
	pub type Datasets<T: Config> =
		StorageMap<_, Twox64Concat, DatasetId, DatasetRecordOf<T>, ValueQuery>;

	/// Each model's bond and challenges.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelRecordOf<T>, ValueQuery>;

	/// Open challenges.
	#[pallet::storage]
	pub type Challenges<T: Config> =
		StorageMap<_, Twox64Concat, ChallengeId, ChallengeOf<T>, OptionQuery>;

	/// The open challenge against each target: one at a time, which others join.
	#[pallet::storage]
	pub type OpenChallenge<T: Config> =
		StorageMap<_, Blake2_128Concat, Target, ChallengeId, OptionQuery>;

	/// The id the next challenge gets.
	#[pallet::storage]
	pub type NextChallengeId<T: Config> = StorageValue<_, ChallengeId, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Attestors active from genesis, each bonding [`Config::AttestorBond`].
		pub attestors: alloc::vec::Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for who in &self.attestors {
				Pallet::<T>::do_apply(who.clone())
					.expect("genesis attestors are funded and distinct");
				Pallet::<T>::do_approve(who.clone()).expect("a candidate was just added");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` bonded `bond` and waits for approval.
		AttestorApplied {
			/// The candidate.
			who: T::AccountId,
			/// Its bond.
			bond: BalanceOf<T>,
		},
		/// `who` may attest.
		AttestorApproved {
			/// The attestor.
			who: T::AccountId,
		},
		/// `who` attests no more; its bond may be withdrawn from `until` (a candidate's at
		/// once, with [`Event::AttestorWithdrawn`]).
		AttestorLeaving {
			/// The attestor.
			who: T::AccountId,
			/// The first block of withdrawal.
			until: BlockNumberFor<T>,
		},
		/// `who`'s bond was released and its record removed.
		AttestorWithdrawn {
			/// The former attestor.
			who: T::AccountId,
			/// What was released.
			amount: BalanceOf<T>,
		},
		/// `attestor` attested `dataset` (replacing its earlier attestation of it, if any).
		Attested {
			/// The dataset.
			dataset: DatasetId,
			/// The attestor.
			attestor: T::AccountId,
			/// The uses attested.
			uses: Uses,
			/// The evidence commitment.
			evidence: H256,
			/// The block from which it no longer counts.
			expires: BlockNumberFor<T>,
		},
		/// `attestor` revoked its attestation of `dataset`.
		Revoked {
			/// The dataset.
			dataset: DatasetId,
			/// The attestor.
			attestor: T::AccountId,
		},
		/// `who` holds `amount` for `model`.
		ModelBonded {
			/// The model.
			model: ModelId,
			/// The owner.
			who: T::AccountId,
			/// The bond held now.
			amount: BalanceOf<T>,
		},
		/// The model's bond unbonds: the model earns nothing from now, and the bond may be
		/// withdrawn from `until` if nothing in its lineage is challenged or violated.
		ModelUnbonding {
			/// The model.
			model: ModelId,
			/// The first block of withdrawal.
			until: BlockNumberFor<T>,
		},
		/// The model's bond was released to `who`.
		ModelBondWithdrawn {
			/// The model.
			model: ModelId,
			/// The owner who bonded it.
			who: T::AccountId,
			/// What was released.
			amount: BalanceOf<T>,
		},
		/// A challenge was opened: `target` and everything downstream stop earning until it
		/// closes or its deadline passes.
		Challenged {
			/// The challenge.
			id: ChallengeId,
			/// The challenger.
			challenger: T::AccountId,
			/// What it names.
			target: Target,
			/// The severity claimed.
			severity: Severity,
			/// The evidence commitment.
			evidence: H256,
			/// The last block at which it may be decided.
			deadline: BlockNumberFor<T>,
		},
		/// `who` joined the open challenge `id` with `bond`.
		Joined {
			/// The challenge.
			id: ChallengeId,
			/// The backer.
			who: T::AccountId,
			/// Its bond.
			bond: BalanceOf<T>,
			/// Its evidence commitment.
			evidence: H256,
		},
		/// The challenge was upheld: `target` carries a violation of `severity`.
		Upheld {
			/// The challenge.
			id: ChallengeId,
			/// What it named.
			target: Target,
			/// The severity decided.
			severity: Severity,
			/// What the attestors (or, for a model, its bond) lost.
			slashed: BalanceOf<T>,
			/// The challengers' share of it (the challenger's and its backers').
			reward: BalanceOf<T>,
			/// What was burned at once (a challenged model's bond, less the reward, and its
			/// royalties).
			burned: BalanceOf<T>,
		},
		/// The offender (the owner of the violating dataset or model) lost `amount` of the
		/// stake behind its reputation, to the reserve.
		StakeSlashed {
			/// The offender.
			who: T::AccountId,
			/// The amount.
			amount: BalanceOf<T>,
		},
		/// An attestor lost `amount` of its bond.
		AttestorSlashed {
			/// The attestor.
			who: T::AccountId,
			/// The amount.
			amount: BalanceOf<T>,
		},
		/// The challenge was rejected (`lapsed`: not decided by its deadline); its bonds (the
		/// challenger's and its backers') were paid to the frozen target's owner
		/// (`compensation`) and the reserve (the rest), and the dataset's attestations were
		/// extended by the time it was frozen (`extended`).
		Dismissed {
			/// The challenge.
			id: ChallengeId,
			/// What it named.
			target: Target,
			/// Whether it lapsed rather than being rejected.
			lapsed: bool,
			/// Every bond forfeited.
			bond: BalanceOf<T>,
			/// What the target's owner received of it.
			compensation: BalanceOf<T>,
			/// The blocks added to the expiry of each attestation of the dataset by an active
			/// attestor (zero for a model).
			extended: BlockNumberFor<T>,
		},
		/// A model's bond was burned for a major violation in its lineage.
		ModelBondBurned {
			/// The model.
			model: ModelId,
			/// The amount: total issuance fell by exactly this.
			amount: BalanceOf<T>,
		},
		/// The royalties accrued from a model's outputs were burned for a major violation in its
		/// lineage (the ATL amount; royalties' own event gives every asset).
		RoyaltiesBurned {
			/// The model.
			model: ModelId,
			/// The ATL burned.
			amount: BalanceOf<T>,
		},
		/// The deciding origin lifted the violation on `target` (an appeal): it and its lineage
		/// may earn again; what was burned stays burned.
		ViolationLifted {
			/// What it names.
			target: Target,
			/// The challenge that proved it.
			challenge: ChallengeId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an attestor or a candidate.
		AlreadyAttestor,
		/// The account is not an attestor.
		NotAttestor,
		/// The account is not a candidate waiting for approval.
		NotCandidate,
		/// The attestor is not active (a candidate, or leaving).
		NotActive,
		/// The attestor is not leaving.
		NotLeaving,
		/// The unbonding period has not ended.
		StillUnbonding,
		/// A challenge against a dataset the attestor attested is open.
		Exposed,
		/// The attestor's bond (after slashes) is below the attestor bond.
		BondTooLow,
		/// No such dataset.
		UnknownDataset,
		/// No such model.
		UnknownModel,
		/// The uses are empty or name an unknown use.
		InvalidUses,
		/// The expiry is not after this block, or further than the longest attestation.
		InvalidExpiry,
		/// The dataset keeps as many unexpired attestations as it may.
		TooManyAttestations,
		/// The attestor has no attestation of this dataset.
		NotAttested,
		/// The dataset or model is under an open challenge or a violation in force.
		TargetFrozen,
		/// Only the model's owner bonds for it.
		NotModelOwner,
		/// The model's bond is already held in full, and not unbonding.
		AlreadyBonded,
		/// The model has no bond, or not by this account.
		NotBonded,
		/// The model's bond is not unbonding.
		NotUnbonding,
		/// A challenge is open against something in the model's lineage: its bond waits.
		LineageFrozen,
		/// A minor violation in the model's lineage locks its bond until the lock ends.
		LineageLocked,
		/// No such open challenge.
		UnknownChallenge,
		/// The challenge's deadline has passed: it can only lapse.
		DeadlinePassed,
		/// The challenge's deadline has not passed yet.
		DeadlineNotReached,
		/// No major violation taints the model's lineage.
		NotTainted,
		/// No violation is in force on the target.
		NoViolation,
		/// The account already challenges or backs the target's open challenge.
		AlreadyChallenging,
		/// The target's open challenge has as many backers as it may.
		TooManyBackers,
		/// The target's open challenge opened more than `JoinWindow` ago: it can no longer be
		/// joined (the target stays frozen until it closes).
		JoinWindowClosed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAttestationsPerDataset::get() > 0, "a dataset must keep attestations");
			assert!(
				T::FrozenCompensation::get() < Perbill::one(),
				"a dismissed challenge must cost its challenger something it cannot get back"
			);
			assert!(
				T::MinorStakeSlash::get() <= T::MajorStakeSlash::get(),
				"a minor violation must not take more than a major one"
			);
			assert!(
				T::JoinWindow::get() < T::ChallengePeriod::get(),
				"a challenge must close for joining before its deadline"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Apply to attest: hold [`Config::AttestorBond`] and wait for approval.
		///
		/// - Origin: signed, the candidate.
		///
		/// Errors: [`Error::AlreadyAttestor`], or the balance's if the bond cannot be held.
		///
		/// Emits: [`Event::AttestorApplied`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::apply_as_attestor())]
		pub fn apply_as_attestor(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply(who)
		}

		/// Approve a candidate: it may attest from now.
		///
		/// - Origin: [`Config::AttestorOrigin`].
		///
		/// Errors: [`Error::NotCandidate`].
		///
		/// Emits: [`Event::AttestorApproved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_attestor())]
		pub fn approve_attestor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AttestorOrigin::ensure_origin(origin)?;
			Self::do_approve(who)
		}

		/// Stop attesting. A candidate's bond is released at once; an attestor's after
		/// [`Config::AttestorUnbonding`], during which it stays slashable and its attestations
		/// run out.
		///
		/// - Origin: signed, the attestor or candidate.
		///
		/// Errors: [`Error::NotAttestor`], [`Error::NotActive`] (already leaving).
		///
		/// Emits: [`Event::AttestorLeaving`], or [`Event::AttestorWithdrawn`] for a candidate.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Withdraw a leaving attestor's bond once its unbonding has ended and no challenge
		/// naming a dataset it attested is open.
		///
		/// - Origin: signed, anyone (the bond goes back to `who`).
		///
		/// Errors: [`Error::NotAttestor`], [`Error::NotLeaving`], [`Error::StillUnbonding`],
		/// [`Error::Exposed`].
		///
		/// Emits: [`Event::AttestorWithdrawn`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_attestor())]
		pub fn withdraw_attestor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_withdraw_attestor(who)
		}

		/// Attest that `dataset` is sourced and licensed for `uses`, until `expires`. Replaces
		/// the attestor's earlier attestation of it.
		///
		/// - Origin: signed, an active attestor whose bond is at least [`Config::AttestorBond`].
		/// - `uses`: a non-empty set (1 training, 2 generative training, 4 inference).
		/// - `evidence`: the hash of the attestor's report.
		/// - `expires`: after this block, at most [`Config::MaxAttestationPeriod`] ahead.
		///
		/// Errors: [`Error::NotAttestor`], [`Error::NotActive`], [`Error::BondTooLow`],
		/// [`Error::InvalidUses`], [`Error::InvalidExpiry`], [`Error::UnknownDataset`],
		/// [`Error::TargetFrozen`], [`Error::TooManyAttestations`].
		///
		/// Emits: [`Event::Attested`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			dataset: DatasetId,
			uses: Uses,
			evidence: H256,
			expires: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest(who, dataset, uses, evidence, expires)
		}

		/// Revoke one's attestation of `dataset`. (A challenge opened before the revocation
		/// still names the attestor.)
		///
		/// - Origin: signed, the attestor.
		///
		/// Errors: [`Error::NotAttested`].
		///
		/// Emits: [`Event::Revoked`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(origin: OriginFor<T>, dataset: DatasetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, dataset)
		}

		/// Hold [`Config::ModelBondAmount`] for `model` (or top an existing bond up to it, or
		/// stop its unbonding): the model may earn while it is held.
		///
		/// - Origin: signed, the model's owner.
		///
		/// Errors: [`Error::UnknownModel`], [`Error::NotModelOwner`], [`Error::AlreadyBonded`],
		/// [`Error::TargetFrozen`] (a violation in force on the model), or the balance's.
		///
		/// Emits: [`Event::ModelBonded`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::bond_model())]
		pub fn bond_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_model(who, model)
		}

		/// Start unbonding `model`'s bond: the model earns nothing from now; the bond may be
		/// withdrawn after [`Config::ModelUnbonding`].
		///
		/// - Origin: signed, who bonded it.
		///
		/// Errors: [`Error::NotBonded`], [`Error::NotUnbonding`] (already unbonding reads as
		/// this too).
		///
		/// Emits: [`Event::ModelUnbonding`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::unbond_model())]
		pub fn unbond_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond_model(who, model)
		}

		/// Withdraw an unbonded model bond. Walks the model's lineage upward: an open challenge
		/// keeps it, a minor violation locks it, a major one burns it instead.
		///
		/// - Origin: signed, anyone (the bond goes back to who bonded it).
		///
		/// Errors: [`Error::NotBonded`], [`Error::NotUnbonding`], [`Error::StillUnbonding`],
		/// [`Error::LineageFrozen`], [`Error::LineageLocked`].
		///
		/// Emits: [`Event::ModelBondWithdrawn`], or [`Event::ModelBondBurned`] and
		/// [`Event::RoyaltiesBurned`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw_model_bond())]
		pub fn withdraw_model_bond(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_withdraw_model_bond(model)
		}

		/// Challenge a dataset or a model: it and everything downstream stop earning until the
		/// challenge closes or its deadline ([`Config::ChallengePeriod`]) passes. A target has
		/// one open challenge at a time: challenging it while one is open joins that one (the
		/// deadline does not move), and a challenge past its deadline is dismissed first.
		///
		/// - Origin: signed, anyone, holding [`Config::ChallengeBondAmount`].
		/// - `severity`: what the challenger claims (the deciding origin may uphold another;
		///   a backer's is ignored).
		/// - `evidence`: a commitment to the evidence.
		///
		/// Errors: [`Error::UnknownDataset`], [`Error::UnknownModel`], [`Error::TargetFrozen`]
		/// (a violation is already in force on it), [`Error::AlreadyChallenging`],
		/// [`Error::TooManyBackers`], [`Error::JoinWindowClosed`], or the balance's.
		///
		/// Emits: [`Event::Challenged`], or [`Event::Joined`]; [`Event::Dismissed`] for a
		/// lapsed challenge it replaces.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::challenge().saturating_add(T::WeightInfo::lapse()))]
		pub fn challenge(
			origin: OriginFor<T>,
			target: Target,
			severity: Severity,
			evidence: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_challenge(who, target, severity, evidence)
		}

		/// Uphold a challenge with `severity`: the violation is recorded, the dataset's
		/// attestors slashed (or a challenged model's bond burned, for a major violation), the
		/// challenger and its backers rewarded and their bonds returned, the offender's
		/// reputation stake slashed ([`Config::MinorStakeSlash`] or [`Config::MajorStakeSlash`])
		/// and penalties reported to reputation.
		///
		/// - Origin: [`Config::DecideOrigin`].
		///
		/// Errors: [`Error::UnknownChallenge`], [`Error::DeadlinePassed`].
		///
		/// Emits: [`Event::Upheld`], [`Event::AttestorSlashed`] for each attestor,
		/// [`Event::StakeSlashed`], [`Event::ModelBondBurned`] and [`Event::RoyaltiesBurned`]
		/// for a model's major one.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::uphold_dataset()
			.max(T::WeightInfo::uphold_model())
			.saturating_add(T::StakeSlash::slash_weight()))]
		pub fn uphold(origin: OriginFor<T>, id: ChallengeId, severity: Severity) -> DispatchResult {
			T::DecideOrigin::ensure_origin(origin)?;
			Self::do_uphold(id, severity)
		}

		/// Reject a challenge: its bonds compensate the frozen target's owner
		/// ([`Config::FrozenCompensation`]) and go to the reserve, the dataset's attestations are
		/// extended by the time it was frozen, and its attestors are credited with a correct
		/// attestation.
		///
		/// - Origin: [`Config::DecideOrigin`].
		///
		/// Errors: [`Error::UnknownChallenge`], [`Error::DeadlinePassed`].
		///
		/// Emits: [`Event::Dismissed`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::reject().saturating_add(
			// The benchmark's credits earn no point; at a higher bond, or with more backers, each
			// may open a record: charged as the costliest report for every attestor.
			T::Observer::max_report_weight()
				.saturating_mul(u64::from(T::MaxAttestationsPerDataset::get()))
		))]
		pub fn reject(origin: OriginFor<T>, id: ChallengeId) -> DispatchResult {
			T::DecideOrigin::ensure_origin(origin)?;
			Self::do_dismiss(id, false)
		}

		/// Dismiss a challenge nobody decided by its deadline (the default resolution): its bonds
		/// are paid and the attestations extended as for a rejection (no attestor is credited).
		///
		/// - Origin: signed, anyone.
		///
		/// Errors: [`Error::UnknownChallenge`], [`Error::DeadlineNotReached`].
		///
		/// Emits: [`Event::Dismissed`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::lapse())]
		pub fn lapse(origin: OriginFor<T>, id: ChallengeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_dismiss(id, true)
		}

		/// Burn a model's bond and accrued royalties when a major violation taints its lineage
		/// (the lazy half of an upheld challenge against a dataset or base model: nothing walks
		/// downstream when it is upheld).
		///
		/// - Origin: signed, anyone.
		///
		/// Errors: [`Error::UnknownModel`], [`Error::NotTainted`].
		///
		/// Emits: [`Event::ModelBondBurned`], [`Event::RoyaltiesBurned`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::enforce())]
		pub fn enforce(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_enforce(model)
		}

		/// Lift the violation in force on `target` (an appeal upheld): it and its lineage may
		/// earn again. What was burned or slashed stays so.
		///
		/// - Origin: [`Config::DecideOrigin`].
		///
		/// Errors: [`Error::NoViolation`].
		///
		/// Emits: [`Event::ViolationLifted`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::lift())]
		pub fn lift(origin: OriginFor<T>, target: Target) -> DispatchResult {
			T::DecideOrigin::ensure_origin(origin)?;
			Self::do_lift(target)
		}
	}
}
