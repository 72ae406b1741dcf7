//! The election: pure functions over a ranking, so that they can be tested on their own, and the
//! one stateful function that reads the bounded candidate list into a ranking.
//!
//! A candidate is **eligible** when its standing (vote weight) is above zero, its bond at least
//! `min_bond`, its reputation tier at least `min_tier`, it has session keys, and it was not idle
//! in the last session that ended: with no standing at all, a bond would be the whole ranking,
//! and an empty seat would go to whoever bonds.
//! Eligible candidates are **ranked** by reputation score (highest first), then bond (highest
//! first), then account (lowest first): a bond only breaks ties, so capital alone buys no seat.
//!
//! The **new set** starts from the current one:
//!
//! 1. with fewer than `min_validators` eligible, the set is kept (liveness first);
//! 2. members that can no longer validate leave, however many: they left (or were expelled for
//!    an equivocation), purged their keys, or were idle. Members that merely fell below
//!    `min_bond` or `min_tier` (a slash, a decay, or governance raising either) stay, ranked
//!    below every eligible candidate, until an eligible outsider takes their seat within the
//!    churn bound: a parameter change never swaps the whole set at once. If `seats` was
//!    lowered, the worst-ranked members leave down to it (a smaller set of old members moves
//!    no finality vote to newcomers);
//! 3. eligible outsiders enter in rank order, at most `max_seat_changes` of them and fewer than
//!    a third of the new set (so that a set of any size keeps GRANDPA's two thirds among
//!    validators already running; a set of three or fewer, which tolerates no fault anyway,
//!    takes one a session), first into empty seats (up to `min(seats, eligible +
//!    members kept)`), then each in place of the worst-ranked member it outranks; when step 2
//!    left fewer than `min_validators`, as many enter as reach it, whatever the bound says.
//!
//! The set is never empty (`min_validators ≥ 1` of them are eligible, and enough enter to reach
//! it) and never larger than `min(seats, MaxValidators)`. It is reported only if it changed:
//! `pallet-session` treats a returned set as a change, and GRANDPA would schedule a new
//! authority set for it.

use crate::{pallet::*, types::*, Balance, Points};
use alloc::{
	collections::{btree_map::BTreeMap, btree_set::BTreeSet},
	vec::Vec,
};
use atelier_primitives::reputation::{Scores as _, Tiers as _};
use frame_support::traits::Get;

/// What an election decided.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Outcome<A> {
	/// Fewer candidates were eligible than `min_validators`: keep the set.
	TooFew {
		/// The eligible candidates.
		eligible: u32,
	},
	/// The set elected is the current one.
	Unchanged,
	/// A new set.
	Changed {
		/// The new set, sorted.
		validators: Vec<A>,
		/// Who entered it, sorted.
		entered: Vec<A>,
		/// Who left it, sorted.
		left: Vec<A>,
	},
}

/// Orders eligible candidates `(account, score, bond)`: score highest first, then bond highest
/// first, then account lowest first.
pub fn rank<A: Ord>(mut candidates: Vec<(A, Points, Balance)>) -> Vec<A> {
	candidates.sort_by(|(a, a_score, a_bond), (b, b_score, b_bond)| {
		b_score.cmp(a_score).then_with(|| b_bond.cmp(a_bond)).then_with(|| a.cmp(b))
	});
	candidates.into_iter().map(|(who, ..)| who).collect()
}

