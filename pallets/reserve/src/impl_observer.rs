//! [`Observer`] for the reserve: the compute market's settlements and the marketplace's sales
//! in ATL (paid on chain: not external sales) are the volume that velocity measures.

use crate::{pallet::*, Config};
use atelier_primitives::activity::{Creation, Observer, Offence};
use frame_support::{traits::Get, weights::Weight};

impl<T: Config> Observer<T::AccountId> for Pallet<T> {
	fn created(_who: &T::AccountId, creation: Creation) -> Weight {
		let traded = match creation {
			// The base fee the requester paid (the tip goes to the worker as well, but it is
			// not a price: counting it would let a requester inflate velocity for free).
			Creation::ComputeDelivered { paid, .. } => paid,
			// A sale in ATL paid on chain; an external sale's price is declared, not paid here.
			Creation::OutputSold { asset: None, price, external: false, .. } => price,
			_ => return Weight::zero(),
		};
		CurrentPeriod::<T>::mutate(|period| period.volume = period.volume.saturating_add(traded));
		Self::max_report_weight()
	}

	fn offended(_who: &T::AccountId, _offence: Offence) -> Weight {
		Weight::zero()
	}

	fn max_report_weight() -> Weight {
		T::DbWeight::get().reads_writes(1, 1)
	}
}
