//! The soulbound items: the collection, one item per record (minted when the record opens,
//! burnt when it empties), and the attributes that show its score.
//!
//! The collection forbids transfers (`TransferableItems` off), and every item carries the
//! pallet-level `TransferDisabled` attribute, which `pallet-nfts` checks on transfer and burn and
//! which only a pallet can clear: no call, swap, sale, approval or trait path moves or burns it.
//! Items cost no deposit (`DepositRequired` off): the record they show is bounded by what opening
//! one costs (a stake of at least `MinStake`, or a report of paid creation or a proven offence).

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::{reputation::Points, CollectionId};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::*,
	traits::{
		tokens::nonfungibles_v2::{Mutate as NftMutate, Transfer as NftTransfer},
		Incrementable,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_nfts::{CollectionConfigFor, CollectionSetting, CollectionSettings, ItemConfig};
use sp_runtime::{
	traits::{StaticLookup, UniqueSaturatedInto},
	DispatchResult,
};

/// Creates the soulbound collection: items that never transfer and cost no deposit.
pub trait SoulboundCollections<AccountId> {
	/// Creates a collection owned by `owner`; returns its id.
	fn create(owner: &AccountId) -> Result<CollectionId, DispatchError>;
}

/// Creates it in `pallet-nfts` through its force origin (Root): `pallet-nfts` lets only that path
/// turn deposits off.
pub struct NftsForceCreate<T>(PhantomData<T>);
impl<T: pallet_nfts::Config<CollectionId = CollectionId>> SoulboundCollections<T::AccountId>
	for NftsForceCreate<T>
{
	fn create(owner: &T::AccountId) -> Result<CollectionId, DispatchError> {
		let id = pallet_nfts::NextCollectionId::<T>::get()
			.or(CollectionId::initial_value())
			.ok_or(DispatchError::Exhausted)?;
		let config = CollectionConfigFor::<T> {
			settings: CollectionSettings::from_disabled(
				CollectionSetting::TransferableItems | CollectionSetting::DepositRequired,
			),
			max_supply: None,
			mint_settings: Default::default(),
		};
		pallet_nfts::Pallet::<T>::force_create(
			frame_system::RawOrigin::Root.into(),
			T::Lookup::unlookup(owner.clone()),
			config,
		)?;
		Ok(id)
	}
}

/// The item attribute keys.
pub const SCORE_KEY: &[u8] = b"score";
/// See [`SCORE_KEY`].
pub const TIER_KEY: &[u8] = b"tier";
/// See [`SCORE_KEY`]: the block the attributes were written in.
pub const UPDATED_KEY: &[u8] = b"updated";

/// A number as decimal ASCII, as explorers show attributes.
pub fn decimal(mut n: u64) -> Vec<u8> {
	let mut digits = Vec::new();
	loop {
		digits.push(b'0'.saturating_add((n % 10) as u8));
		n /= 10;
		if n == 0 {
			break;
		}
	}
	digits.reverse();
	digits
}

impl<T: Config> Pallet<T> {
	/// Creates the reputation collection, owned by the pallet's account.
	pub(crate) fn create_collection() -> Result<CollectionId, DispatchError> {
		T::Collections::create(&Self::account_id())
	}

	/// Opens a record for `who` and mints its item. Writes nothing if it fails.
	pub(crate) fn open_record(
		who: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Result<RecordOf<T>, DispatchError> {
		let collection = ReputationCollection::<T>::get().ok_or(Error::<T>::NoCollection)?;
		let item = NextItem::<T>::get();
		let next = item.checked_add(1).ok_or(Error::<T>::ItemsExhausted)?;
		T::Nfts::mint_into(&collection, &item, who, &ItemConfig::default(), true)?;
		T::Nfts::disable_transfer(&collection, &item)?;
		NextItem::<T>::put(next);
		Self::deposit_event(Event::ItemMinted { who: who.clone(), item });
		Ok(Record {
			item,
			staked: Default::default(),
			stake_since: now,
			unbonding: Default::default(),
			vote_locks: Default::default(),
			creation: 0,
			penalties: 0,
			period: Self::period_at(now),
			earned: Earned::default(),
			score: 0,
			tier: 0,
			updated_at: now,
			maturing: Default::default(),
		})
	}

	/// Whether a record holds nothing: no stake, no lock, no creation (counted or maturing), no
	/// penalty.
	pub(crate) fn is_empty(record: &RecordOf<T>) -> bool {
		use sp_runtime::traits::Zero;
		record.staked.is_zero()
			&& record.unbonding.is_empty()
			&& record.vote_locks.is_empty()
			&& record.creation == 0
			&& record.maturing.is_empty()
			&& record.penalties == 0
	}

	/// Brings `record` to `now` and stores it: its item's attributes follow its score and tier
	/// (written when they change, or when `fresh`); an empty record is removed and its item
	/// burnt.
	pub(crate) fn store(
		who: &T::AccountId,
		record: RecordOf<T>,
		now: BlockNumberFor<T>,
		fresh: bool,
	) -> DispatchResult {
		Self::store_telling(who, record, now, fresh).map(|_| ())
	}

	/// [`Self::store`], saying whether the item's attributes were written (its score or tier
	/// moved, or the record is new): a report that left them alone cost less.
	pub(crate) fn store_telling(
		who: &T::AccountId,
		record: RecordOf<T>,
		now: BlockNumberFor<T>,
		fresh: bool,
	) -> Result<bool, DispatchError> {
		// The score this record added to `TotalScore` until now.
		let old_score = record.score;
		let (mut record, info) = Self::evaluate(record, now);
		if Self::is_empty(&record) {
			Self::clear(who, record.item)?;
			TotalScore::<T>::mutate(|total| *total = total.saturating_sub(old_score));
			return Ok(true);
		}
		let written = fresh || info.score != record.score || info.tier != record.tier;
		if written {
			Self::write_attributes(record.item, info.score, info.tier, now)?;
			record.score = info.score;
			record.tier = info.tier;
			record.updated_at = now;
			Self::deposit_event(Event::ScoreUpdated {
				who: who.clone(),
				score: info.score,
				tier: info.tier,
			});
		}
		TotalScore::<T>::mutate(|total| {
			*total = total.saturating_sub(old_score).saturating_add(record.score)
		});
		Reputations::<T>::insert(who, record);
		Ok(written)
	}

	fn write_attributes(
		item: atelier_primitives::ItemId,
		score: Points,
		tier: atelier_primitives::reputation::Tier,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		let collection = ReputationCollection::<T>::get().ok_or(Error::<T>::NoCollection)?;
		let block: u64 = now.unique_saturated_into();
		T::Nfts::set_attribute(&collection, &item, SCORE_KEY, &decimal(score))?;
		T::Nfts::set_attribute(&collection, &item, TIER_KEY, &decimal(u64::from(tier)))?;
		T::Nfts::set_attribute(&collection, &item, UPDATED_KEY, &decimal(block))
	}

	/// Removes `who`'s record and burns its item (the pallet alone can: it lifts the lock first).
	fn clear(who: &T::AccountId, item: atelier_primitives::ItemId) -> DispatchResult {
		let collection = ReputationCollection::<T>::get().ok_or(Error::<T>::NoCollection)?;
		// Attributes outlive a burn in pallet-nfts: clear them, then the lock, then burn.
		for key in [SCORE_KEY, TIER_KEY, UPDATED_KEY] {
			T::Nfts::clear_attribute(&collection, &item, key)?;
		}
		T::Nfts::enable_transfer(&collection, &item)?;
		T::Nfts::burn(&collection, &item, None)?;
		Reputations::<T>::remove(who);
		Self::deposit_event(Event::Cleared { who: who.clone(), item });
		Ok(())
	}

	/// Brings `who`'s record and item up to this block (burning an empty one); refuses an account
	/// with no record.
	pub(crate) fn do_refresh(who: T::AccountId) -> DispatchResult {
		let record = Reputations::<T>::get(&who).ok_or(Error::<T>::NoReputation)?;
		Self::store(&who, record, frame_system::Pallet::<T>::block_number(), false)
	}
}
