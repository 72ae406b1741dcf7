//! The one door for the protocol's money: every pallet that releases, pays or burns funds it
//! holds (escrow, stakes, bonds, deposits) does it through a [`ProtocolPurse`], so that one rule
//! decides where money goes when its recipient cannot take it.
//!
//! The rule: a payment goes to its recipient if the recipient can take it; else to the reserve
//! (a new account cannot take less than the existential deposit); else it is burned, so that
//! nothing is stuck in a hold or lost to rounding. Each payment that does not reach its recipient
//! is an event of the implementation (`pallet-purse`), beside the balances pallet's own events
//! for the movement.
//!
//! Holds themselves are placed by each pallet through its `fungible` currency, under its own
//! named reason; the purse only takes from them.

use sp_runtime::{DispatchError, DispatchResult};

/// Where a payment from a hold went.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Paid {
	/// To its recipient (or nothing was due).
	Recipient,
	/// The recipient could not take it: to the reserve.
	Reserve,
	/// Neither the recipient nor the reserve could take it: burned.
	Burned,
}

impl Paid {
	/// Whether the recipient received the payment.
	pub fn reached_recipient(self) -> bool {
		self == Paid::Recipient
	}
}

/// The reserve's account, for a pallet that pays the reserve from free balances (royalties, in
/// the sale's asset) or is the reserve: such a pallet is given this much of the purse and no
/// power over anyone's holds.
pub trait ProtocolReserve<AccountId> {
	/// The reserve's account: where the protocol's shares, forfeits and slashes go.
	fn reserve() -> AccountId;
}

/// Releases, pays and burns held funds by the protocol's one rule (see the module's docs).
pub trait ProtocolPurse<AccountId>: ProtocolReserve<AccountId> {
	/// The amount of the native token.
	type Balance;
	/// The runtime's hold reason (each pallet converts its own reason into it).
	type Reason;

	/// Releases `amount` of `who`'s hold `reason` to its free balance.
	fn release(reason: &Self::Reason, who: &AccountId, amount: Self::Balance) -> DispatchResult;

	/// Pays `amount` of `from`'s hold `reason` to `to`; if `to` cannot take it, to the reserve;
	/// if the reserve cannot either, burns it. Says where it went.
	fn pay_from_hold(
		reason: &Self::Reason,
		from: &AccountId,
		to: &AccountId,
		amount: Self::Balance,
	) -> Result<Paid, DispatchError>;

	/// Moves `amount` of `from`'s hold `reason` into `to`'s hold of the same reason, for a
	/// pallet that gathers many payers' held funds into its own account to pay them out together
	/// (the compute market's settlement of a batch of receipts). Fails, changing nothing, if
	/// `from` does not hold that much or `to` cannot take it.
	fn move_hold(
		reason: &Self::Reason,
		from: &AccountId,
		to: &AccountId,
		amount: Self::Balance,
	) -> DispatchResult;

	/// Pays `amount` of `from`'s hold `reason` to the reserve, or burns it if the reserve cannot
	/// take it. Says where it went.
	fn pay_reserve_from_hold(
		reason: &Self::Reason,
		from: &AccountId,
		amount: Self::Balance,
	) -> Result<Paid, DispatchError> {
		Self::pay_from_hold(reason, from, &Self::reserve(), amount)
	}

	/// Burns `amount` of `from`'s hold `reason`: total issuance falls by exactly `amount`.
	fn burn_from_hold(
		reason: &Self::Reason,
		from: &AccountId,
		amount: Self::Balance,
	) -> DispatchResult;
}
