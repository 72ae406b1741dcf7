//! Reports from other pallets: creation credited under its rate and cap, offences charged as
//! penalties.

use crate::{pallet::*, types::*};
use atelier_primitives::{
	activity::{Creation, Offence},
	reputation::Points,
};
use frame_support::traits::Get;
use sp_runtime::{traits::Convert, DispatchError};

impl<T: Config> Pallet<T> {
	/// The measure of a report that its kind's rate applies to: the nominal value of what it
	/// paid to the reserve or burned (royalties claimed: the amount, a kind the runtime turns
	/// off). Never a declared price, and never money that went round between accounts one
	/// person may hold.
	fn measure(creation: &Creation) -> u128 {
		match *creation {
			Creation::ComputeDelivered { spent, .. } | Creation::LicensingEarned { spent, .. } => {
				T::NominalValue::convert((None, spent))
			},
			Creation::OutputSold { asset, spent, .. } => T::NominalValue::convert((asset, spent)),
			Creation::RoyaltiesClaimed { asset, amount } => {
				T::NominalValue::convert((asset, amount))
			},
			Creation::AttestationUpheld { forfeited } => {
				T::NominalValue::convert((None, forfeited))
			},
		}
	}

	/// Credits `creation` to `who`, within its kind's cap for the period. The points mature:
	/// they count in the score `CreationMaturity` periods after this one. A report worth no
	/// point, or past the cap, changes nothing (and opens no record).
	pub(crate) fn do_credit(
		who: &T::AccountId,
		creation: Creation,
	) -> Result<ReportCost, DispatchError> {
		let kind = CreationKind::of(&creation);
		let rate = *T::CreationRates::get().of(kind);
		let points = rate.points_for(Self::measure(&creation));
		if points == 0 {
			return Ok(ReportCost::Nothing);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let period = Self::period_at(now);
		let existing = Reputations::<T>::get(who);
		let earned = existing
			.as_ref()
			.filter(|r| r.period == period)
			.map_or(0, |r| *r.earned.of(kind));
		let credited = points.min(rate.cap.saturating_sub(earned));
		if credited == 0 {
			return Ok(ReportCost::Nothing);
		}
		let (mut record, fresh) = match existing {
			Some(record) => (record, false),
			None => (Self::open_record(who, now)?, true),
		};
		Self::decay_to(&mut record, period);
		Self::add_maturing(&mut record, period, credited);
		let earned = record.earned.of_mut(kind);
		*earned = earned.saturating_add(credited);
		let written = Self::store_telling(who, record, now, fresh)?;
		Self::deposit_event(Event::Credited { who: who.clone(), kind, points: credited });
		Ok(match (fresh, written) {
			(true, _) => ReportCost::Opened,
			(false, true) => ReportCost::Updated,
			(false, false) => ReportCost::Recorded,
		})
	}

	/// Gives `who` `points` of matured creation at once, for other pallets' benchmarks (a
	/// voter, a high-compute requester) where waiting out the maturity is not an option.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn benchmark_creation(who: &T::AccountId, points: Points) -> Result<(), DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let (mut record, fresh) = match Reputations::<T>::get(who) {
			Some(record) => (record, false),
			None => (Self::open_record(who, now)?, true),
		};
		Self::decay_to(&mut record, Self::period_at(now));
		record.creation = record.creation.saturating_add(points);
		Self::store(who, record, now, fresh)
	}

	/// The penalty points of `offence`.
	pub fn penalty_of(offence: Offence) -> Points {
		let penalties = T::Penalties::get();
		match offence {
			Offence::MissedDeadline => penalties.missed_deadline,
			Offence::DisputeUpheld => penalties.dispute_upheld,
			Offence::ChallengeUpheld => penalties.challenge_upheld,
			Offence::Violation => penalties.violation,
			// The penalties parameter's layout is stored in `pallet-parameters` and is not
			// changed: a validator's equivocation, a lie to the whole chain, weighs as a
			// violation; a session it left idle, a duty missed, as a missed deadline. An
			// operator's value the median proved wrong (or withheld) weighs as a dispute
			// upheld against a receipt; its silence, a duty missed, as a missed deadline.
			Offence::Equivocation => penalties.violation,
			Offence::Idle | Offence::OracleSilence => penalties.missed_deadline,
			Offence::OracleDeviation => penalties.dispute_upheld,
		}
	}

	/// Charges `offence` to `who`. A penalty sticks: it opens a record if there is none.
	pub(crate) fn do_penalize(
		who: &T::AccountId,
		offence: Offence,
	) -> Result<ReportCost, DispatchError> {
		let points = Self::penalty_of(offence);
		if points == 0 {
			return Ok(ReportCost::Nothing);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let (mut record, fresh) = match Reputations::<T>::get(who) {
			Some(record) => (record, false),
			None => (Self::open_record(who, now)?, true),
		};
		Self::decay_to(&mut record, Self::period_at(now));
		record.penalties = record.penalties.saturating_add(points);
		Self::store(who, record, now, fresh)?;
		Self::deposit_event(Event::Penalized { who: who.clone(), offence, points });
		Ok(if fresh { ReportCost::Opened } else { ReportCost::Updated })
	}
}
