//! Offences: an equivocation proven on chain, and a session left idle. Both take a share of
//! everything the validator has at stake here, its bond and what it has unbonding (the bond
//! first), to the reserve through the purse, and are reported to reputation. Neither ever fails
//! its caller: a slash that cannot be made changes nothing and is logged.

use crate::{
	pallet::*,
	types::{SessionInterface as _, ValidatorSetOf},
	Balance, WeightInfo as _, LOG_TARGET,
};
use alloc::vec::Vec;
use atelier_primitives::{
	activity::{Observer as _, Offence},
	purse::ProtocolPurse as _,
};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use sp_runtime::{DispatchError, Perbill};
use sp_staking::SessionIndex;

/// A session is judged for idleness only if it had at least this many blocks for each active
/// validator. Authors are drawn at random slot by slot (BABE's secondary slots), so an honest
/// validator expecting `k` blocks authors none with a chance of about `e^-k`: at 16, about one
/// in nine million a session. A shorter session (a test chain's) judges nobody.
pub const IDLE_MIN_EXPECTED_BLOCKS: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Takes `fraction` of `who`'s stake (bond and unbonding) to the reserve, from the bond
	/// first. Returns what was taken. Either all of it moves or nothing does.
	pub(crate) fn slash(who: &T::AccountId, fraction: Perbill) -> Result<Balance, DispatchError> {
		with_storage_layer(|| {
			let candidate = Candidates::<T>::get(who);
			let unbond = Unbonding::<T>::get(who);
			let bond = candidate.map_or(0, |c| c.bond);
			let unbonding = unbond.map_or(0, |u| u.amount);
			let amount = fraction.mul_floor(bond.saturating_add(unbonding));
			if amount == 0 {
				return Ok(0);
			}
			T::Purse::pay_reserve_from_hold(&HoldReason::ValidatorBond.into(), who, amount)?;
			let from_bond = amount.min(bond);
			if let Some(mut candidate) = candidate {
				candidate.bond = candidate.bond.saturating_sub(from_bond);
				Candidates::<T>::insert(who, candidate);
			}
			if let Some(mut unbond) = unbond {
				unbond.amount = unbond.amount.saturating_sub(amount.saturating_sub(from_bond));
				if unbond.amount == 0 {
					Unbonding::<T>::remove(who);
				} else {
					Unbonding::<T>::insert(who, unbond);
				}
			}
			Ok(amount)
		})
	}

	/// [`Pallet::slash`] for a hook, which must not fail: a slash that cannot be made is
	/// logged and takes nothing.
	fn slash_or_log(who: &T::AccountId, fraction: Perbill, offence: Offence) -> Balance {
		Self::slash(who, fraction).unwrap_or_else(|error| {
			log::warn!(target: LOG_TARGET, "{offence:?} of {who:?} not slashed: {error:?}");
			0
		})
	}

	/// Judges the validators of the ending `session` (`active`) by the blocks they `authored`
	/// (`total` in all): each that authored none, and was not disabled, loses `idle_slash`, is
	/// reported, and sits out the next election. A session with fewer than
	/// [`IDLE_MIN_EXPECTED_BLOCKS`] blocks a validator judges nobody.
	pub(crate) fn judge_idle(
		session: SessionIndex,
		active: &[T::AccountId],
		authored: &[(T::AccountId, u32)],
		total: u64,
	) {
		let enough = u64::from(IDLE_MIN_EXPECTED_BLOCKS)
			.saturating_mul(u64::try_from(active.len()).unwrap_or(u64::MAX));
		if active.is_empty() || total < enough {
			Idle::<T>::kill();
			return;
		}
		let fraction = T::Penalties::get().idle_slash;
		let mut idle = Vec::new();
		for who in active {
			let authored_some =
				authored.iter().any(|(author, blocks)| author == who && *blocks > 0);
			if authored_some || T::Session::is_disabled(who) {
				continue;
			}
			let slashed = Self::slash_or_log(who, fraction, Offence::Idle);
			T::Observer::offended(who, Offence::Idle);
			Self::deposit_event(Event::Idle { who: who.clone(), session, slashed });
			idle.push(who.clone());
		}
		// `active` is sorted and holds at most `MaxValidators`: so does `idle`.
		Idle::<T>::put(ValidatorSetOf::<T>::truncate_from(idle));
	}

	/// Punishes `who`'s equivocation in `session`, once: `equivocation_slash` of its stake to
	/// the reserve, reported, disabled for the rest of the current session, its candidacy
	/// ended (its bond unbonds). An offence older than the report window, or in a session at or
	/// before the one it was last slashed for, is ignored. Returns the weight used.
	pub(crate) fn punish_equivocation(who: &T::AccountId, session: SessionIndex) -> Weight {
		let now = T::Session::current_index();
		if session < now.saturating_sub(T::ReportWindow::get()) {
			log::warn!(
				target: LOG_TARGET,
				"equivocation of {who:?} in session {session} is past the report window: ignored"
			);
			return T::DbWeight::get().reads(1);
		}
		let fraction = T::Penalties::get().equivocation_slash;
		if LastSlash::<T>::get(who).is_some_and(|last| session <= last) {
			// Slashed for this session already; still disabled (a disabling strategy may have
			// re-enabled it for another offender).
			T::Session::disable(who, fraction);
			return T::DbWeight::get().reads_writes(3, 1);
		}
		let amount = Self::slash_or_log(who, fraction, Offence::Equivocation);
		LastSlash::<T>::insert(who, session);
		T::Observer::offended(who, Offence::Equivocation);
		T::Session::disable(who, fraction);
		Self::deposit_event(Event::Slashed { who: who.clone(), amount, session });
		if let Some(unbond) = Self::retire(who) {
			Self::deposit_event(Event::Expelled {
				who: who.clone(),
				unbonding: unbond.amount,
				unlock_at: unbond.unlock_at,
			});
		}
		T::WeightInfo::on_offence()
	}
}
