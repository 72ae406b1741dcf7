//! Storage migrations.

/// Version 0 to 1: every listing gets an id ([`crate::Listing::id`]), so that `buy` names the
/// listing its buyer saw. Existing listings are numbered in storage order from 0 and
/// [`crate::NextListingId`] follows them.
pub mod v1 {
	use crate::{BalanceOf, Config, Listing, Listings, NextListingId, Pallet, PaymentAsset};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// A listing as version 0 stored it.
	#[derive(Encode, Decode)]
	pub struct ListingV0<AccountId, Balance> {
		/// The owner who listed it.
		pub seller: AccountId,
		/// What the price is paid in.
		pub asset: PaymentAsset,
		/// The price.
		pub price: Balance,
	}

	/// Numbers the listings; run through [`MigrateToV1`], which checks the storage version.
	pub struct NumberListings<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for NumberListings<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut next: u64 = 0;
			Listings::<T>::translate::<ListingV0<T::AccountId, BalanceOf<T>>, _>(|_, old| {
				let id = next;
				next = next.saturating_add(1);
				Some(Listing { id, seller: old.seller, asset: old.asset, price: old.price })
			});
			NextListingId::<T>::put(next);
			T::DbWeight::get().reads_writes(next.saturating_add(1), next.saturating_add(1))
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		NumberListings<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 to 2: accruals are kept by the model whose outputs' sales paid them
/// ([`crate::Accrued`] gains a third key) and summed in that model's [`crate::Pots`], so that a
/// violation in a model's lineage freezes or burns exactly what its outputs earned. Accruals of
/// version 1 did not record their model: they move under [`crate::UNATTRIBUTED`], which nothing
/// taints, and are claimed as before.
// `storage_alias` expands to an undocumented struct.
#[allow(missing_docs)]
pub mod v2 {
	use crate::{Accrual, Accrued, BalanceOf, Config, Pallet, PaymentAsset, Pots, UNATTRIBUTED};
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		Blake2_128Concat, Twox64Concat,
	};
	use sp_runtime::Saturating;

	/// Accruals as version 1 stored them.
	#[storage_alias]
	pub type AccruedV1<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		PaymentAsset,
		BalanceOf<T>,
	>;

	/// Moves every accrual under [`UNATTRIBUTED`]; run through [`MigrateToV2`].
	pub struct KeepAccrualsByModel<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for KeepAccrualsByModel<T> {
		fn on_runtime_upgrade() -> Weight {
			// Both maps live under the same prefix (`Royalties::Accrued`): read every old
			// entry before writing a new one.
			let old: Vec<_> = AccruedV1::<T>::drain().collect();
			let count = old.len() as u64;
			for (who, asset, amount) in old {
				Accrued::<T>::insert((who, asset, UNATTRIBUTED), Accrual { amount, epoch: 0 });
				Pots::<T>::mutate(UNATTRIBUTED, asset, |pot| {
					pot.total = pot.total.saturating_add(amount)
				});
			}
			T::DbWeight::get().reads_writes(count.saturating_mul(2), count.saturating_mul(3))
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		KeepAccrualsByModel<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 to 3: a policy's recipients are [`crate::Payee`]s, so that a model owner's part of
/// a sale goes to whoever holds the model's income at the sale (its shareholders, once it has
/// issued shares). Policies minted before keep paying the accounts they named: their creator's
/// and owners' shares were merged per account at mint and cannot be told apart, so each becomes
/// [`crate::Payee::Account`] (`docs/pallets/model-shares.md#what-shares-are-paid`).
pub mod v3 {
	use crate::{Config, Pallet, Payee, Policies, RoyaltyPolicy};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		BoundedVec,
	};
	use sp_runtime::Perbill;

	/// A policy as version 2 stored it: recipients by account.
	#[derive(Encode, Decode)]
	pub struct PolicyV2<AccountId, MaxRecipients: Get<u32>> {
		/// The creator's share.
		pub creator_share: Perbill,
		/// The stack.
		pub stack: Perbill,
		/// The recipients, by account.
		pub recipients: BoundedVec<(AccountId, Perbill), MaxRecipients>,
	}

	/// Names every recipient as an account; run through [`MigrateToV3`].
	pub struct NamePayees<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for NamePayees<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count: u64 = 0;
			Policies::<T>::translate::<PolicyV2<T::AccountId, T::MaxRecipients>, _>(|_, old| {
				count = count.saturating_add(1);
				Some(RoyaltyPolicy {
					creator_share: old.creator_share,
					stack: old.stack,
					recipients: BoundedVec::truncate_from(
						old.recipients
							.into_iter()
							.map(|(who, share)| (Payee::Account(who), share))
							.collect(),
					),
				})
			});
			T::DbWeight::get().reads_writes(count, count)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV3<T> =
		VersionedMigration<2, 3, NamePayees<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
