//! [`OnOffenceHandler`]: equivocations that `pallet-offences` accepted (BABE's and GRANDPA's
//! reports, each proven against the session's historical root).
//!
//! BABE's and GRANDPA's slash fraction is ignored: it grows with the share of the set that
//! offended at once, which with a few validators is 56 to 100% for a single offender. The
//! governance parameter `equivocation_slash` is used instead, on the bond and on any amount
//! unbonding (which is why a bond unbonds for longer than the report window). Handling never
//! fails.

use crate::{pallet::*, SessionIndex};
use sp_runtime::Perbill;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

impl<T: Config> OnOffenceHandler<T::AccountId, (T::AccountId, ()), frame_support::weights::Weight>
	for Pallet<T>
{
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, ())>],
		_slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> frame_support::weights::Weight {
		offenders
			.iter()
			.fold(frame_support::weights::Weight::zero(), |weight, details| {
				let (offender, ()) = &details.offender;
				weight.saturating_add(Self::punish_equivocation(offender, session))
			})
	}
}
