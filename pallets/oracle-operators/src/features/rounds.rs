//! Rounds: commitments, reveals, and the close that publishes medians and slashes.

use crate::*;
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use atelier_primitives::{
	activity::{Observer as _, Offence},
	purse::ProtocolPurse as _,
};
use frame_support::{
	ensure,
	pallet_prelude::{DispatchResult, Weight},
	traits::{Contains, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Saturating, Perbill};

/// What a round's close did, for its weight.
#[derive(Default, Debug, PartialEq, Eq)]
pub struct Closed {
	/// Operators read (the list, and those that revealed).
	pub operators: u32,
	/// Values revealed in all.
	pub values: u32,
}

impl<T: Config> Pallet<T> {
	/// The round in which `who` may act now: the current one, named by `round`.
	fn round_named(round: RoundIndex) -> Result<RoundOf<T>, Error<T>> {
		let current = CurrentRound::<T>::get().ok_or(Error::<T>::NoRound)?;
		ensure!(current.index == round, Error::<T>::WrongRound);
		Ok(current)
	}

	/// Records a listed operator's commitment within the commit window.
	pub(crate) fn do_commit(
		who: T::AccountId,
		round: RoundIndex,
		commitment: H256,
	) -> DispatchResult {
		let operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		ensure!(operator.unbonds_at.is_none(), Error::<T>::Leaving);
		let current = Self::round_named(round)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= current.commit_ends, Error::<T>::NotCommitting);
		ensure!(!Commitments::<T>::contains_key(&who), Error::<T>::AlreadyCommitted);
		Commitments::<T>::insert(&who, commitment);
		Self::deposit_event(Event::Committed { operator: who, round });
		Ok(())
	}

	/// Records a reveal that opens the operator's commitment, within the reveal window.
	pub(crate) fn do_reveal(
		who: T::AccountId,
		round: RoundIndex,
		values: ValuesOf<T>,
		salt: [u8; 32],
	) -> DispatchResult {
		ensure!(Operators::<T>::contains_key(&who), Error::<T>::NotAnOperator);
		let current = Self::round_named(round)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > current.commit_ends && now <= current.reveal_ends, Error::<T>::NotRevealing);
		let committed = Commitments::<T>::get(&who).ok_or(Error::<T>::NotCommitted)?;
		ensure!(!Reveals::<T>::contains_key(&who), Error::<T>::AlreadyRevealed);
		ensure!(!values.is_empty(), Error::<T>::NoValues);
		ensure!(
			values.windows(2).all(|pair| matches!(pair, [a, b] if a.0 < b.0)),
			Error::<T>::UnsortedKeys
		);
		ensure!(values.iter().all(|(key, _)| T::Keys::contains(key)), Error::<T>::UnknownKey);
		ensure!(commitment(round, &who, &values, &salt) == committed, Error::<T>::BadReveal);
		let count = values.len() as u32;
		Reveals::<T>::insert(&who, values);
		Self::deposit_event(Event::Revealed { operator: who, round, values: count });
		Ok(())
	}

	/// Each block: opens the first round, and closes the current one in the block after its
	/// reveals (then opens the next). Returns the weight used.
	pub(crate) fn on_block(now: BlockNumberFor<T>) -> Weight {
		match CurrentRound::<T>::get() {
			None => {
				Self::open_round(0, now);
				T::WeightInfo::close(0, 0)
			},
			Some(round) if now > round.reveal_ends => {
				let closed = Self::close_round(round, now);
				Self::open_round(round.index.saturating_add(1), now);
				// The benchmark's worst case reports every slash to reputation.
				T::WeightInfo::close(closed.operators, closed.values)
			},
			Some(_) => T::DbWeight::get().reads(1),
		}
	}

	/// Governance changed the windows: a round in which nobody has committed yet opens again
	/// at once under the new windows (nothing in flight is lost), so that shortening an
	/// hour-long round takes effect now rather than at its end. A round with a commitment, or
	/// whose windows are the parameters' already, is left as it is. Returns whether it reopened.
	pub fn reopen_if_idle() -> bool {
		let Some(round) = CurrentRound::<T>::get() else { return false };
		let params = T::Params::get();
		let same = round.commit_ends.saturating_sub(round.opened_at) == params.commit_blocks
			&& round.reveal_ends.saturating_sub(round.commit_ends) == params.reveal_blocks;
		if same || Commitments::<T>::iter_keys().next().is_some() {
			return false;
		}
		Self::open_round(round.index, frame_system::Pallet::<T>::block_number());
		true
	}

	/// Opens round `index` at `now`.
	fn open_round(index: RoundIndex, now: BlockNumberFor<T>) {
		let params = T::Params::get();
		let commit_ends = now.saturating_add(params.commit_blocks);
		let reveal_ends = commit_ends.saturating_add(params.reveal_blocks);
		CurrentRound::<T>::put(Round { index, commit_ends, reveal_ends, opened_at: now });
		Self::deposit_event(Event::RoundOpened { round: index, commit_ends, reveal_ends });
	}

	/// Closes `round`: publishes the median of each key a quorum revealed (of an even count,
	/// only if the two middle values lie within the band of each other), slashes values outside
	/// the band, commitments never revealed and operators silent for `silence_rounds`, and
	/// empties the round's commitments and reveals.
	pub(crate) fn close_round(round: RoundOf<T>, now: BlockNumberFor<T>) -> Closed {
		let params = T::Params::get();
		// Both at most `MaxOperators`: only listed operators commit, none leaves while
		// committed, and each reveal opens a commitment.
		let reveals: Vec<(T::AccountId, ValuesOf<T>)> = Reveals::<T>::drain().collect();
		let committed: Vec<T::AccountId> = Commitments::<T>::drain().map(|(who, _)| who).collect();
		let list = OperatorList::<T>::get();
		let mut closed = Closed { operators: list.len() as u32, values: 0 };

		// Every key's values, with who revealed each.
		let mut by_key = BTreeMap::<T::Key, Vec<(Value, &T::AccountId)>>::new();
		for (who, values) in reveals.iter() {
			closed.values = closed.values.saturating_add(values.len() as u32);
			for (key, value) in values.iter() {
				by_key.entry(*key).or_default().push((*value, who));
			}
		}
		let mut deviants = BTreeSet::<&T::AccountId>::new();
		let mut spoke = BTreeSet::<&T::AccountId>::new();
		let revealed: BTreeSet<&T::AccountId> = reveals.iter().map(|(who, _)| who).collect();
		let mut published = 0u32;
		for (key, mut values) in by_key {
			let reporters = values.len() as u32;
			if reporters < params.quorum {
				continue;
			}
			values.sort_by_key(|(value, _)| *value);
			let middle = values.len() / 2;
			let Some((median, _)) = values.get(middle).copied() else { continue };
			let allowed = params.band.mul_floor(median);
			// Of an even count the two middle values must agree: else half the reporters
			// would decide the value (and slash the other half).
			if values.len() % 2 == 0 {
				let lower = middle.checked_sub(1).and_then(|i| values.get(i)).map(|(v, _)| *v);
				if lower.is_none_or(|lower| median.abs_diff(lower) > allowed) {
					continue;
				}
			}
			for (value, who) in values.iter() {
				spoke.insert(*who);
				if value.abs_diff(median) > allowed {
					deviants.insert(*who);
				}
			}
			Feeds::<T>::insert(key, Feed { value: median, round: round.index, at: now, reporters });
			Self::deposit_event(Event::FeedUpdated { key, value: median, reporters });
			published = published.saturating_add(1);
		}
		for who in deviants.iter() {
			Self::slash(who, params.deviation_slash, SlashReason::Deviation);
		}
		// A commitment never revealed is an option on the others' values (reveal if close,
		// withhold if not): it costs what a deviation does.
		for who in committed.iter() {
			if !revealed.contains(who) {
				Self::slash(who, params.deviation_slash, SlashReason::Withheld);
			}
		}

		// Silence: the listed operators that gave no value of a published key this round (an
		// operator is not counted in the round it registered in, nor once a slash delisted it).
		for who in list.iter() {
			let Some(mut operator) = Operators::<T>::get(who) else { continue };
			if spoke.contains(who) {
				if operator.silent != 0 {
					operator.silent = 0;
					Operators::<T>::insert(who, operator);
				}
				continue;
			}
			if operator.joined == round.index || operator.unbonds_at.is_some() {
				continue;
			}
			operator.silent = operator.silent.saturating_add(1);
			let silenced = operator.silent >= params.silence_rounds;
			if silenced {
				operator.silent = 0;
			}
			Operators::<T>::insert(who, operator);
			if silenced {
				Self::slash(who, params.silence_slash, SlashReason::Silence);
			}
		}
		Self::deposit_event(Event::RoundClosed {
			round: round.index,
			published,
			revealed: reveals.len() as u32,
		});
		closed
	}

	/// Reports the offence to reputation (reputation's own parameters price it, a slash of
	/// nothing included) and pays `share` of `who`'s bond to the reserve. An operator deviant on
	/// several keys is slashed and reported once a round.
	fn slash(who: &T::AccountId, share: Perbill, reason: SlashReason) {
		let Some(mut operator) = Operators::<T>::get(who) else { return };
		let offence = match reason {
			SlashReason::Deviation | SlashReason::Withheld => Offence::OracleDeviation,
			SlashReason::Silence => Offence::OracleSilence,
		};
		T::Observer::offended(who, offence);
		let amount = share.mul_floor(operator.bond);
		if amount == 0 {
			return;
		}
		match T::Purse::pay_reserve_from_hold(&HoldReason::OperatorBond.into(), who, amount) {
			Ok(_) => {
				operator.bond = operator.bond.saturating_sub(amount);
				let delist =
					operator.bond < T::Params::get().min_bond && operator.unbonds_at.is_none();
				Operators::<T>::insert(who, operator);
				Self::deposit_event(Event::OperatorSlashed {
					operator: who.clone(),
					amount,
					reason,
				});
				// Below the least bond it stops reporting: its bond unbonds as if it had left.
				if delist {
					OperatorList::<T>::mutate(|list| list.retain(|w| w != who));
					Self::unbond(who);
				}
			},
			Err(e) => log::error!(target: LOG_TARGET, "cannot slash {who:?}: {e:?}"),
		}
	}
}
