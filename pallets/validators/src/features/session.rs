//! The session hooks, as `pallet-session` calls them at a session change (inside its
//! `on_initialize`): `end_session(i)`, then `start_session(i + 1)`, then `new_session(i + 2)`.
//!
//! - `end_session(i)`: the idle validators of session `i` are slashed and flagged, the pot pays
//!   the authors, the block counts are cleared, and the session history behind the report
//!   window is pruned.
//! - `start_session(i + 1)`: the set queued for it, if the election changed it, becomes
//!   [`Active`].
//! - `new_session(i + 2)`: the election; a changed set is queued and returned.
//!
//! Hooks never fail and never panic. Each registers its benchmarked weight (mandatory), since
//! `pallet-session` reports only its own.

use crate::{features::election::Outcome, pallet::*, types::*, WeightInfo as _, LOG_TARGET};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchClass, traits::Get, weights::Weight};
use sp_staking::SessionIndex;

impl<T: Config> Pallet<T> {
	fn charge(weight: Weight) {
		frame_system::Pallet::<T>::register_extra_weight_unchecked(
			weight,
			DispatchClass::Mandatory,
		);
	}

	/// The set of sessions 0 and 1: the genesis validators (none if the genesis named none, in
	/// which case `pallet-session` takes its own genesis keys' accounts).
	pub fn genesis_set() -> Option<Vec<T::AccountId>> {
		let active = Active::<T>::get();
		(!active.is_empty()).then(|| active.into_inner())
	}

	/// Elects the set that validates from `session`. Returns it if it changed (and queues it
	/// for [`Pallet::do_start_session`]); `None` keeps the current set.
	pub fn do_new_session(session: SessionIndex) -> Option<Vec<T::AccountId>> {
		let params = T::Election::get();
		if let Err(error) = params.check(T::MaxValidators::get()) {
			log::error!(target: LOG_TARGET, "election parameters fail their checks: {error}");
			Self::charge(T::WeightInfo::new_session(0));
			Self::deposit_event(Event::SetKept { session, reason: KeepReason::InvalidParameters });
			return None;
		}
		let (outcome, read) = Self::elect_for(&params);
		Self::charge(T::WeightInfo::new_session(read));
		match outcome {
			Outcome::TooFew { eligible } => {
				let reason = KeepReason::TooFewEligible { eligible, needed: params.min_validators };
				Self::deposit_event(Event::SetKept { session, reason });
				None
			},
			Outcome::Unchanged => None,
			Outcome::Changed { validators, entered, left } => {
				// The election never elects more than `MaxValidators`.
				let Ok(queued) = ValidatorSetOf::<T>::try_from(validators.clone()) else {
					log::error!(target: LOG_TARGET, "an elected set exceeds MaxValidators: kept");
					return None;
				};
				Queued::<T>::put(queued);
				Self::deposit_event(Event::NewSet {
					session,
					validators: validators.clone(),
					entered,
					left,
				});
				Some(validators)
			},
		}
	}

	/// Starts `session`: the set queued for it, if any, becomes the active set. A validator
	/// that leaves the set with a bond unbonding (it left, or was expelled, while the set was
	/// kept) unbonds for `UnbondingSessions` from here: its last session as a validator is the
	/// one that just ended, and offences in it stay reportable for `ReportWindow` sessions.
	pub fn do_start_session(session: SessionIndex) {
		Self::charge(T::WeightInfo::start_session());
		if let Some(set) = Queued::<T>::take() {
			let unlock_at = session.saturating_add(T::UnbondingSessions::get());
			for gone in Active::<T>::get().iter().filter(|v| set.binary_search(v).is_err()) {
				Unbonding::<T>::mutate(gone, |entry| {
					if let Some(unbond) = entry {
						unbond.unlock_at = unbond.unlock_at.max(unlock_at);
					}
				});
			}
			Active::<T>::put(set);
		}
	}

	/// Ends `session`: judges idleness, pays the authors, clears the block counts, and prunes
	/// the session history behind the report window.
	pub fn do_end_session(session: SessionIndex) {
		let active = Active::<T>::get();
		let authored = Authored::<T>::take();
		Self::charge(T::WeightInfo::end_session(u32::try_from(active.len()).unwrap_or(u32::MAX)));
		let total = authored
			.iter()
			.fold(0u64, |sum, (_, blocks)| sum.saturating_add(u64::from(*blocks)));
		Self::judge_idle(session, &active, &authored, total);
		Self::pay(session, &authored, total);
		T::Session::prune_history(session.saturating_sub(T::ReportWindow::get()));
	}

	/// Counts a block for `author`, if it is an active validator.
	pub(crate) fn do_note_author(author: T::AccountId) {
		Self::charge(T::WeightInfo::note_author());
		Authored::<T>::mutate(|authored| {
			if let Some((_, blocks)) = authored.iter_mut().find(|(who, _)| *who == author) {
				*blocks = blocks.saturating_add(1);
				return;
			}
			// At most one entry per active validator: there is room for every one of them.
			if Active::<T>::get().binary_search(&author).is_ok()
				&& authored.try_push((author, 1)).is_err()
			{
				log::error!(target: LOG_TARGET, "more authors than validators: not counted");
			}
		});
	}
}
