//! Randomness no single block author chooses, for pallets that sample (the spot checks of
//! compute receipts): BABE's VRF outputs, read through one trait so that a pallet need not know
//! the consensus engine.
//!
//! How much an author can bias each source (`docs/pallets/validators.md` has the derivation):
//! - [`ChainRandomness::epoch_randomness`] mixes the primary VRF outputs of the previous epoch
//!   (BABE's `NextRandomness`, fixed at the epoch change). Every output is fixed by the author's
//!   key, the slot and the randomness before it, so none can be ground; an author can only
//!   withhold a primary block it won, dropping its output from the mix: one bit of choice per
//!   primary slot it holds (in practice the last few slots of the epoch, whose effect it can
//!   compute), bought by losing the block. The value is the same for every block of the current
//!   epoch and known from its first block, so what is sampled with it must have been committed
//!   to before the epoch began.
//! - [`ChainRandomness::parent_block_randomness`] is the parent block's VRF output: unbiasable
//!   by grinding, but its author knew it when it chose to publish the block (one bit again), and
//!   it is known to everyone one block ahead. Use it only where a block's worth of foresight
//!   gains nothing.

/// The chain's randomness, each value mixed with `subject` (so that two pallets, or two uses,
/// never draw the same value) and returned with the block number from which it was knowable.
pub trait ChainRandomness<Hash, BlockNumber> {
	/// The randomness mixed from the previous epoch's primary VRF outputs, mixed with
	/// `subject`: one value for the whole current epoch.
	fn epoch_randomness(subject: &[u8]) -> (Hash, BlockNumber);

	/// The parent block's VRF output, mixed with `subject`; `None` in the genesis epoch's first
	/// block, whose parent has no VRF output.
	fn parent_block_randomness(subject: &[u8]) -> (Option<Hash>, BlockNumber);
}
