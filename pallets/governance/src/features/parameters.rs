//! Economic parameters: checked, then written through `pallet-parameters`.

use crate::{pallet::*, ParameterError, ParameterStore};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Checks `key_value` and writes it; a refused value changes nothing.
	pub(crate) fn do_set_parameter(key_value: T::Parameters) -> DispatchResult {
		T::ParameterStore::check(&key_value).map_err(|error| match error {
			ParameterError::OutOfRange => Error::<T>::ParameterOutOfRange,
			ParameterError::Inconsistent => Error::<T>::ParametersInconsistent,
		})?;
		T::ParameterStore::set(key_value)
	}
}
