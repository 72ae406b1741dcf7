//! [`pallet_authorship::EventHandler`]: each block counts one for its author, the measure of its
//! pay and of whether it was idle.

use crate::pallet::*;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> pallet_authorship::EventHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	/// Counts the block (one read and one write, and a read of the set the first time an author
	/// is seen in a session); registers its weight, which `pallet-authorship` does not.
	fn note_author(author: T::AccountId) {
		Self::do_note_author(author)
	}
}
