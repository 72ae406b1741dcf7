//! The pallet's types: an operator, a round, a published feed, and the parameters.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// The domain separator of a reveal's commitment.
pub const COMMITMENT_CONTEXT: &[u8] = b"atelier/oracle/v1";

/// The commitment an operator submits for `values` in `round`:
/// `blake2_256(SCALE(COMMITMENT_CONTEXT, round, operator, values, salt))`. The operator's account
/// is in it, so no operator can submit another's commitment as its own and copy its reveal.
pub fn commitment<AccountId: Encode, Key: Encode>(
	round: RoundIndex,
	operator: &AccountId,
	values: &[(Key, Value)],
	salt: &[u8; 32],
) -> sp_core::H256 {
	sp_core::H256(sp_io::hashing::blake2_256(
		&(COMMITMENT_CONTEXT, round, operator, values, salt).encode(),
	))
}

/// A round's index.
pub type RoundIndex = u32;

/// A reported value: an integer in the key's own unit (a price in millionths of aUSD, a score
/// in parts per million).
pub type Value = u128;

/// A registered operator.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Operator<BlockNumber> {
	/// Its bond, held under [`HoldReason::OperatorBond`]: equal to the hold.
	pub bond: Balance,
	/// Rounds in a row it has not spoken in (revealed a value of a key the round published),
	/// since it last did or was slashed for silence.
	pub silent: u32,
	/// The round it registered in: not counted silent in that round, which it may have joined
	/// after the commit window.
	pub joined: RoundIndex,
	/// Once it leaves: the first block its bond may be withdrawn in. It reports no more, and its
	/// bond stays slashable for the round it left in.
	pub unbonds_at: Option<BlockNumber>,
}

/// The current round: operators commit until `commit_ends`, reveal until `reveal_ends`, and the
/// round closes in the block after.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Round<BlockNumber> {
	/// Its index.
	pub index: RoundIndex,
	/// The last block a commitment is accepted in.
	pub commit_ends: BlockNumber,
	/// The last block a reveal is accepted in.
	pub reveal_ends: BlockNumber,
	/// The block it opened (or reopened) in: an operator draws the round's evaluation set from
	/// this block's hash, which a node keeps however it prunes state.
	pub opened_at: BlockNumber,
}

/// A published value: the median of a round's reveals for its key.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Feed<BlockNumber> {
	/// The median (the upper one of an even count).
	pub value: Value,
	/// The round it closed.
	pub round: RoundIndex,
	/// The block the round closed in.
	pub at: BlockNumber,
	/// How many operators revealed a value for the key.
	pub reporters: u32,
}

/// The parameters governance sets (`pallet-parameters` in the runtime), checked by
/// [`OracleParams::is_valid`].
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct OracleParams<BlockNumber> {
	/// The least bond an operator registers with.
	pub min_bond: Balance,
	/// Blocks a round takes commitments in.
	pub commit_blocks: BlockNumber,
	/// Blocks a round takes reveals in, after its commitments.
	pub reveal_blocks: BlockNumber,
	/// The fewest reveals of a key that publish its median (at least 3: a median of fewer is
	/// one operator's word).
	pub quorum: u32,
	/// How far from the median a value may lie, as a share of the median, before its operator
	/// is slashed.
	pub band: Perbill,
	/// The share of the bond a value outside the band costs.
	pub deviation_slash: Perbill,
	/// Rounds in a row without a reveal that cost `silence_slash`.
	pub silence_rounds: u32,
	/// The share of the bond `silence_rounds` silent rounds cost.
	pub silence_slash: Perbill,
	/// Rounds after which a published value is stale: [`Pallet::value`] no longer returns it.
	pub stale_rounds: u32,
}

impl<BlockNumber: sp_runtime::traits::Zero + PartialEq> OracleParams<BlockNumber> {
	/// Whether the parameters can run rounds: both windows open, a quorum of three or more, a
	/// value fresh for at least the round after it, and a silence window of at least a round.
	pub fn is_valid(&self) -> bool {
		!self.commit_blocks.is_zero()
			&& !self.reveal_blocks.is_zero()
			&& self.quorum >= 3
			&& self.stale_rounds >= 1
			&& self.silence_rounds >= 1
			&& self.min_bond > 0
	}
}

/// The operators' accounts, sorted.
pub type OperatorListOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxOperators>;

/// An operator's reveal: at most `MaxKeys` values, keys sorted and distinct.
pub type ValuesOf<T> = BoundedVec<(<T as Config>::Key, Value), <T as Config>::MaxKeys>;

/// An operator record of the runtime.
pub type OperatorOf<T> = Operator<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// A round of the runtime.
pub type RoundOf<T> = Round<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// A feed of the runtime.
pub type FeedOf<T> = Feed<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// The parameters of the runtime.
pub type ParamsOf<T> = OracleParams<frame_system::pallet_prelude::BlockNumberFor<T>>;
