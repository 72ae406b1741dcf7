//! Pay: at each session end the pot's stablecoin is split among the session's validators by the
//! blocks they authored. The reserve's infrastructure budget fills the pot (a budget line paid
//! to [`Pallet::pot`]); this pallet only empties it.
//!
//! `share(v) = ⌊pot × blocks(v) / Σ blocks⌋`, the pot being what its account can spend while
//! keeping the asset's minimum balance (`reducible_balance`, preserved). The rounding remainder
//! stays in the pot, and so does a share that cannot be paid (a new account below the asset's
//! minimum balance): both go to the next session's validators. The pot is kept alive because an
//! account that `pallet-assets` reaps takes its remainder below the minimum with it. A failed
//! payment never fails the hook.

use crate::{pallet::*, Balance, LOG_TARGET};
use frame_support::traits::{
	fungibles::{Inspect, Mutate},
	tokens::{Fortitude, Preservation},
	Get,
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::AccountIdConversion, Rounding,
};
use sp_staking::SessionIndex;

/// `pot × blocks / total`, rounded down (zero when `total` is zero).
pub fn share(pot: Balance, blocks: u32, total: u64) -> Balance {
	multiply_by_rational_with_rounding(pot, u128::from(blocks), u128::from(total), Rounding::Down)
		.unwrap_or(0)
}

impl<T: Config> Pallet<T> {
	/// The pot: the account the validators are paid from.
	pub fn pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Pays the pot to the authors of `session` by their blocks (`total` in all).
	pub(crate) fn pay(session: SessionIndex, authored: &[(T::AccountId, u32)], total: u64) {
		if total == 0 {
			return;
		}
		let pot = Self::pot();
		let asset = T::PayAsset::get();
		let funds =
			T::Assets::reducible_balance(asset, &pot, Preservation::Preserve, Fortitude::Polite);
		if funds == 0 {
			return;
		}
		let mut paid: Balance = 0;
		let mut validators: u32 = 0;
		for (who, blocks) in authored {
			let amount = share(funds, *blocks, total);
			if amount == 0 {
				continue;
			}
			match T::Assets::transfer(asset, &pot, who, amount, Preservation::Preserve) {
				Ok(_) => {
					paid = paid.saturating_add(amount);
					validators = validators.saturating_add(1);
				},
				Err(error) => {
					log::debug!(
						target: LOG_TARGET,
						"{who:?}'s pay for session {session} stays in the pot: {error:?}"
					);
					Self::deposit_event(Event::Unpaid { who: who.clone(), amount, session });
				},
			}
		}
		Self::deposit_event(Event::Paid { session, total: paid, validators });
	}
}
