//! Holds on the pallet's bonds. What leaves a hold (a release, a payment, a burn) goes through
//! the protocol's purse ([`Config::Purse`]), by its one rule.

use crate::{pallet::*, BalanceOf};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Holds `amount` of `who`'s balance under `reason`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::hold(&reason.into(), who, amount)?;
		}
		Ok(())
	}
}
