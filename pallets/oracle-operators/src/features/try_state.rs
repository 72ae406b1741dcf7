//! The pallet's invariants, checked after every test and by `try-runtime`.

use crate::*;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let list = OperatorList::<T>::get();
		ensure!(
			list.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
			"the list is not sorted"
		);
		let mut standing = 0usize;
		for (who, operator) in Operators::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::OperatorBond.into(), &who);
			ensure!(held == operator.bond, "an operator's bond differs from its hold");
			let listed = list.binary_search(&who).is_ok();
			ensure!(
				listed == operator.unbonds_at.is_none(),
				"the list differs from the standing operators"
			);
			if listed {
				standing = standing.saturating_add(1);
			}
		}
		ensure!(standing == list.len(), "a listed account is not an operator");
		for (who, _) in Commitments::<T>::iter() {
			ensure!(list.binary_search(&who).is_ok(), "a commitment of an account not listed");
		}
		for (who, values) in Reveals::<T>::iter() {
			ensure!(Commitments::<T>::contains_key(&who), "a reveal without a commitment");
			ensure!(!values.is_empty(), "an empty reveal");
			ensure!(
				values.windows(2).all(|pair| matches!(pair, [a, b] if a.0 < b.0)),
				"a reveal's keys are not sorted"
			);
		}
		if let Some(round) = CurrentRound::<T>::get() {
			ensure!(round.commit_ends < round.reveal_ends, "a round reveals before it commits");
			ensure!(round.opened_at <= round.commit_ends, "a round commits before it opens");
			for (_, feed) in Feeds::<T>::iter() {
				ensure!(feed.round < round.index, "a feed of a round not closed");
				ensure!(feed.reporters >= 1, "a feed nobody reported");
			}
		}
		Ok(())
	}
}
