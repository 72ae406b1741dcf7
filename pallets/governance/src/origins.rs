//! `EnsureOrigin`s for the tracks' origins ([`Origin`]): what the runtime gives the pallets a
//! track governs (the treasury's spends, the parameters, the compute market's disputes, and
//! the cancelling and killing of referenda).

use crate::pallet::Origin;
use frame_support::traits::{EnsureOrigin, OriginTrait};

macro_rules! ensure_track_origin {
	($(#[$doc:meta])* $name:ident => $variant:ident) => {
		$(#[$doc])*
		pub struct $name;
		impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for $name
		where
			for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
		{
			type Success = ();
			fn try_origin(o: O) -> Result<Self::Success, O> {
				let matches = matches!(o.caller().try_into(), Ok(Origin::$variant));
				if matches {
					Ok(())
				} else {
					Err(o)
				}
			}
			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$variant))
			}
		}
	};
}

ensure_track_origin!(
	/// The treasury track's origin.
	EnsureTreasurer => Treasurer
);
ensure_track_origin!(
	/// The economic parameters track's origin.
	EnsureEconomicParameters => EconomicParameters
);
ensure_track_origin!(
	/// The disputes and appeals track's origin.
	EnsureDisputes => Disputes
);
ensure_track_origin!(
	/// The referendum canceller track's origin.
	EnsureReferendumCanceller => ReferendumCanceller
);
ensure_track_origin!(
	/// The referendum killer track's origin.
	EnsureReferendumKiller => ReferendumKiller
);
