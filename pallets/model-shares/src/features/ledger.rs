//! The ledger: issuing, settling a holding against the pools, moving shares, redeeming.

use crate::{pallet::*, types::*};
use atelier_primitives::models::{ModelId, ModelRegistry};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Who takes the owner's part of `model`'s income while it has no shares: whoever redeemed
	/// its shares last, else its owner in provenance.
	pub fn income_owner(model: &ModelId) -> Option<T::AccountId> {
		IncomeOwners::<T>::get(model).or_else(|| T::Models::owner(model))
	}

	/// The least a holding of a class of `supply` shares may be: `supply / MaxHolders`, rounded
	/// up, so that no class has more than `MaxHolders` holders.
	pub fn min_holding(supply: Shares) -> Shares {
		let max = Shares::from(T::MaxHolders::get().max(1));
		supply.div_ceil(max)
	}

	pub(crate) fn do_issue(who: T::AccountId, model: ModelId, supply: Shares) -> DispatchResult {
		ensure!(T::Models::exists(&model), Error::<T>::UnknownModel);
		ensure!(Self::income_owner(&model).as_ref() == Some(&who), Error::<T>::NotIncomeOwner);
		ensure!(!Classes::<T>::contains_key(model), Error::<T>::AlreadyIssued);
		ensure!(supply > 0 && supply <= T::MaxSupply::get(), Error::<T>::SupplyOutOfRange);
		Classes::<T>::insert(
			model,
			ShareClass {
				issuer: who.clone(),
				supply,
				holders: 1,
				entries: 1,
				pools: BoundedVec::new(),
			},
		);
		Holdings::<T>::insert(
			&who,
			model,
			Holding { shares: supply, entitlements: BoundedVec::new() },
		);
		Self::deposit_event(Event::Issued { model, issuer: who, supply });
		Ok(())
	}

	/// Brings `holding` up to date with `class`'s pools: what its shares earned since it was
	/// last settled is added to what it is owed, and its snapshots move to the pools' values.
	/// Entitlements of a burned epoch are void: they restart from the value at the burn.
	pub(crate) fn settle(class: &ClassOf<T>, holding: &mut HoldingOf<T>) -> Result<(), Error<T>> {
		for pool in class.pools.iter() {
			let index = match holding.entitlements.iter().position(|e| e.asset == pool.asset) {
				Some(index) => index,
				None => {
					holding
						.entitlements
						.try_push(Entitlement { asset: pool.asset, snapshot: 0, owed: 0, epoch: 0 })
						.map_err(|_| Error::<T>::TooManyAssets)?;
					holding.entitlements.len().saturating_sub(1)
				},
			};
			let shares = u128::from(holding.shares);
			let entitlement =
				holding.entitlements.get_mut(index).ok_or(Error::<T>::TooManyAssets)?;
			if entitlement.epoch != pool.epoch {
				entitlement.owed = 0;
				entitlement.snapshot = entitlement.snapshot.max(pool.burned_at);
				entitlement.epoch = pool.epoch;
			}
			let earned = pool
				.per_share
				.checked_sub(entitlement.snapshot)
				.and_then(|delta| delta.checked_mul(shares))
				.ok_or(Error::<T>::Overflow)?;
			entitlement.owed = entitlement.owed.checked_add(earned).ok_or(Error::<T>::Overflow)?;
			entitlement.snapshot = pool.per_share;
		}
		Ok(())
	}

	/// Whether a holding of `shares` is allowed in `class`: none, or at least the minimum.
	fn allowed(class: &ClassOf<T>, shares: Shares) -> bool {
		shares == 0 || shares >= Self::min_holding(class.supply)
	}

	/// Moves `amount` of `model`'s shares from `from` to `to`, settling both first. Validates
	/// everything before writing.
	pub(crate) fn do_transfer(
		model: ModelId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Shares,
	) -> DispatchResult {
		let mut class = Classes::<T>::get(model).ok_or(Error::<T>::NoShares)?;
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::SelfTransfer);
		let mut sender = Holdings::<T>::get(from, model).ok_or(Error::<T>::InsufficientShares)?;
		let left = sender.shares.checked_sub(amount).ok_or(Error::<T>::InsufficientShares)?;
		let existing = Holdings::<T>::get(to, model);
		let stored = existing.is_some();
		let mut receiver = existing.unwrap_or_default();
		let received = receiver.shares.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(Self::allowed(&class, left), Error::<T>::BelowMinHolding);
		ensure!(Self::allowed(&class, received), Error::<T>::BelowMinHolding);
		let new_holder = receiver.shares == 0;
		if new_holder && left > 0 {
			ensure!(class.holders < T::MaxHolders::get(), Error::<T>::TooManyHolders);
		}
		Self::settle(&class, &mut sender)?;
		Self::settle(&class, &mut receiver)?;

		sender.shares = left;
		receiver.shares = received;
		if new_holder {
			class.holders = class.holders.saturating_add(1);
		}
		if !stored {
			class.entries = class.entries.saturating_add(1);
		}
		if left == 0 {
			class.holders = class.holders.saturating_sub(1);
		}
		Self::store_holding(&mut class, from, model, sender);
		Holdings::<T>::insert(to, model, receiver);
		// An offer never outlives the shares behind it: it shrinks with the holding, so no one
		// buys at an old price shares the seller got back later, and at a redemption only the
		// redeemer's offer can be left.
		if let Some(mut offer) = Offers::<T>::get(model, from) {
			if offer.amount > left {
				offer.amount = left;
				if left == 0 {
					Offers::<T>::remove(model, from);
					Self::deposit_event(Event::OfferCancelled { model, seller: from.clone() });
				} else {
					Offers::<T>::insert(model, from, offer);
					Self::deposit_event(Event::OfferReduced {
						model,
						seller: from.clone(),
						amount: left,
					});
				}
			}
		}
		Classes::<T>::insert(model, class);
		Self::deposit_event(Event::Transferred {
			model,
			from: from.clone(),
			to: to.clone(),
			amount,
		});
		Ok(())
	}

	/// Writes `holding` back, or removes it when it has no shares and is owed no whole unit: the
	/// fractions it is owed go back to the pools' carries, to be shared with the next payment.
	pub(crate) fn store_holding(
		class: &mut ClassOf<T>,
		who: &T::AccountId,
		model: ModelId,
		holding: HoldingOf<T>,
	) {
		let empty = holding.shares == 0 && holding.entitlements.iter().all(|e| e.owed < SCALE);
		if !empty {
			Holdings::<T>::insert(who, model, holding);
			return;
		}
		for entitlement in holding.entitlements.iter() {
			if let Some(pool) = class.pools.iter_mut().find(|p| p.asset == entitlement.asset) {
				// Settled in this epoch (the holding was settled before it emptied).
				pool.carry = pool.carry.saturating_add(entitlement.owed);
			}
		}
		Holdings::<T>::remove(who, model);
		class.entries = class.entries.saturating_sub(1);
	}

	pub(crate) fn do_redeem(model: ModelId, who: T::AccountId) -> DispatchResult {
		let class = Classes::<T>::get(model).ok_or(Error::<T>::NoShares)?;
		let holding = Holdings::<T>::get(&who, model).ok_or(Error::<T>::NotAllShares)?;
		ensure!(holding.shares == class.supply, Error::<T>::NotAllShares);
		ensure!(class.entries == 1, Error::<T>::UnclaimedHolders);
		// Every pot is the redeemer's: what it is owed and the rounding dust.
		Self::pay_out_pots(model, &who)?;
		Classes::<T>::remove(model);
		Holdings::<T>::remove(&who, model);
		Offers::<T>::remove(model, &who);
		if T::Models::owner(&model).as_ref() == Some(&who) {
			IncomeOwners::<T>::remove(model);
		} else {
			IncomeOwners::<T>::insert(model, &who);
		}
		Self::deposit_event(Event::Redeemed { model, owner: who });
		Ok(())
	}
}