/// Elects the next set from `current`, the eligible candidates `ranked` best first, and the
/// members `below` the bond or tier that may still validate, best first (see the module's docs
/// for the rule). `max_validators` bounds the seats whatever `params` says.
pub fn elect<A: Ord + Clone>(
	current: &[A],
	ranked: &[A],
	below: &[A],
	params: &ElectionParams,
	max_validators: u32,
) -> Outcome<A> {
	let eligible = u32::try_from(ranked.len()).unwrap_or(u32::MAX);
	let least = params.min_validators.max(1);
	if eligible < least {
		return Outcome::TooFew { eligible };
	}
	let least = least as usize;
	// The members below the bond or tier rank after every eligible candidate.
	let standing: Vec<&A> =
		ranked.iter().chain(below.iter().filter(|a| current.contains(a))).collect();
	let target = (params.seats.min(max_validators) as usize).min(standing.len());
	let position: BTreeMap<&A, usize> = standing.iter().enumerate().map(|(i, a)| (*a, i)).collect();

	// The members still eligible, by rank; the worst leave if the seats were lowered.
	let mut set: BTreeSet<usize> =
		current.iter().filter_map(|a| position.get(a).copied()).collect();
	while set.len() > target {
		set.pop_last();
	}

	// Liveness first: as many enter as reach `min_validators`. Beyond them, at most
	// `max_seat_changes` enter, and newcomers stay under a third of the new set (a small set
	// too: two newcomers beside three members could withhold GRANDPA's two thirds).
	let forced = least.saturating_sub(set.len());
	let mut entered: usize = 0;
	// Only eligible candidates enter.
	for outsider in 0..ranked.len() {
		if set.contains(&outsider) {
			continue;
		}
		let grows = set.len() < target;
		let size = if grows { set.len().saturating_add(1) } else { set.len() };
		// A set of three or fewer tolerates no fault whoever joins: it may take one a session.
		let within_bound = entered < params.max_seat_changes as usize
			&& (entered.saturating_add(1).saturating_mul(3) < size || (size <= 3 && entered == 0));
		if entered >= forced && !within_bound {
			break;
		}
		if grows {
			set.insert(outsider);
		} else {
			// Outsiders come best first: once one does not outrank the worst member, none will.
			match set.last().copied() {
				Some(worst) if outsider < worst => {
					set.remove(&worst);
					set.insert(outsider);
				},
				_ => break,
			}
		}
		entered = entered.saturating_add(1);
	}

	let mut validators: Vec<A> =
		set.iter().filter_map(|p| standing.get(*p).map(|a| (*a).clone())).collect();
	validators.sort();
	let mut before: Vec<A> = current.to_vec();
	before.sort();
	before.dedup();
	if validators == before {
		return Outcome::Unchanged;
	}
	let entered = validators
		.iter()
		.filter(|a| before.binary_search(*a).is_err())
		.cloned()
		.collect();
	let left = before
		.iter()
		.filter(|a| validators.binary_search(*a).is_err())
		.cloned()
		.collect();
	Outcome::Changed { validators, entered, left }
}

impl<T: Config> Pallet<T> {
	/// The eligible candidates ranked best first, the members of `current` that may still
	/// validate but are below the bond or tier ranked best first, and how many candidates were
	/// read. Reads each listed candidate's bond, tier, keys and score: at most `MaxCandidates`
	/// of each, never a walk over accounts.
	pub(crate) fn ranked_candidates(
		params: &ElectionParams,
		current: &[T::AccountId],
	) -> (Vec<T::AccountId>, Vec<T::AccountId>, u32) {
		let listed = CandidateList::<T>::get();
		let read = u32::try_from(listed.len()).unwrap_or(u32::MAX);
		let idle = Idle::<T>::get();
		let mut eligible = Vec::new();
		let mut below = Vec::new();
		for who in listed {
			let Some(candidate) = Candidates::<T>::get(&who) else { continue };
			let bond = candidate.bond;
			// Those that could not validate: idle last session, or without keys.
			if idle.binary_search(&who).is_ok() || !T::Session::has_keys(&who) {
				continue;
			}
			let score = T::Scores::score(&who);
			// A standing of zero (no score, no seed) is no standing: bonds alone elect nobody.
			if score > 0
				&& bond > 0 && bond >= params.min_bond
				&& T::Tiers::tier(&who) >= params.min_tier
			{
				eligible.push((who, score, bond));
			} else if current.contains(&who) {
				below.push((who, score, bond));
			}
		}
		(rank(eligible), rank(below), read)
	}

	/// Runs the election against the current set. Returns its outcome and how many candidates
	/// were read.
	pub(crate) fn elect_for(params: &ElectionParams) -> (Outcome<T::AccountId>, u32) {
		let current = Active::<T>::get();
		let (ranked, below, read) = Self::ranked_candidates(params, &current);
		(elect(&current, &ranked, &below, params, T::MaxValidators::get()), read)
	}
}
