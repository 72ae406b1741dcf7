//! [`pallet_session::SessionManager`] and its `historical` form: the election and the session
//! hooks ([`crate::features`]'s `session.rs`), as `pallet-session` calls them. The runtime wires
//! `pallet_session::historical::NoteHistoricalRoot<Runtime, Validators>` as the session manager,
//! so that each set's root is kept for proofs of offences.

use crate::{pallet::*, SessionIndex};
use alloc::vec::Vec;
use sp_runtime::traits::Convert;

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::do_new_session(new_index)
	}

	/// The genesis validators, for sessions 0 and 1: no election runs at genesis.
	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::genesis_set()
	}

	fn end_session(end_index: SessionIndex) {
		Self::do_end_session(end_index)
	}

	fn start_session(start_index: SessionIndex) {
		Self::do_start_session(start_index)
	}
}

impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::do_new_session(new_index).map(|set| set.into_iter().map(|v| (v, ())).collect())
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		<Self as pallet_session::SessionManager<T::AccountId>>::new_session_genesis(new_index)
			.map(|set| set.into_iter().map(|v| (v, ())).collect())
	}

	fn start_session(start_index: SessionIndex) {
		Self::do_start_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		Self::do_end_session(end_index)
	}
}

/// The historical session's identification of a validator: nothing beyond its account (its bond
/// is read when it is slashed), so every account is identified. For
/// `pallet_session::historical::Config::FullIdentificationOf` with `FullIdentification = ()`.
pub struct UnitIdentification;

impl<AccountId> Convert<AccountId, Option<()>> for UnitIdentification {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}
