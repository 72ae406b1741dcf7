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
