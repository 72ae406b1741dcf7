//! Reports BABE equivocations with proofs the runtime accepts.
//!
//! sc-consensus-babe 0.60 looks for equivocations in its block import, after its verifier has
//! moved each header's seal into the post-digests: the proofs it submits carry unsealed headers,
//! and the runtime refuses them (`babe.InvalidEquivocationProof`), so no equivocation would ever
//! be slashed. [`EquivocationReporter`], the block import in front of BABE's, keeps the sealed
//! header of every block it imports (for the last [`SLOTS_KEPT`] slots, in memory) by slot and
//! author; a second header of the same author for the same slot is an equivocation, and it
//! submits the two sealed headers with a key-ownership proof through the runtime's
//! `BabeApi_submit_report_equivocation_unsigned_extrinsic`, as BABE does. Its report provides
//! the transaction tag BABE's own would (offender and slot), so the pool keeps this one and
//! refuses BABE's, which comes after it.

use std::{
	collections::BTreeMap,
	sync::{Arc, Mutex},
};

use atelier_runtime::opaque::{Block, Header};
use sc_consensus::{BlockCheckParams, BlockImport, BlockImportParams, ImportResult};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_consensus::{BlockOrigin, Error as ConsensusError};
use sp_consensus_babe::{AuthorityId, BabeApi, EquivocationProof, Slot};
use sp_runtime::traits::Header as _;

use crate::service::FullClient;

/// How many slots of headers are kept: an equivocation is reported if both blocks arrive
/// within this many slots of each other (about 17 minutes of 2-second slots, 100 minutes of
/// 6-second ones).
pub const SLOTS_KEPT: usize = 1_000;

const LOG_TARGET: &str = "babe";

/// The sealed headers seen, by slot: each with the authority that signed it.
type Seen = BTreeMap<Slot, Vec<(AuthorityId, Header)>>;

/// A block import that reports BABE equivocations, then hands each block to `inner`.
#[derive(Clone)]
pub struct EquivocationReporter<I> {
	inner: I,
	client: Arc<FullClient>,
	pool: OffchainTransactionPoolFactory<Block>,
	seen: Arc<Mutex<Seen>>,
}

impl<I> EquivocationReporter<I> {
	/// Reports through `pool` what `client`'s blocks prove, in front of `inner`.
	pub fn new(
		inner: I,
		client: Arc<FullClient>,
		pool: OffchainTransactionPoolFactory<Block>,
	) -> Self {
		Self { inner, client, pool, seen: Default::default() }
	}

	/// Records the block's sealed header; returns a proof if its author signed another header
	/// for the same slot.
	fn check(
		&self,
		block: &BlockImportParams<Block>,
	) -> Result<Option<EquivocationProof<Header>>, String> {
		let sealed = block.post_header();
		let pre_digest = sc_consensus_babe::find_pre_digest::<Block>(&block.header)
			.map_err(|e| format!("no BABE pre-digest: {e}"))?;
		let slot = pre_digest.slot();
		let parent = *block.header.parent_hash();
		// The authorities of the block's epoch: the parent's, or the next if it starts one.
		let api = self.client.runtime_api();
		let mut epoch = api.current_epoch(parent).map_err(|e| e.to_string())?;
		if *slot >= (*epoch.start_slot).saturating_add(epoch.duration) {
			epoch = api.next_epoch(parent).map_err(|e| e.to_string())?;
		}
		let Some((author, _)) = epoch.authorities.get(pre_digest.authority_index() as usize) else {
			return Ok(None);
		};
		let mut seen = self.seen.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		let headers = seen.entry(slot).or_default();
		let other = headers
			.iter()
			.find(|(signer, header)| signer == author && header.hash() != sealed.hash())
			.map(|(_, header)| header.clone());
		if other.is_none() && !headers.iter().any(|(_, header)| header.hash() == sealed.hash()) {
			headers.push((author.clone(), sealed.clone()));
		}
		while seen.len() > SLOTS_KEPT {
			seen.pop_first();
		}
		Ok(other.map(|first_header| EquivocationProof {
			offender: author.clone(),
			slot,
			first_header,
			second_header: sealed,
		}))
	}

	/// Submits `proof` with a key-ownership proof made at `parent` (the offender's session), or
	/// at the best block.
	fn report(
		&self,
		proof: EquivocationProof<Header>,
		parent: <Block as sp_runtime::traits::Block>::Hash,
	) -> Result<(), String> {
		use sp_blockchain::HeaderBackend;
		let best = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let prove = |at| {
			api.generate_key_ownership_proof(at, proof.slot, proof.offender.clone())
				.map_err(|e| e.to_string())
		};
		let Some(key_owner_proof) = (match prove(parent)? {
			Some(key_owner_proof) => Some(key_owner_proof),
			None => prove(best)?,
		}) else {
			log::debug!(target: LOG_TARGET, "the equivocator is not in the authority set");
			return Ok(());
		};
		let (offender, slot) = (proof.offender.clone(), proof.slot);
		let mut api = self.client.runtime_api();
		api.register_extension(self.pool.offchain_transaction_pool(best));
		api.submit_report_equivocation_unsigned_extrinsic(best, proof, key_owner_proof)
			.map_err(|e| e.to_string())?;
		log::info!(
			target: LOG_TARGET,
			"🎨 Reported the equivocation of {offender:?} at slot {slot} with sealed headers"
		);
		Ok(())
	}
}

#[async_trait::async_trait]
impl<I> BlockImport<Block> for EquivocationReporter<I>
where
	I: BlockImport<Block, Error = ConsensusError> + Send + Sync,
{
	type Error = ConsensusError;

	async fn check_block(
		&self,
		block: BlockCheckParams<Block>,
	) -> Result<ImportResult, Self::Error> {
		self.inner.check_block(block).await
	}

	async fn import_block(
		&self,
		block: BlockImportParams<Block>,
	) -> Result<ImportResult, Self::Error> {
		// Blocks of an initial sync are history: their equivocations are stale (as BABE's).
		if block.origin != BlockOrigin::NetworkInitialSync {
			let parent = *block.header.parent_hash();
			match self.check(&block) {
				Ok(Some(proof)) => {
					if let Err(error) = self.report(proof, parent) {
						log::warn!(target: LOG_TARGET, "reporting an equivocation failed: {error}");
					}
				},
				Ok(None) => {},
				Err(error) => {
					log::debug!(target: LOG_TARGET, "equivocation check skipped: {error}")
				},
			}
		}
		self.inner.import_block(block).await
	}
}
