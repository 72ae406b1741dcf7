//! The pallet's types: a vote, the reputation-weighted tally, and the parameter checks' seam.

use crate::{Config, Points};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_runtime::DispatchResult;

/// A referendum's index (`pallet-referenda`'s `ReferendumIndex`).
pub type PollIndex = u32;

/// An open vote: its side and the weight it was counted with.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Vote {
	/// For (`true`) or against.
	pub aye: bool,
	/// The voter's score when it voted.
	pub weight: Points,
}

/// A referendum's tally: the weights for and against. Support is counted against the
/// electorate, read when the referendum is evaluated ([`crate::VoteStake::total_weight`]).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Tally<T: Config> {
	/// The weight of the votes for.
	pub ayes: Points,
	/// The weight of the votes against.
	pub nays: Points,
	#[codec(skip)]
	_config: PhantomData<T>,
}

impl<T: Config> Tally<T> {
	/// A tally of `ayes` for and `nays` against.
	pub fn from_parts(ayes: Points, nays: Points) -> Self {
		Self { ayes, nays, _config: PhantomData }
	}

	/// Counts `vote` in.
	pub fn add(&mut self, vote: Vote) {
		if vote.aye {
			self.ayes = self.ayes.saturating_add(vote.weight);
		} else {
			self.nays = self.nays.saturating_add(vote.weight);
		}
	}

	/// Takes `vote` out (it was counted in by [`Tally::add`] with the same weight).
	pub fn remove(&mut self, vote: Vote) {
		if vote.aye {
			self.ayes = self.ayes.saturating_sub(vote.weight);
		} else {
			self.nays = self.nays.saturating_sub(vote.weight);
		}
	}
}

/// Why a parameter's new value was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParameterError {
	/// The value alone is outside its range.
	OutOfRange,
	/// The value breaks a relation with another parameter.
	Inconsistent,
}

/// The runtime's economic parameters: their checks, and where they are written.
pub trait ParameterStore<P> {
	/// Checks `key_value` against its range and against the other parameters' current values.
	fn check(key_value: &P) -> Result<(), ParameterError>;
	/// Writes `key_value` (already checked).
	fn set(key_value: P) -> DispatchResult;
}
